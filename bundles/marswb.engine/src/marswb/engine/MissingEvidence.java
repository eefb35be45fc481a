package marswb.engine;

import marswb.engine.spi.CheckContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.ArtifactStatus;

/**
 * Tells the UNKNOWN findings that wait for an artifact ({@link CheckContext#unknown(String)}) from the other UNKNOWN
 * findings, which found evidence but cannot read a conclusion from it (an undocumented job state, say). Reports
 * gather the first kind by artifact, so that each artifact to collect is named once.
 *
 * @since 0.1
 */
public final class MissingEvidence {

	private MissingEvidence() {
	}

	/**
	 * The artifact the finding waits for, when it is UNKNOWN for want of that artifact (missing, failed in
	 * collection, unreadable or read in part): its first evidence is then the artifact itself, without a line, its
	 * value the artifact's read status.
	 */
	public static Optional<String> artifact(Finding finding) {
		if (finding.getOutcome() != Outcome.UNKNOWN || finding.getEvidence().isEmpty()) {
			return Optional.empty();
		}
		Evidence first = finding.getEvidence().get(0);
		ArtifactStatus status = ArtifactStatus.get(String.valueOf(first.getValue()));
		// an artifact read completely that lacks the value is no artifact to collect: the finding says what it lacks
		boolean waiting = first.getLine() == 0 && first.getSubject() == null && first.getArtifact() != null
				&& status != null && status != ArtifactStatus.OK;
		return waiting ? Optional.of(first.getArtifact()) : Optional.empty();
	}

	/** The findings waiting for an artifact, by artifact path in order, so every report names each artifact once. */
	public static Map<String, List<Finding>> byArtifact(List<Finding> findings) {
		Map<String, List<Finding>> waiting = new TreeMap<>();
		findings.forEach(f -> artifact(f).ifPresent(a -> waiting.computeIfAbsent(a, k -> new ArrayList<>()).add(f)));
		return waiting;
	}
}
