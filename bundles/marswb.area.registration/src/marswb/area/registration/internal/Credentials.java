package marswb.area.registration.internal;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import marswb.engine.spi.CheckContext;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Server;
import marswb.model.server.VaultCredentials;

/** The vault credentials files of the bundle and the facts about them that several checks share. */
final class Credentials {

	static final String FOLDER = "agent/vault-credentials/";
	static final String ARTIFACT = FOLDER + "*.VaultCredentials";
	static final String EXTENSION = ".VaultCredentials";
	static final String MANIFEST = "manifest.json";
	/** Portal vault credentials are valid this many days after download. */
	static final int VALID_DAYS = 10;
	/** The oldest agent that reads the current vault credentials format. */
	static final String MIN_AGENT_VERSION = "2.0.9249.0";

	private Credentials() {
	}

	/** Every file the collector put under agent/vault-credentials/ (not the placeholder of a missing glob). */
	static List<Artifact> files(Server server) {
		return server.getArtifacts().stream()
				.filter(a -> a.getPath() != null && a.getPath().startsWith(FOLDER) && !a.getPath().contains("*")
						&& a.getStatus() != ArtifactStatus.MISSING)
				.toList();
	}

	/**
	 * Concludes for a check about the vault credentials file when the bundle has none: NOT_APPLICABLE when the
	 * collector's manifest lists what it collected (it copies the file the customer tried, so none means none was
	 * tried), UNKNOWN otherwise. True when it concluded.
	 */
	static boolean noneToJudge(CheckContext context) {
		if (!files(context.server()).isEmpty()) {
			return false;
		}
		Optional<Artifact> listed = context.server().getArtifacts().stream()
				.filter(a -> a.getPath().startsWith(FOLDER) && a.getManifestStatus() != null).findFirst();
		if (listed.isPresent()) {
			// the manifest names a file the bundle does not hold: evidence lost, not a server without one
			context.unknown(listed.get().getPath()).add();
		} else if (context.collectionListed()) {
			context.notApplicable(Messages.NoCredentialsFile_message)
					.recommendation(Messages.NoCredentialsFile_recommendation).add();
		} else {
			context.unknown(context.usable(MANIFEST) ? ARTIFACT : MANIFEST).add();
		}
		return true;
	}

	static boolean hasExtension(String path) {
		return path.toLowerCase(Locale.ROOT).endsWith(EXTENSION.toLowerCase(Locale.ROOT));
	}

	static String fileName(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	static boolean readable(Artifact artifact) {
		return artifact.getStatus() == ArtifactStatus.OK || artifact.getStatus() == ArtifactStatus.PARTIAL;
	}

	/** The parsed credentials of the vault credentials files. */
	static List<VaultCredentials> parsed(Server server) {
		return server.getVaultCredentials();
	}

	/** The artifact a parsed credentials object was read from. */
	static String path(VaultCredentials credentials) {
		return FOLDER + credentials.getFileName();
	}

	/** Whole days from {@code from} to {@code to}, rounded down. */
	static long days(Date from, Date to) {
		return Math.floorDiv(to.getTime() - from.getTime(), 86_400_000L);
	}

	/**
	 * Compares dotted version numbers numerically; missing parts count as 0.
	 *
	 * @throws NumberFormatException when a part is not a number
	 */
	static int compareVersions(String a, String b) {
		String[] x = a.trim().split("\\.");
		String[] y = b.trim().split("\\.");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			long p = i < x.length ? Long.parseLong(x[i].trim()) : 0;
			long q = i < y.length ? Long.parseLong(y[i].trim()) : 0;
			if (p != q) {
				return Long.compare(p, q);
			}
		}
		return 0;
	}
}
