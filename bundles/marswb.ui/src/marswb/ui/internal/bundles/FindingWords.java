package marswb.ui.internal.bundles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;

/**
 * Outcomes and severities as the user's language names them. The model's literals (FAIL, high) stay what JSON,
 * baselines and the command line's machine output carry; only what a person reads in the workbench is translated.
 */
public final class FindingWords {

	private FindingWords() {
	}

	public static String outcome(Outcome outcome) {
		return switch (outcome) {
		case FAIL -> Messages.Outcome_FAIL;
		case ERROR -> Messages.Outcome_ERROR;
		case WARN -> Messages.Outcome_WARN;
		case UNKNOWN -> Messages.Outcome_UNKNOWN;
		case INFO -> Messages.Outcome_INFO;
		case PASS -> Messages.Outcome_PASS;
		case NOT_APPLICABLE -> Messages.Outcome_NOT_APPLICABLE;
		};
	}

	public static String severity(Severity severity) {
		return switch (severity) {
		case CRITICAL -> Messages.Severity_critical;
		case HIGH -> Messages.Severity_high;
		case MEDIUM -> Messages.Severity_medium;
		case LOW -> Messages.Severity_low;
		};
	}

	/** How many of the findings have each outcome, worst first, e.g. "3 FAIL, 1 WARN"; empty for none. */
	public static String counts(Stream<Finding> findings) {
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		findings.forEach(f -> counts.merge(f.getOutcome(), 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		counts.forEach((outcome, count) -> parts.add(NLS.bind(Messages.Outcome_count, count, outcome(outcome))));
		return String.join(Messages.Outcome_countSeparator, parts);
	}
}
