package marswb.ui.internal.comparison;

import marswb.compare.Difference;
import marswb.compare.Values;
import marswb.model.server.Server;

/**
 * How compared values read in a cell: as the command line's text prints them ({@link Values#display}), on one line
 * and cut short, since a cell is no place for a whole log.
 */
final class ComparisonValues {

	private static final int MAX_LENGTH = 300;

	private ComparisonValues() {
	}

	/**
	 * One side's value as a cell shows it, its times in that side's {@code server}'s local time; {@code absent}: the
	 * other side only has the object.
	 */
	static String cell(Difference difference, Object value, Server server, boolean absent) {
		if (absent) {
			return Messages.Compare_absent;
		}
		String text = value == null ? ""
				: Values.display(difference, value, server).replace('\r', ' ').replace('\n', ' ');
		return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "\u2026" : text;
	}

}
