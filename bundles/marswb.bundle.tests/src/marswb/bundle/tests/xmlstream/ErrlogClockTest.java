package marswb.bundle.tests.xmlstream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import marswb.bundle.internal.format.ErrlogClock;

/** The date and time fields of errlog lines in the usual form and in every other form the reader accepts. */
class ErrlogClockTest {

	/** Collected on 2026-11-19 at 10:00 server time, eight hours ahead of UTC. */
	private static final ErrlogClock CLOCK = new ErrlogClock(Instant.parse("2026-11-19T02:00:00Z"),
			ZoneOffset.ofHours(8));

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', value = {
			"11/05|12:34:56.789|2026-11-05T12:34:56.789",
			"11/19|23:59:59.999|2026-11-19T23:59:59.999",
			"11/20|00:00:00.000|2025-11-20T00:00",
			"12/31|08:00:00.000|2025-12-31T08:00",
			"01/01|00:00:00.001|2026-01-01T00:00:00.001",
			"' 1/5'|1:02:03|2026-01-05T01:02:03",
			"'11/05 '|' 12:34:56.7'|2026-11-05T12:34:56.700",
			"11/05|12:34:56.78|2026-11-05T12:34:56.780",
			"02/29|06:00:00.000|2026-02-28T06:00" })
	void readsAFieldAsTheServersLocalTimeInTheCollectionYearOrTheOneBefore(String day, String time, String local) {
		String line = day + "\t" + time;
		long expected = LocalDateTime.parse(local).toInstant(ZoneOffset.ofHours(8)).toEpochMilli();
		assertEquals(expected, CLOCK.millis(line, 0, day.length(), day.length() + 1, line.length()));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', value = { "02/30|12:00:00.000", "13/01|12:00:00.000", "00/10|12:00:00.000",
			"11/32|12:00:00.000", "11/0a|12:00:00.000", "1105|12:00:00.000", "11/05|24:00:00.000",
			"11/05|12:60:00.000", "11/05|12:00:60.000", "11/05|12:00:00.1234", "11/05|12:00:00.", "11/05|12:0:00",
			"11/05|12-00-00.000", "11/05|12:00:00.a00" })
	void givesMalformedForAnythingThatIsNotADayAndATime(String day, String time) {
		String line = day + "\t" + time;
		assertEquals(ErrlogClock.MALFORMED, CLOCK.millis(line, 0, day.length(), day.length() + 1, line.length()));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', value = { "11/05|12:34:56.789|true", "02/29|00:00:00.000|true",
			"02/30|00:00:00.000|false" })
	void withoutTheCollectionTimeOnlyTellsWhetherTheFieldsAreWellFormed(String day, String time, boolean wellFormed) {
		ErrlogClock clock = new ErrlogClock(null, null);
		String line = day + "\t" + time;
		assertEquals(wellFormed ? ErrlogClock.YEAR_UNKNOWN : ErrlogClock.MALFORMED,
				clock.millis(line, 0, day.length(), day.length() + 1, line.length()));
	}
}
