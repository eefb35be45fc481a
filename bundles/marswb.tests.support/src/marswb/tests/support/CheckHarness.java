package marswb.tests.support;

import java.util.List;

import marswb.engine.Analyzer;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;

/**
 * Runs one contributed check (from the extension registry, as the product does) on a model.
 *
 * @since 0.1
 */
public final class CheckHarness {

	private CheckHarness() {
	}

	public static List<Finding> run(String checkId, Server server) {
		Analyzer analyzer = Analyzer.platform();
		if (analyzer.descriptors().stream().noneMatch(d -> d.id().equals(checkId))) {
			throw new IllegalArgumentException("no check " + checkId + " is contributed");
		}
		return analyzer.analyze(server, d -> d.id().equals(checkId)).diagnosis().getFindings();
	}

	/** Runs the check on a sample variant and closes it. */
	public static List<Finding> run(String checkId, SampleVariant variant) {
		try (variant) {
			return run(checkId, variant.read());
		}
	}

	/** The one finding of a run, which must have the given outcome (one finding, not several). */
	public static Finding only(List<Finding> findings, Outcome outcome) {
		if (!outcomes(findings).equals(List.of(outcome))) {
			throw new AssertionError("expected one " + outcome + " finding, got " + outcomes(findings) + ": " + findings);
		}
		return findings.get(0);
	}

	/** The outcomes of the findings, worst first. */
	public static List<Outcome> outcomes(List<Finding> findings) {
		return findings.stream().map(Finding::getOutcome).toList();
	}
}
