package marswb.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import marswb.engine.KbLinks;
import marswb.engine.internal.CheckRegistry;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;

/** The readable analysis: a summary line, then each area (worst area first), problems in full, passes in brief. */
final class AnalysisText {

	private final PrintStream out;

	AnalysisText(PrintStream out) {
		this.out = out;
	}

	void print(Server server, Diagnosis diagnosis, List<AnalyzeCommand.AppliedFix> applied) {
		out.println(Messages.format(Messages.Analyze_title, server.getHostName() == null ? "?" : ShowText.host(server),
				server.getBundleName()));
		if (!server.getInferred().isEmpty()) {
			out.println(Messages.format(Messages.Analyze_inferred, ShowText.collected(server)));
		}
		out.println(summary(diagnosis));
		for (AnalyzeCommand.AppliedFix fix : applied) {
			out.println(Messages.format(Messages.Analyze_fixApplied, fix.id(), keys(fix.delta().cleared()),
					keys(fix.delta().appeared())));
		}
		Map<String, List<Finding>> byArea = new LinkedHashMap<>();
		// findings arrive worst first, so areas come in the order of their worst finding
		diagnosis.getFindings().forEach(f -> byArea.computeIfAbsent(f.getArea(), a -> new ArrayList<>()).add(f));
		Map<String, CheckRegistry.Area> areaNames = CheckRegistry.platform().areas();
		for (Map.Entry<String, List<Finding>> area : byArea.entrySet()) {
			out.println();
			CheckRegistry.Area named = areaNames.get(area.getKey());
			out.println(named == null ? area.getKey() : named.name());
			area.getValue().stream().sorted(Comparator.comparing((Finding f) -> isProblem(f) ? 0 : 1))
					.forEach(this::print);
		}
	}

	private static String summary(Diagnosis diagnosis) {
		List<String> parts = new ArrayList<>();
		for (Outcome outcome : Outcome.VALUES) {
			long count = diagnosis.getFindings().stream().filter(f -> f.getOutcome() == outcome).count();
			parts.add(count + " " + outcome.getLiteral());
		}
		return Messages.format(Messages.Analyze_summary, String.join(", ", parts));
	}

	private void print(Finding finding) {
		String subject = finding.getSubjectKey() == null ? "" : " [" + finding.getSubjectKey() + "]";
		if (!isProblem(finding)) {
			out.println("  " + pad(finding.getOutcome().getLiteral()) + finding.getMessage() + subject + "  ["
					+ finding.getCheck() + "]");
			return;
		}
		String code = finding.getErrorCode() == null || finding.getTitle() != null
				&& finding.getTitle().contains(finding.getErrorCode()) ? "" : " (" + finding.getErrorCode() + ")";
		out.println("  " + pad(finding.getOutcome().getLiteral()) + finding.getSeverity().getLiteral() + "  "
				+ finding.getTitle() + code + subject);
		detail(Messages.Analyze_check, finding.getCheck());
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

	private void detail(String label, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		String indent = "        ";
		String[] lines = text.split("\n");
		out.println(indent + label + " " + lines[0]);
		for (int i = 1; i < lines.length; i++) {
			out.println(indent + "  " + lines[i]);
		}
	}

	private static boolean isProblem(Finding finding) {
		return finding.getOutcome() != Outcome.PASS && finding.getOutcome() != Outcome.INFO;
	}

	private static String keys(List<Finding> findings) {
		return findings.isEmpty() ? "-" : String.join(", ", findings.stream().map(AnalysisJson::key).toList());
	}

	private static String pad(String outcome) {
		return String.format(Locale.ROOT, "%-8s", outcome);
	}
}
