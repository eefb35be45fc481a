package marswb.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import marswb.engine.CauseChain;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.Finding;
import marswb.report.ConfigurationText;

/**
 * The opening of the readable analysis: the root causes, worst first, each with the problems it explains beneath
 * it by title, so an engineer reads the cause before its symptoms (the areas follow in full).
 */
final class RootCausesText {

	private RootCausesText() {
	}

	static void print(PrintStream out, Diagnosis diagnosis) {
		CauseChain chain = CauseChain.of(diagnosis);
		List<Finding> roots = chain.roots();
		if (roots.isEmpty()) {
			return;
		}
		out.println();
		out.println(Messages.format(Messages.Analyze_rootCauses, roots.size()));
		int number = 1;
		for (Finding root : roots) {
			out.println(String.format(Locale.ROOT, "%3d. ", number++) + line(root));
			for (Finding symptom : chain.symptoms(root)) {
				out.println("       -> " + line(symptom));
			}
		}
	}

	private static String line(Finding finding) {
		return ConfigurationText.pad(FindingText.outcome(finding.getOutcome()), 5) + " " + finding.getTitle()
				+ (finding.getSubjectKey() == null ? "" : " [" + finding.getSubjectKey() + "]");
	}
}
