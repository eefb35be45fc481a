package marswb.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import marswb.engine.MissingEvidence;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Artifact;
import marswb.model.server.Server;
import marswb.report.Report;

/**
 * The UNKNOWN findings that wait for an artifact, gathered by artifact: each artifact to collect is named once, with
 * why it is not usable, how the collector makes it, and the checks waiting on it.
 */
final class MissingEvidenceText {

	private final PrintStream out;

	MissingEvidenceText(PrintStream out) {
		this.out = out;
	}

	void print(Server server, List<Finding> findings) {
		Map<String, List<Finding>> waiting = MissingEvidence.byArtifact(findings);
		if (waiting.isEmpty()) {
			return;
		}
		out.println();
		out.println(Messages.Analyze_sectionMissing);
		FindingText text = new FindingText(out);
		waiting.forEach((path, checks) -> {
			Optional<Artifact> artifact = server.getArtifacts().stream().filter(a -> a.getPath().equals(path))
					.findFirst();
			out.println("  " + path + artifact.map(MissingEvidenceText::state).orElse(""));
			text.detail(Messages.Analyze_collectWith, artifact.map(Artifact::getCommand).orElse(null));
			text.detail(Messages.Analyze_waiting, String.join(", ", checks.stream().map(Report::key).toList()));
		});
	}

	private static String state(Artifact artifact) {
		return " (" + artifact.getStatus().getLiteral()
				+ (artifact.getMessage() == null ? "" : ": " + artifact.getMessage()) + ")";
	}
}
