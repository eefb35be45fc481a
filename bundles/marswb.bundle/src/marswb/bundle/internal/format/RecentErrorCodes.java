package marswb.bundle.internal.format;

import marswb.bundle.ErrorCodes;

/**
 * The article's form of the few codes a log or list repeats, made once each rather than once per line. Not
 * thread-safe: one per scan.
 */
public final class RecentErrorCodes {
	private static final int SIZE = 16;
	private final long[] values = new long[SIZE];
	private final String[] codes = new String[SIZE];
	private int used;

	/** {@link ErrorCodes#normalize(long)} of a code in the 32-bit range. */
	public String of(long value) {
		for (int i = 0; i < used; i++) {
			if (values[i] == value) {
				return codes[i];
			}
		}
		String code = ErrorCodes.normalize(value)
				.orElseThrow(() -> new IllegalArgumentException(value + " is not 32-bit"));
		int slot = used < SIZE ? used++ : Math.floorMod(value, SIZE);
		values[slot] = value;
		codes[slot] = code;
		return code;
	}
}
