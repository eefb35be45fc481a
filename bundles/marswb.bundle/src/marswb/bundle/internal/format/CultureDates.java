package marswb.bundle.internal.format;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date that PowerShell printed in the server's culture (ConvertTo-Csv turns DateTime values into text with
 * the current culture). Only forms that cannot be misread are accepted:
 * <ul>
 * <li>en-US {@code M/d/yyyy h:mm:ss AM|PM}, recognised by its AM/PM designator;</li>
 * <li>zh-CN {@code yyyy/M/d H:mm:ss} (and the same with dashes), year first;</li>
 * <li>{@code d/M/yyyy H:mm:ss} (en-GB and others) only when the first number is over 12, so it must be the day;
 * {@code d.M.yyyy} (de-DE, ru-RU), which no culture writes month first.</li>
 * </ul>
 * Anything else (e.g. {@code 5/6/2026 10:00:00} without AM/PM) is left to the caller to report.
 */
public final class CultureDates {

	private static final String TIME = "(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?";
	private static final Pattern MONTH_FIRST_12H = Pattern.compile(
			"(\\d{1,2})/(\\d{1,2})/(\\d{4})[ ]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?[ ]*([AaPp][Mm])");
	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})" + TIME);
	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})" + TIME);

	private CultureDates() {
	}

	/** The local date and time the text shows, when its form is unambiguous. */
	public static Optional<LocalDateTime> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.strip();
		try {
			Matcher m = MONTH_FIRST_12H.matcher(trimmed);
			if (m.matches()) {
				int hour = Integer.parseInt(m.group(4));
				if (hour < 1 || hour > 12) {
					return Optional.empty();
				}
				boolean pm = m.group(7).toUpperCase(Locale.ROOT).equals("PM");
				return Optional.of(LocalDateTime.of(number(m, 3), number(m, 1), number(m, 2), hour % 12 + (pm ? 12 : 0),
						number(m, 5), optional(m, 6)));
			}
			m = YEAR_FIRST.matcher(trimmed);
			if (m.matches()) {
				return Optional.of(LocalDateTime.of(number(m, 1), number(m, 3), number(m, 4), optional(m, 5),
						optional(m, 6), optional(m, 7)));
			}
			m = DAY_FIRST.matcher(trimmed);
			if (m.matches() && (m.group(2).equals(".") || number(m, 1) > 12)) {
				return Optional.of(LocalDateTime.of(number(m, 4), number(m, 3), number(m, 1), optional(m, 5),
						optional(m, 6), optional(m, 7)));
			}
		} catch (DateTimeException e) {
			// 2/30/2026 and the like: not a date
		}
		return Optional.empty();
	}

	/**
	 * The instant of a server-local time. The offset is the one the server had at collection (from the manifest);
	 * a date in the other half of a daylight-saving year may be an hour off, which no check here depends on.
	 */
	public static Date toDate(LocalDateTime local, ZoneOffset offset) {
		return Date.from(local.toInstant(offset));
	}

	private static int number(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
	}

	private static int optional(Matcher m, int group) {
		return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
	}
}
