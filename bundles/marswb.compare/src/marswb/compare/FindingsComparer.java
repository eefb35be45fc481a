package marswb.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;

/** The FAIL and WARN findings of two diagnoses, per check and subject. */
final class FindingsComparer {

	private FindingsComparer() {
	}

	static List<FindingDelta> compare(Diagnosis left, Diagnosis right) {
		Map<String, Finding> l = byKey(left);
		Map<String, Finding> r = byKey(right);
		Map<String, Finding> all = new LinkedHashMap<>(l);
		r.forEach(all::putIfAbsent);
		List<FindingDelta> deltas = new ArrayList<>();
		all.forEach((key, any) -> {
			Outcome lo = l.containsKey(key) ? l.get(key).getOutcome() : null;
			Outcome ro = r.containsKey(key) ? r.get(key).getOutcome() : null;
			if (problem(lo) || problem(ro)) {
				Outcome other = problem(lo) ? ro : lo;
				Diagnosis otherSide = problem(lo) ? right : left;
				if (other == null && decided(otherSide, any.getCheck())) {
					// a check that found its subjects fine reports one PASS without naming them, one without any
					// subject one NOT_APPLICABLE: either way the other side has no such problem
					other = Outcome.PASS;
				}
				State state = problem(lo) && problem(ro) ? (lo == ro ? State.SAME : State.DIFFERENT)
						: other == null || other == Outcome.UNKNOWN || other == Outcome.ERROR ? State.INCOMPLETE
								: problem(lo) ? State.ONLY_LEFT : State.ONLY_RIGHT;
				deltas.add(new FindingDelta(any.getCheck(), any.getSubjectKey(), any.getArea(), lo, ro, state));
			}
		});
		return deltas;
	}

	/** The check ran on that side and concluded something (not only UNKNOWN or ERROR; NOT_APPLICABLE decides). */
	private static boolean decided(Diagnosis diagnosis, String check) {
		return diagnosis.getFindings().stream().anyMatch(f -> f.getCheck().equals(check)
				&& f.getOutcome() != Outcome.UNKNOWN && f.getOutcome() != Outcome.ERROR);
	}

	private static boolean problem(Outcome outcome) {
		return outcome == Outcome.FAIL || outcome == Outcome.WARN;
	}

	private static Map<String, Finding> byKey(Diagnosis diagnosis) {
		Map<String, Finding> findings = new LinkedHashMap<>();
		for (Finding finding : diagnosis.getFindings()) {
			findings.putIfAbsent(finding.getCheck() + "@" + finding.getSubjectKey(), finding);
		}
		return findings;
	}
}
