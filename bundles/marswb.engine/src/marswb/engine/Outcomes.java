package marswb.engine;

import marswb.model.diagnosis.Outcome;

/**
 * What the outcomes mean to reports and what-ifs.
 *
 * @since 0.1
 */
public final class Outcomes {

	private Outcomes() {
	}

	/**
	 * True for the outcomes that need a reader's attention: FAIL, ERROR, WARN and UNKNOWN. PASS, INFO and
	 * NOT_APPLICABLE say that nothing is wrong or that there is nothing to judge.
	 */
	public static boolean isProblem(Outcome outcome) {
		return outcome != Outcome.PASS && outcome != Outcome.INFO && outcome != Outcome.NOT_APPLICABLE;
	}
}
