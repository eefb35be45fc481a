package marswb.bundle.internal.text;

/**
 * What {@link String} offers, for a range {@code [start, end)} of any {@link CharSequence}: the lines of
 * {@link ByteLines} are read in place, without making a String of each field.
 */
public final class CharRanges {

	private CharRanges() {
	}

	/** The first index in the range that is not white space (as {@link String#strip()} sees it), or {@code end}. */
	public static int stripStart(CharSequence text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		return start;
	}

	/** The end of the range without its trailing white space. */
	public static int stripEnd(CharSequence text, int start, int end) {
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end;
	}

	public static boolean isBlank(CharSequence text) {
		return stripStart(text, 0, text.length()) == text.length();
	}

	/** Whether {@code text[start, end)} holds exactly {@code part}. */
	public static boolean equals(CharSequence text, int start, int end, String part) {
		return end - start == part.length() && regionMatches(text, start, part);
	}

	/** Whether {@code part} stands in {@code text} at {@code at}; false when it would run past the end. */
	public static boolean regionMatches(CharSequence text, int at, String part) {
		if (at < 0 || at + part.length() > text.length()) {
			return false;
		}
		for (int i = 0; i < part.length(); i++) {
			if (text.charAt(at + i) != part.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
