package marswb.compare;

/**
 * How one object, value or finding of two servers compares (docs/contracts.md: comparison states).
 *
 * @since 0.1
 */
public enum State {
	SAME,
	DIFFERENT,
	/** Only the left server has it. */
	ONLY_LEFT,
	/** Only the right server has it. */
	ONLY_RIGHT,
	/** The evidence is missing on one side (artifact missing, failed or unreadable, or value not collected): not a difference. */
	INCOMPLETE
}
