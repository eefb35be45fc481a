package marswb.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import marswb.engine.KbLinks;
import marswb.engine.Outcomes;
import marswb.model.diagnosis.DiagnosisPackage;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;
import marswb.model.edit.names.DisplayNames;
import marswb.report.ConfigurationText;
import marswb.report.Report;
import marswb.report.Suppressions;

/** One finding of the readable analysis: a problem in full, anything else in one line. */
final class FindingText {

	private static final String INDENT = "        ";

	private final PrintStream out;

	FindingText(PrintStream out) {
		this.out = out;
	}

	/** Problems are printed in full, guidance and passes in one line. */
	static boolean inFull(Finding finding) {
		return Outcomes.isProblem(finding.getOutcome());
	}

	void brief(Finding finding) {
		out.println("  " + pad(outcome(finding.getOutcome())) + finding.getMessage() + subject(finding) + "  ["
				+ finding.getCheck() + "]");
		suppression(finding);
	}

	void full(Finding finding) {
		out.println("  " + pad(outcome(finding.getOutcome())) + severity(finding.getSeverity()) + "  "
				+ finding.getTitle() + subject(finding));
		suppression(finding);
		detail(Messages.Analyze_check, finding.getCheck());
		detail(Messages.Analyze_code, code(finding));
		detail(Messages.Analyze_found, finding.getMessage());
		for (Evidence evidence : finding.getEvidence()) {
			String where = evidence.getArtifact() == null ? "" : evidence.getArtifact()
					+ (evidence.getLine() > 0 ? ":" + evidence.getLine() : "");
			detail(Messages.Analyze_evidence, (where + "  " + (evidence.getValue() == null ? "" : evidence.getValue())).strip());
		}
		detail(Messages.Analyze_action, finding.getRecommendation());
		if (!finding.getCauses().isEmpty()) {
			detail(Messages.Analyze_causes, keys(finding.getCauses()));
		}
		if (!finding.getQuickFixes().isEmpty()) {
			detail(Messages.Analyze_quickFixes, String.join(", ", finding.getQuickFixes()));
		}
		detail(Messages.Analyze_article, KbLinks.url(finding.getKb(), Locale.getDefault()));
	}

	private void suppression(Finding finding) {
		if (finding.getSuppression() != null) {
			out.println(INDENT + Suppressions.note(finding.getSuppression()));
		}
	}

	/**
	 * The error code on a line of its own, unless the title or the subject already says it: a title line such as
	 * "... (0x80070002) [0x80070002]" said it twice, and "(407) (100050)" put two codes side by side.
	 */
	private static String code(Finding finding) {
		String code = finding.getErrorCode();
		if (code == null || finding.getTitle() != null && finding.getTitle().contains(code)
				|| code.equalsIgnoreCase(finding.getSubjectKey())) {
			return null;
		}
		return code;
	}

	private static String subject(Finding finding) {
		return finding.getSubjectKey() == null ? "" : " [" + finding.getSubjectKey() + "]";
	}

	void detail(String label, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		String[] lines = text.split("\n");
		out.println(INDENT + label + " " + lines[0]);
		for (int i = 1; i < lines.length; i++) {
			out.println(INDENT + "  " + lines[i]);
		}
	}

	static String keys(List<Finding> findings) {
		return findings.isEmpty() ? "-" : String.join(", ", findings.stream().map(Report::key).toList());
	}

	private static String pad(String outcome) {
		return ConfigurationText.pad(outcome, 8);
	}

	/** The outcome as the glossary words it (FAIL, 失败); JSON and exported files keep the literal. */
	static String outcome(Outcome outcome) {
		return DisplayNames.of(outcome, DiagnosisPackage.Literals.OUTCOME);
	}

	static String severity(Severity severity) {
		return DisplayNames.of(severity, DiagnosisPackage.Literals.SEVERITY);
	}
}
