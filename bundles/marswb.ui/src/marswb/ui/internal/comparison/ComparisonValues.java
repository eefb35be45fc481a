package marswb.ui.internal.comparison;

import marswb.compare.Values;

/**
 * How compared values read in a cell: as the command line prints them ({@link Values}), on one line and cut
 * short, since a cell is no place for a whole log.
 */
final class ComparisonValues {

	private static final int MAX_LENGTH = 300;

	private ComparisonValues() {
	}

	/** The value as a cell shows it; {@code absent}: the other side only has the object. */
	static String cell(Object value, boolean absent) {
		if (absent) {
			return Messages.Compare_absent;
		}
		String text = value == null ? "" : Values.text(value).replace('\r', ' ').replace('\n', ' ');
		return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "\u2026" : text;
	}

}
