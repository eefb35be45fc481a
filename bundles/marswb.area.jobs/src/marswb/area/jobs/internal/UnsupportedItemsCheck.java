package marswb.area.jobs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.BackupPolicy;
import marswb.model.server.FileSpec;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.Volume;

/**
 * The agent backs up only fixed, online NTFS volumes and skips OneDrive files (synced files are sparse streams).
 * Every included item of the policy on such a volume or folder should be excluded (support matrix; the article's
 * advice to exclude unsupported items).
 */
public final class UnsupportedItemsCheck implements Check {

	static final String FIX = "jobs.exclude-unsupported-item";

	@Override
	public void run(CheckContext context) {
		BackupPolicy policy = context.server().getPolicy();
		if (!context.usable(JobStates.POLICY) || policy == null) {
			context.unknown(JobStates.POLICY).add();
			return;
		}
		boolean volumesKnown = context.usable(JobStates.VOLUMES);
		List<FileSpec> included = included(policy);
		boolean anyProblem = false;
		List<FileSpec> unchecked = new ArrayList<>();
		for (FileSpec spec : included) {
			String path = spec.getFileSpec();
			Optional<String> reason = oneDrive(path) ? Optional.of(Messages.Unsupported_oneDrive) : Optional.empty();
			Outcome outcome = Outcome.FAIL;
			Volume volume = null;
			if (reason.isEmpty()) {
				if (path.startsWith("\\\\") && !path.startsWith("\\\\?\\")) {
					reason = Optional.of(Messages.Unsupported_network);
				} else if (!volumesKnown) {
					unchecked.add(spec);
					continue;
				} else {
					String letter = driveLetter(path);
					volume = letter == null ? null : volume(context.server(), letter);
					if (letter != null && volume == null) {
						reason = Optional.of(NLS.bind(Messages.Unsupported_noVolume, letter));
						outcome = Outcome.WARN;
					} else if (volume != null) {
						reason = volumeProblem(volume);
					}
				}
			}
			if (reason.isEmpty()) {
				continue;
			}
			anyProblem = true;
			FindingBuilder finding = context.finding(outcome).subject(path).quickFix(FIX)
					.message(NLS.bind(Messages.Unsupported_message, path, reason.get()))
					.recommendation(Messages.Unsupported_recommendation)
					.evidence(spec, Literals.FILE_SPEC__FILE_SPEC);
			if (volume != null) {
				finding.evidence(volume, Literals.VOLUME__FILE_SYSTEM).evidence(volume, Literals.VOLUME__DRIVE_TYPE);
			}
			finding.add();
		}
		if (!unchecked.isEmpty()) {
			context.unknown(JobStates.VOLUMES).add();
		} else if (!anyProblem) {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.Unsupported_ok, included.size())).add();
		}
	}

	/** Included items that no exclusion of the policy covers. */
	static List<FileSpec> included(BackupPolicy policy) {
		List<FileSpec> excludes = policy.getFileSpecs().stream().filter(s -> Boolean.TRUE.equals(s.getIsExclude()))
				.filter(s -> s.getFileSpec() != null).toList();
		return policy.getFileSpecs().stream().filter(s -> !Boolean.TRUE.equals(s.getIsExclude()))
				.filter(s -> s.getFileSpec() != null && !s.getFileSpec().isBlank())
				.filter(s -> excludes.stream().noneMatch(e -> covers(e, s.getFileSpec()))).toList();
	}

	/** An exclusion covers the path itself or, when recursive, everything under it (wildcards are not resolved). */
	static boolean covers(FileSpec exclude, String path) {
		String excluded = trim(exclude.getFileSpec());
		String target = trim(path);
		if (excluded.contains("*") || excluded.contains("?")) {
			return false;
		}
		if (excluded.equalsIgnoreCase(target)) {
			return true;
		}
		return !Boolean.FALSE.equals(exclude.getIsRecursive())
				&& target.toLowerCase(Locale.ROOT).startsWith(excluded.toLowerCase(Locale.ROOT) + "\\");
	}

	private static String trim(String path) {
		String p = path.strip();
		while (p.endsWith("\\") && p.length() > 3) {
			p = p.substring(0, p.length() - 1);
		}
		if (p.length() == 3 && p.endsWith("\\")) {
			p = p.substring(0, 2);
		}
		return p;
	}

	static boolean oneDrive(String path) {
		return path.toLowerCase(Locale.ROOT).contains("\\onedrive");
	}

	static String driveLetter(String path) {
		return path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
				? String.valueOf(Character.toUpperCase(path.charAt(0)))
				: null;
	}

	static Volume volume(Server server, String letter) {
		return server.getVolumes().stream().filter(v -> v.getDriveLetter() != null)
				.filter(v -> v.getDriveLetter().replace(":", "").strip().equalsIgnoreCase(letter)).findFirst()
				.orElse(null);
	}

	/** Why the agent cannot back up this volume, if it cannot. */
	static Optional<String> volumeProblem(Volume volume) {
		String type = volume.getDriveType() == null ? "" : volume.getDriveType().toLowerCase(Locale.ROOT);
		if (type.contains("removable") || type.contains("cd") || type.contains("network") || type.contains("remote")) {
			return Optional.of(NLS.bind(Messages.Unsupported_driveType, volume.getDriveType()));
		}
		String fs = volume.getFileSystem();
		if (fs != null && !fs.isBlank() && !fs.strip().equalsIgnoreCase("NTFS")) {
			return Optional.of(NLS.bind(Messages.Unsupported_fileSystem, fs));
		}
		return Optional.empty();
	}
}
