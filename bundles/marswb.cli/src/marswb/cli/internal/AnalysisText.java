package marswb.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import marswb.engine.MissingEvidence;
import marswb.engine.Areas;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;
import marswb.report.AppliedFix;
import marswb.report.Suppressions;
import marswb.report.ConfigurationText;

/**
 * The readable analysis: a summary line that counts every outcome, then each area (worst area first) with its
 * problems in full and guidance in brief, PASS findings only on request; then the checks that do not apply, one line
 * per reason, and the evidence to collect, each artifact once with the checks waiting on it.
 */
final class AnalysisText {

	private final PrintStream out;
	private final boolean all;

	/** @param all whether PASS findings are listed too */
	AnalysisText(PrintStream out, boolean all) {
		this.out = out;
		this.all = all;
	}

	void print(Server server, Diagnosis diagnosis, List<AppliedFix> applied) {
		out.println(Messages.format(Messages.Analyze_title, server.getHostName() == null ? "?" : ConfigurationText.host(server),
				server.getBundleName()));
		if (!server.getInferred().isEmpty()) {
			out.println(Messages.format(Messages.Analyze_inferred, ConfigurationText.collected(server)));
		}
		out.println(summary(diagnosis));
		long suppressed = Suppressions.count(diagnosis.getFindings());
		if (suppressed > 0) {
			out.println(Messages.format(Messages.Analyze_suppressed, suppressed));
		}
		long passes = count(diagnosis, Outcome.PASS);
		if (!all && passes > 0) {
			out.println(Messages.format(Messages.Analyze_passHidden, passes));
		}
		for (AppliedFix fix : applied) {
			out.println(Messages.format(Messages.Analyze_fixApplied, fix.id(), FindingText.keys(fix.delta().cleared()),
					FindingText.keys(fix.delta().appeared())));
		}
		RootCausesText.print(out, diagnosis);
		printAreas(diagnosis.getFindings().stream().filter(this::listedInArea).toList());
		new NotApplicableText(out).print(Suppressions.unsuppressed(diagnosis.getFindings()));
		new MissingEvidenceText(out).print(server, Suppressions.unsuppressed(diagnosis.getFindings()));
	}

	/**
	 * Findings that the sections after the areas gather are not repeated in their area, nor PASS without --all; a
	 * suppressed finding is always listed in its area, where its suppression shows.
	 */
	private boolean listedInArea(Finding finding) {
		return finding.getSuppression() != null || finding.getOutcome() != Outcome.NOT_APPLICABLE
				&& MissingEvidence.artifact(finding).isEmpty() && (all || finding.getOutcome() != Outcome.PASS);
	}

	private void printAreas(List<Finding> findings) {
		Map<String, List<Finding>> byArea = new LinkedHashMap<>();
		// findings arrive worst first, so areas come in the order of their worst finding
		findings.forEach(f -> byArea.computeIfAbsent(f.getArea(), a -> new ArrayList<>()).add(f));
		Areas areas = Areas.platform();
		FindingText text = new FindingText(out);
		for (Map.Entry<String, List<Finding>> area : byArea.entrySet()) {
			out.println();
			out.println(areas.name(area.getKey()));
			area.getValue().stream().filter(FindingText::inFull).forEach(text::full);
			area.getValue().stream().filter(f -> !FindingText.inFull(f)).forEach(text::brief);
		}
	}

	private static String summary(Diagnosis diagnosis) {
		List<String> parts = new ArrayList<>();
		for (Outcome outcome : Outcome.VALUES) {
			parts.add(count(diagnosis, outcome) + " " + FindingText.outcome(outcome));
		}
		return Messages.format(Messages.Analyze_summary, String.join(", ", parts));
	}

	private static long count(Diagnosis diagnosis, Outcome outcome) {
		return diagnosis.getFindings().stream().filter(f -> f.getOutcome() == outcome).count();
	}
}
