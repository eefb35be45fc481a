package marswb.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.report.Report;

/**
 * The NOT_APPLICABLE findings folded into one line per reason: four checks that each say "the bundle has no vault
 * credentials file" are one fact, not four.
 */
final class NotApplicableText {

	private final PrintStream out;

	NotApplicableText(PrintStream out) {
		this.out = out;
	}

	void print(List<Finding> findings) {
		Map<String, List<String>> byReason = new LinkedHashMap<>();
		for (Finding finding : findings) {
			if (finding.getOutcome() == Outcome.NOT_APPLICABLE) {
				byReason.computeIfAbsent(finding.getMessage(), r -> new ArrayList<>()).add(Report.key(finding));
			}
		}
		if (byReason.isEmpty()) {
			return;
		}
		out.println();
		out.println(Messages.Analyze_sectionNotApplicable);
		FindingText text = new FindingText(out);
		byReason.forEach((reason, checks) -> {
			out.println("  " + (checks.size() == 1 ? Messages.format(Messages.Analyze_notApplicableOne, reason)
					: Messages.format(Messages.Analyze_notApplicableMany, checks.size(), reason)));
			text.detail(Messages.Analyze_checks, String.join(", ", checks));
		});
	}
}
