package marswb.area.cache.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import marswb.model.server.BackupPolicy;
import marswb.model.server.FileSpec;
import marswb.model.server.Server;
import marswb.model.server.Volume;

/** Artifact paths and helpers shared by the cache checks. */
final class Scratch {

	static final String REGISTRY = "agent/registry.reg";
	static final String FOLDER = "agent/scratch-folder.csv";
	static final String VOLUMES = "system/volumes.csv";
	static final String POLICY = "agent/policy.json";
	static final String LOGS = "agent/logs/*.errlog";
	static final String EVENTS = "agent/cloudbackup-events.csv";
	static final String JOBS = "agent/jobs.json";
	static final String PROVIDER_KEY = "HKLM:\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config\\CloudBackupProvider";

	private Scratch() {
	}

	/** Lower case, without trailing backslashes, for comparing two paths. */
	static String normalize(String path) {
		String p = path.trim().toLowerCase(Locale.ROOT);
		while (p.endsWith("\\") && p.length() > 3) {
			p = p.substring(0, p.length() - 1);
		}
		return p;
	}

	/** The drive letter (upper case) of a path such as E:\MARSCache; null for UNC or relative paths. */
	static String driveLetter(String path) {
		if (path == null) {
			return null;
		}
		String p = path.trim();
		if (p.length() >= 2 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':') {
			return String.valueOf(Character.toUpperCase(p.charAt(0)));
		}
		return null;
	}

	static Optional<Volume> volume(Server server, String letter) {
		return server.getVolumes().stream()
				.filter(v -> v.getDriveLetter() != null && v.getDriveLetter().equalsIgnoreCase(letter)).findFirst();
	}

	static boolean fixedNtfs(Volume v) {
		return "Fixed".equalsIgnoreCase(v.getDriveType()) && "NTFS".equalsIgnoreCase(v.getFileSystem());
	}

	static long used(Volume v) {
		return v.getSize() == null || v.getSizeRemaining() == null ? 0 : v.getSize() - v.getSizeRemaining();
	}

	/** Drive letters of the policy's included file specs (empty without a policy or file specs). */
	static Set<String> policyLetters(Server server) {
		Set<String> letters = new LinkedHashSet<>();
		BackupPolicy policy = server.getPolicy();
		if (policy != null) {
			for (FileSpec spec : policy.getFileSpecs()) {
				String letter = driveLetter(spec.getFileSpec());
				if (letter != null && !Boolean.TRUE.equals(spec.getIsExclude())) {
					letters.add(letter);
				}
			}
		}
		return letters;
	}

	/** Drive letters of every fixed NTFS volume. */
	static Set<String> fixedNtfsLetters(Server server) {
		Set<String> letters = new LinkedHashSet<>();
		for (Volume v : server.getVolumes()) {
			if (v.getDriveLetter() != null && !v.getDriveLetter().isBlank() && fixedNtfs(v)) {
				letters.add(v.getDriveLetter().toUpperCase(Locale.ROOT));
			}
		}
		return letters;
	}
}
