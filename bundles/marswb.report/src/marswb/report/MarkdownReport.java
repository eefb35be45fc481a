package marswb.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import marswb.engine.CauseChain;
import marswb.engine.KbLinks;
import marswb.engine.MissingEvidence;
import marswb.engine.Outcomes;
import marswb.engine.DisplayValues;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.report.internal.Messages;

/**
 * A summary to paste into a ticket: root causes, the problems with their evidence and action in one table, and the
 * evidence to collect. Ticket systems cap comments, so the text stays under {@link #LIMIT} bytes, leaving problems
 * out (the least severe, which come last) with a note saying how many.
 *
 * @since 0.1
 */
public final class MarkdownReport {

	/** 64 KB, less room for the note that says what was left out. */
	public static final int LIMIT = 64 * 1024;
	private static final int EVIDENCE_PER_PROBLEM = 3;
	private static final int CELL = 300;

	private MarkdownReport() {
	}

	public static String render(Report report) {
		StringBuilder head = new StringBuilder();
		var server = report.server();
		head.append("## ").append(inline(Messages.format(Messages.Markdown_title,
				server.getHostName() == null ? Messages.Report_unknown : server.getHostName(), server.getBundleName())))
				.append("\n\n");
		if (!report.applied().isEmpty()) {
			// first thing read, as in the HTML report: a ticket must not quote a prediction as the server's state
			head.append("> **").append(inline(Messages.format(Messages.Report_whatIfBanner, report.applied().size())))
					.append("** ").append(report.applied().stream().map(fix -> "`" + fix.id() + "`")
							.collect(Collectors.joining(", ")))
					.append("\n\n");
		}
		String agent = server.getAgent() == null || server.getAgent().getVersion() == null ? Messages.Report_unknown
				: server.getAgent().getVersion();
		String collected = server.getCollectedAtUtc() == null ? Messages.Report_unknown
				: DisplayValues.time(server.getCollectedAtUtc(), server);
		head.append(inline(Messages.format(Messages.Markdown_meta, agent, collected, counts(report)))).append("\n");

		CauseChain chain = CauseChain.of(report.diagnosis());
		if (!chain.roots().isEmpty()) {
			head.append("\n### ").append(inline(Messages.format(Messages.Report_sectionRootCauses, chain.roots().size())))
					.append("\n\n");
			int number = 1;
			for (Finding root : chain.roots()) {
				head.append(number++).append(". **").append(root.getOutcome().getLiteral()).append("** ")
						.append(inline(title(root)));
				List<Finding> symptoms = chain.symptoms(root);
				if (!symptoms.isEmpty()) {
					head.append(" — ").append(inline(Messages.format(Messages.Markdown_explains,
							symptoms.stream().map(MarkdownReport::title).collect(Collectors.joining("; ")))));
				}
				head.append('\n');
			}
		}
		List<String> rows = new ArrayList<>();
		for (Finding finding : report.diagnosis().getFindings()) {
			if (Outcomes.isProblem(finding.getOutcome()) && !Suppressions.waitingForEvidence(finding)) {
				rows.add(row(finding));
			}
		}
		String missing = missing(report);
		StringBuilder text = new StringBuilder(head);
		text.append("\n### ").append(inline(Messages.format(Messages.Markdown_problems, rows.size()))).append("\n\n");
		if (rows.isEmpty()) {
			text.append(inline(Messages.Report_noProblems)).append('\n');
		} else {
			text.append("| ").append(String.join(" | ", Messages.Report_outcome, Messages.Report_severity,
					Messages.Report_finding, Messages.Report_evidence, Messages.Report_action)).append(" |\n");
			text.append("|---|---|---|---|---|\n");
			int budget = LIMIT - 1024 - bytes(text) - bytes(missing);
			int written = 0;
			for (String row : rows) {
				if (bytes(row) > budget) {
					break;
				}
				budget -= bytes(row);
				text.append(row);
				written++;
			}
			if (written < rows.size()) {
				text.append('\n').append(inline(Messages.format(Messages.Markdown_truncated, rows.size() - written)))
						.append('\n');
			}
		}
		text.append(missing);
		return text.toString();
	}

	private static String row(Finding finding) {
		List<String> evidence = new ArrayList<>();
		for (Evidence item : finding.getEvidence().stream().limit(EVIDENCE_PER_PROBLEM).toList()) {
			String where = item.getArtifact() == null ? ""
					: "`" + code(item.getArtifact() + (item.getLine() > 0 ? ":" + item.getLine() : "")) + "` ";
			evidence.add(where + cell(item.getValue()));
		}
		if (finding.getEvidence().size() > EVIDENCE_PER_PROBLEM) {
			evidence.add(inline(Messages.format(Messages.Markdown_moreEvidence,
					finding.getEvidence().size() - EVIDENCE_PER_PROBLEM)));
		}
		String action = cell(finding.getRecommendation());
		if (finding.getKb() != null) {
			action += " ([" + inline(Messages.Report_article) + "](" + KbLinks.url(finding.getKb(), Locale.getDefault())
					+ "))";
		}
		return "| **" + finding.getOutcome().getLiteral() + "** | " + finding.getSeverity().getLiteral() + " | "
				+ cell(title(finding)) + " (`" + code(finding.getCheck()) + "`)" + suppressed(finding) + " | "
				+ String.join("<br>", evidence)
				+ " | " + action + " |\n";
	}

	private static String suppressed(Finding finding) {
		return finding.getSuppression() == null ? "" : "<br>_" + cell(Suppressions.note(finding.getSuppression())) + "_";
	}

	private static String missing(Report report) {
		Map<String, List<Finding>> waiting = MissingEvidence.byArtifact(
				Suppressions.unsuppressed(report.diagnosis().getFindings()));
		if (waiting.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder("\n### ").append(inline(Messages.Report_sectionMissing)).append("\n\n");
		waiting.forEach((artifact, checks) -> text.append("- `").append(code(artifact)).append("`: ")
				.append(inline(Messages.format(Messages.Markdown_waiting,
						checks.stream().map(Report::key).collect(Collectors.joining(", "))))).append('\n'));
		return text.toString();
	}

	private static String counts(Report report) {
		List<String> parts = new ArrayList<>();
		for (Outcome outcome : Outcome.VALUES) {
			long count = report.diagnosis().getFindings().stream().filter(f -> f.getOutcome() == outcome).count();
			parts.add(count + " " + outcome.getLiteral());
		}
		return String.join(", ", parts);
	}

	private static String title(Finding finding) {
		return finding.getTitle() + (finding.getSubjectKey() == null ? "" : " [" + finding.getSubjectKey() + "]");
	}

	/** Text that may not start markup: HTML is shown as text, and Markdown's emphasis and links are escaped. */
	static String inline(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '\\', '`', '*', '_', '[', ']', '|' -> escaped.append('\\').append(c);
			case '\r', '\n' -> escaped.append(' ');
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** A table cell: one line, shortened. */
	private static String cell(String text) {
		String line = text == null ? "" : text.strip();
		return inline(line.length() > CELL ? line.substring(0, CELL) + "…" : line);
	}

	/** Inside a code span only a backtick ends it, and a pipe would still end the table cell. */
	private static String code(String text) {
		return text.replace('`', '\'').replace("|", "\\|").replace('\n', ' ');
	}

	private static int bytes(CharSequence text) {
		return text.toString().getBytes(StandardCharsets.UTF_8).length;
	}
}
