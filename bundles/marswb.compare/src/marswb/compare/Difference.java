package marswb.compare;

import marswb.model.server.Origin;

/**
 * One compared value, or one object that has no counterpart on the other side.
 *
 * @param area        troubleshooting area the value belongs to (an installed area's id, or {@link Comparison#EVIDENCE})
 * @param path        where the object stands in the model, by natural keys, e.g.
 *                    {@code tasks[\Microsoft\OnlineBackup\Microsoft-OnlineBackup]/triggers[CalendarTrigger]}
 * @param feature     the attribute compared; null for an object without counterpart
 * @param state       SAME, DIFFERENT, ONLY_LEFT, ONLY_RIGHT or INCOMPLETE
 * @param expected    the values are expected to differ between these two servers (identities, timestamps) and
 *                    do not count as drift
 * @param left        the left value (for an object entry: the object), null when absent
 * @param right       the right value, null when absent
 * @param leftOrigin  where the left value was read, null when unknown
 * @param rightOrigin where the right value was read, null when unknown
 *
 * @since 0.1
 */
public record Difference(String area, String path, String feature, State state, boolean expected, Object left,
		Object right, Origin leftOrigin, Origin rightOrigin) {

	/** A difference that counts as drift: DIFFERENT, ONLY_LEFT or ONLY_RIGHT, and not expected. */
	public boolean counts() {
		return !expected && (state == State.DIFFERENT || state == State.ONLY_LEFT || state == State.ONLY_RIGHT);
	}
}
