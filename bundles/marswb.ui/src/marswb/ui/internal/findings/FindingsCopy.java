package marswb.ui.internal.findings;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import marswb.engine.KbLinks;
import marswb.engine.KbSections;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.ui.internal.bundles.FindingWords;

/**
 * Findings as a support engineer pastes them into a ticket: title, outcome and severity, message, evidence, what to
 * do and the article section with its link; as plain text and as Markdown.
 */
public final class FindingsCopy {

	private FindingsCopy() {
	}

	public static String text(List<Finding> findings) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : findings) {
			text.append(text.length() == 0 ? "" : "\n").append(headline(finding)).append('\n');
			line(text, finding.getMessage());
			if (!finding.getEvidence().isEmpty()) {
				text.append(Messages.Details_evidence).append(":\n");
				finding.getEvidence().forEach(e -> text.append("  ").append(evidence(e)).append('\n'));
			}
			if (finding.getRecommendation() != null) {
				text.append(Messages.Details_recommendation).append(": ").append(finding.getRecommendation())
						.append('\n');
			}
			if (finding.getKb() != null) {
				text.append(Messages.Details_article).append(": ").append(KbSections.title(finding.getKb()))
						.append(" ").append(KbLinks.url(finding.getKb(), Locale.getDefault())).append('\n');
			}
		}
		return text.toString();
	}

	public static String markdown(List<Finding> findings) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : findings) {
			text.append(text.length() == 0 ? "" : "\n").append("### ").append(escape(headline(finding)))
					.append("\n\n");
			if (finding.getMessage() != null) {
				text.append(escape(finding.getMessage())).append("\n\n");
			}
			if (!finding.getEvidence().isEmpty()) {
				text.append("**").append(Messages.Details_evidence).append("**\n\n");
				for (Evidence evidence : finding.getEvidence()) {
					text.append("- `").append(location(evidence).replace("`", "'")).append("` ")
							.append(escape(evidence.getValue() == null ? "" : evidence.getValue())).append('\n');
				}
				text.append('\n');
			}
			if (finding.getRecommendation() != null) {
				text.append("**").append(Messages.Details_recommendation).append(":** ")
						.append(escape(finding.getRecommendation())).append("\n\n");
			}
			if (finding.getKb() != null) {
				text.append("**").append(Messages.Details_article).append(":** [")
						.append(escape(KbSections.title(finding.getKb()))).append("](")
						.append(KbLinks.url(finding.getKb(), Locale.getDefault())).append(")\n\n");
			}
		}
		return text.toString().stripTrailing() + "\n";
	}

	/** "FAIL (high): title [subject]", in the user's words. */
	private static String headline(Finding finding) {
		String outcome = FindingWords.outcome(finding.getOutcome()) + " ("
				+ FindingWords.severity(finding.getSeverity()) + ")";
		return NLS.bind(Messages.Details_title, outcome, FindingColumn.title(finding))
				+ (finding.getSubjectKey() == null ? "" : " [" + finding.getSubjectKey() + "]");
	}

	private static String evidence(Evidence evidence) {
		return location(evidence) + "  " + (evidence.getValue() == null ? "" : evidence.getValue());
	}

	private static String location(Evidence evidence) {
		return evidence.getLine() > 0 ? evidence.getArtifact() + ":" + evidence.getLine()
				: String.valueOf(evidence.getArtifact());
	}

	private static void line(StringBuilder text, String line) {
		if (line != null) {
			text.append(line).append('\n');
		}
	}

	/** Characters that Markdown would take for emphasis, links or HTML are shown as they are. */
	private static String escape(String text) {
		return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
	}
}
