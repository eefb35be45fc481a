package marswb.bundle;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Server;

/**
 * What a read bundle holds instead of evidence, when not one artifact of format v1 could be read: commands refuse
 * such input rather than report a server they know nothing about, and say what they found.
 *
 * @param kind  what was found
 * @param zip   whether the input is a zip file (else a folder)
 * @param names for {@link Kind#UNREADABLE} the artifacts of the format with their read status; for {@link Kind#UNRELATED}
 *              the first files found
 * @param files how many files the input holds
 *
 * @since 0.1
 */
public record NoEvidence(Kind kind, boolean zip, List<String> names, int files) {

	/** What the input holds. */
	public enum Kind {
		/** No file at all. */
		EMPTY,
		/** Artifacts of the format, none of which could be read. */
		UNREADABLE,
		/** Files, none of them an artifact of the format. */
		UNRELATED
	}

	private static final int NAMES = 5;

	/** Empty when at least one artifact of format v1 was read, completely or in part. */
	public static Optional<NoEvidence> of(Server server) {
		if (server.getArtifacts().stream().anyMatch(a -> a.isKnownFormat() && readable(a))) {
			return Optional.empty();
		}
		boolean zip = server.getBundleName() != null
				&& server.getBundleName().toLowerCase(Locale.ROOT).endsWith(".zip");
		List<Artifact> present = server.getArtifacts().stream().filter(a -> a.getStatus() != ArtifactStatus.MISSING)
				.toList();
		if (present.isEmpty()) {
			return Optional.of(new NoEvidence(Kind.EMPTY, zip, List.of(), 0));
		}
		List<String> formatted = present.stream().filter(Artifact::isKnownFormat)
				.map(a -> a.getPath() + " (" + a.getStatus().getLiteral()
						+ (a.getMessage() == null ? "" : ": " + a.getMessage()) + ")")
				.limit(NAMES).toList();
		if (!formatted.isEmpty()) {
			return Optional.of(new NoEvidence(Kind.UNREADABLE, zip, formatted, present.size()));
		}
		return Optional.of(new NoEvidence(Kind.UNRELATED, zip,
				present.stream().map(Artifact::getPath).limit(NAMES).toList(), present.size()));
	}

	private static boolean readable(Artifact artifact) {
		return artifact.getStatus() == ArtifactStatus.OK || artifact.getStatus() == ArtifactStatus.PARTIAL;
	}
}
