package marswb.bundle.internal.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Arrays;

import marswb.bundle.internal.text.CharRanges;

/**
 * Dates of errlog lines, which have a month and day but no year: a line belongs to the collection year, or to the
 * year before when its month/day is after the collection date (the log is older than the collection).
 */
public final class ErrlogClock {

	/** The first day of a month/day table row: rows are months, 1 to 12, and columns days, 1 to 31. */
	private static final int DAYS_PER_ROW = 32;
	/** A month/day that no year has, e.g. 02/30. */
	private static final long NO_DAY = Long.MIN_VALUE;

	private final LocalDate collectionDay;
	/**
	 * The instant each month/day starts at, in epoch milliseconds, or {@link #NO_DAY}. Made once, so that reading a
	 * line's date is a table lookup: a cache of the last day would be a branch taken once a day of log, and every
	 * time it is first taken the JIT throws away and compiles again the whole method that reads a line.
	 */
	private final long[] dayStarts = new long[13 * DAYS_PER_ROW];

	/**
	 * @param collectedAtUtc the collection instant, or {@code null} when unknown (dates are then only validated)
	 * @param offset         the server's UTC offset at collection; log times are the server's local time, and without
	 *                       an offset they are taken as UTC. Daylight saving changes between the line and the
	 *                       collection are not known and not applied.
	 */
	public ErrlogClock(Instant collectedAtUtc, ZoneOffset offset) {
		ZoneOffset zone = offset == null ? ZoneOffset.UTC : offset;
		this.collectionDay = collectedAtUtc == null ? null : collectedAtUtc.atOffset(zone).toLocalDate();
		LocalDate reference = collectionDay == null ? LocalDate.of(2000, 1, 1) : collectionDay;
		Arrays.fill(dayStarts, NO_DAY);
		for (int month = 1; month <= 12; month++) {
			for (int day = 1; day <= 31; day++) {
				try {
					MonthDay monthDay = MonthDay.of(month, day);
					int year = monthDay.isAfter(MonthDay.from(reference)) ? reference.getYear() - 1 : reference.getYear();
					// 02/29 in a year without it becomes 02/28 (MonthDay.atYear), one day off at worst
					long epochDay = monthDay.atYear(year).toEpochDay();
					dayStarts[month * DAYS_PER_ROW + day] = (epochDay * 86_400L - zone.getTotalSeconds()) * 1_000L;
				} catch (DateTimeException e) {
					// no such day in any year: stays NO_DAY
				}
			}
		}
	}

	/** Whether dates can be given at all. */
	public boolean knowsYear() {
		return collectionDay != null;
	}

	/** What {@link #millis} gives for fields that are not a month/day and a time of day. */
	public static final long MALFORMED = Long.MIN_VALUE;
	/** What {@link #millis} gives for well-formed fields when the year is unknown. */
	public static final long YEAR_UNKNOWN = Long.MIN_VALUE + 1;

	/**
	 * The instant of a line's date field ({@code text[dayStart, dayEnd)}) and time field ({@code text[timeStart,
	 * timeEnd)}) in epoch milliseconds, or {@link #MALFORMED} or {@link #YEAR_UNKNOWN}. Fields are read in place and
	 * the day is resolved once per distinct date: this runs for every line of logs of hundreds of MB.
	 */
	public long millis(CharSequence text, int dayStart, int dayEnd, int timeStart, int timeEnd) {
		long day = dayStart(text, dayStart, dayEnd);
		long timeOfDay = timeEnd - timeStart == 12 ? usualTimeOfDay(text, timeStart) : -1;
		if (timeOfDay < 0) {
			timeOfDay = timeOfDay(text, CharRanges.stripStart(text, timeStart, timeEnd),
					CharRanges.stripEnd(text, timeStart, timeEnd));
		}
		if (day == NO_DAY || timeOfDay < 0) {
			return MALFORMED;
		}
		if (collectionDay == null) {
			return YEAR_UNKNOWN;
		}
		return day + timeOfDay;
	}

	/** Milliseconds into the day of the agent's usual {@code HH:MM:SS.mmm}, or -1 for any other form. */
	private static long usualTimeOfDay(CharSequence text, int start) {
		if (text.charAt(start + 2) != ':' || text.charAt(start + 5) != ':' || text.charAt(start + 8) != '.') {
			return -1;
		}
		int hours = twoDigits(text, start);
		int minutes = twoDigits(text, start + 3);
		int seconds = twoDigits(text, start + 6);
		int millis = twoDigits(text, start + 9) * 10 + digit(text.charAt(start + 11));
		if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || millis < 0) {
			return -1;
		}
		return ((hours * 60L + minutes) * 60L + seconds) * 1_000L + millis;
	}

	/** The value of two digits at {@code at}, or a negative number. */
	private static int twoDigits(CharSequence text, int at) {
		int tens = digit(text.charAt(at));
		int ones = digit(text.charAt(at + 1));
		return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
	}

	/** The value of a decimal digit, or a number below -99 that keeps any sum it is part of negative. */
	private static int digit(char c) {
		return c >= '0' && c <= '9' ? c - '0' : -1000;
	}

	/** The instant the day of a MM/DD field starts at (its year from the collection date), or {@link #NO_DAY}. */
	private long dayStart(CharSequence text, int start, int end) {
		boolean usual = end - start == 5 && text.charAt(start + 2) == '/';
		int month = usual ? twoDigits(text, start) : -1;
		int day = usual ? twoDigits(text, start + 3) : -1;
		if (month < 0 || day < 0) {
			int[] parts = numbers(text, CharRanges.stripStart(text, start, end), CharRanges.stripEnd(text, start, end),
					'/', 2);
			month = parts == null ? -1 : parts[0];
			day = parts == null ? -1 : parts[1];
		}
		if (month < 1 || month > 12 || day < 1 || day > 31) {
			return NO_DAY;
		}
		return dayStarts[month * DAYS_PER_ROW + day];
	}

	/** Milliseconds into the day of {@code H:MM:SS[.f{1,3}]}, or -1. */
	private static long timeOfDay(CharSequence text, int start, int end) {
		int dot = -1;
		for (int i = start; i < end; i++) {
			if (text.charAt(i) == '.') {
				dot = i;
				break;
			}
		}
		int hmsEnd = dot < 0 ? end : dot;
		int[] hms = numbers(text, start, hmsEnd, ':', 3);
		// minutes and seconds have two digits: ":MM:SS" is the last six characters
		if (hms == null || hmsEnd - start < 6 || text.charAt(hmsEnd - 6) != ':' || hms[0] > 23 || hms[1] > 59
				|| hms[2] > 59) {
			return -1;
		}
		int millis = 0;
		if (dot >= 0) {
			int digits = end - dot - 1;
			if (digits < 1 || digits > 3) {
				return -1;
			}
			for (int i = dot + 1; i < dot + 4; i++) {
				int digit = i < end ? text.charAt(i) - '0' : 0;
				if (digit < 0 || digit > 9) {
					return -1;
				}
				millis = millis * 10 + digit;
			}
		}
		return ((hms[0] * 60L + hms[1]) * 60L + hms[2]) * 1_000L + millis;
	}

	/** {@code count} numbers of one or two digits separated by {@code separator} in {@code text[start, end)}, or null. */
	private static int[] numbers(CharSequence text, int start, int end, char separator, int count) {
		int[] result = new int[count];
		int part = 0;
		int value = 0;
		int length = 0;
		for (int i = start; i < end; i++) {
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
}
