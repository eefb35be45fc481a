package marswb.bundle.internal.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of errlog lines, which have a month and day but no year: a line belongs to the collection year, or to the
 * year before when its month/day is after the collection date (the log is older than the collection).
 */
public final class ErrlogClock {

	private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
	private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,3}))?");

	private final LocalDate collectionDay;
	private final ZoneOffset offset;

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
		Matcher day = MONTH_DAY.matcher(monthDayField.strip());
		Matcher time = TIME.matcher(timeField.strip());
		if (!day.matches() || !time.matches()) {
			return Optional.empty();
		}
		try {
			MonthDay monthDay = MonthDay.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)));
			String millis = time.group(4) == null ? "0" : (time.group(4) + "00").substring(0, 3);
			LocalTime timeOfDay = LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)),
					Integer.parseInt(time.group(3)), Integer.parseInt(millis) * 1_000_000);
			if (collectionDay == null) {
				return Optional.of(new Stamp(null));
			}
			int year = monthDay.isAfter(MonthDay.from(collectionDay)) ? collectionDay.getYear() - 1
					: collectionDay.getYear();
			// 02/29 in a year without it becomes 02/28 (MonthDay.atYear), one day off at worst
			LocalDateTime local = monthDay.atYear(year).atTime(timeOfDay);
			return Optional.of(new Stamp(Date.from(local.toInstant(offset))));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}
}
