package marswb.compare;

import marswb.model.diagnosis.Outcome;

/**
 * A FAIL or WARN finding of a check about one subject on at least one side.
 *
 * @param state ONLY_LEFT / ONLY_RIGHT (a problem on one side only, the other side checked fine), SAME (the same
 *              outcome on both), DIFFERENT (FAIL on one side, WARN on the other), INCOMPLETE (the other side could
 *              not decide: UNKNOWN, ERROR or no such finding)
 * @param left  outcome on the left, null when the left has no finding for this check and subject
 *
 * @since 0.1
 */
public record FindingDelta(String check, String subject, String area, Outcome left, Outcome right, State state) {

	/** A problem present on one side only, or graver on one side. */
	public boolean counts() {
		return state == State.ONLY_LEFT || state == State.ONLY_RIGHT || state == State.DIFFERENT;
	}
}
