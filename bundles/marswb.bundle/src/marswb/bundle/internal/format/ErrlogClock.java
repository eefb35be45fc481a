package marswb.bundle.internal.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/**
 * Dates of errlog lines, which have a month and day but no year: a line belongs to the collection year, or to the
 * year before when its month/day is after the collection date (the log is older than the collection).
 */
public final class ErrlogClock {


	private final LocalDate collectionDay;
	private final ZoneOffset offset;
	private String lastDayField;
	private LocalDate lastDay;

	/**
	 * @param collectedAtUtc the collection instant, or {@code null} when unknown (dates are then only validated)
	 * @param offset         the server's UTC offset at collection; log times are the server's local time, and without
	 *                       an offset they are taken as UTC. Daylight saving changes between the line and the
	 *                       collection are not known and not applied.
	 */
	public ErrlogClock(Instant collectedAtUtc, ZoneOffset offset) {
		this.offset = offset == null ? ZoneOffset.UTC : offset;
		this.collectionDay = collectedAtUtc == null ? null : collectedAtUtc.atOffset(this.offset).toLocalDate();
	}

	/** Whether dates can be given at all. */
	public boolean knowsYear() {
		return collectionDay != null;
	}

	/** A well-formed date and time field pair; {@code date} is {@code null} when the year is unknown. */
	public record Stamp(Date date) {
	}

	/** The stamp of a line's date and time fields; empty when they are not a month/day and a time of day. */
	public Optional<Stamp> time(String monthDayField, String timeField) {
		// parsed by hand, and the day resolved once per distinct date: this runs for every line of large logs
		LocalDate day = day(monthDayField);
		int[] time = timeOfDay(timeField.strip());
		if (day == null || time == null || time[0] > 23 || time[1] > 59 || time[2] > 59) {
			return Optional.empty();
		}
		if (collectionDay == null) {
			return Optional.of(new Stamp(null));
		}
		long seconds = day.toEpochDay() * 86_400L + time[0] * 3_600L + time[1] * 60L + time[2]
				- offset.getTotalSeconds();
		return Optional.of(new Stamp(new Date(seconds * 1_000L + time[3])));
	}

	/** The date of a MM/DD field (its year from the collection date), or null; the last one is remembered. */
	private LocalDate day(String monthDayField) {
		if (monthDayField.equals(lastDayField)) {
			return lastDay;
		}
		int[] parts = numbers(monthDayField.strip(), '/', 2);
		LocalDate day = null;
		if (parts != null) {
			try {
				MonthDay monthDay = MonthDay.of(parts[0], parts[1]);
				LocalDate reference = collectionDay == null ? LocalDate.of(2000, 1, 1) : collectionDay;
				int year = monthDay.isAfter(MonthDay.from(reference)) ? reference.getYear() - 1 : reference.getYear();
				// 02/29 in a year without it becomes 02/28 (MonthDay.atYear), one day off at worst
				day = monthDay.atYear(year);
			} catch (DateTimeException e) {
				day = null;
			}
		}
		lastDayField = monthDayField;
		lastDay = day;
		return day;
	}

	/** Hour, minute, second and milliseconds of {@code H:MM:SS[.f{1,3}]}, or null. */
	private static int[] timeOfDay(String text) {
		int dot = text.indexOf('.');
		String hmsText = dot < 0 ? text : text.substring(0, dot);
		int[] hms = numbers(hmsText, ':', 3);
		// minutes and seconds have two digits: ":MM:SS" is the last six characters
		if (hms == null || hmsText.length() - hmsText.indexOf(':') != 6) {
			return null;
		}
		int millis = 0;
		if (dot >= 0) {
			String fraction = text.substring(dot + 1);
			if (fraction.isEmpty() || fraction.length() > 3 || !digits(fraction)) {
				return null;
			}
			millis = Integer.parseInt((fraction + "00").substring(0, 3));
		}
		return new int[] { hms[0], hms[1], hms[2], millis };
	}

	/** {@code count} numbers of one or two digits separated by {@code separator}, or null. */
	private static int[] numbers(String text, char separator, int count) {
		int[] result = new int[count];
		int part = 0;
		int value = 0;
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9' && length < 2) {
				value = value * 10 + c - '0';
				length++;
			} else if (c == separator && length > 0 && part < count - 1) {
				result[part++] = value;
				value = 0;
				length = 0;
			} else {
				return null;
			}
		}
		if (length == 0 || part != count - 1) {
			return null;
		}
		result[part] = value;
		return result;
	}

	private static boolean digits(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}
}
