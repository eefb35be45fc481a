package marswb.bundle.tests.csvjson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.format.CultureDates;

class CultureDatesTest {

	@Test
	void englishUnitedStates() {
		assertEquals(Optional.of(LocalDateTime.of(2026, 11, 12, 0, 0)), CultureDates.parse("11/12/2026 12:00:00 AM"));
		assertEquals(Optional.of(LocalDateTime.of(2026, 11, 12, 12, 5, 9)),
				CultureDates.parse("11/12/2026 12:05:09 PM"));
		assertEquals(Optional.of(LocalDateTime.of(2026, 1, 2, 15, 30)), CultureDates.parse("1/2/2026 3:30:00 pm"));
	}

	@Test
	void chineseYearFirst() {
		assertEquals(Optional.of(LocalDateTime.of(2026, 11, 12, 0, 0)), CultureDates.parse("2026/11/12 0:00:00"));
		assertEquals(Optional.of(LocalDateTime.of(2026, 3, 4, 17, 8, 1)), CultureDates.parse("2026/3/4 17:08:01"));
		assertEquals(Optional.of(LocalDateTime.of(2026, 3, 4, 0, 0)), CultureDates.parse("2026-03-04"));
	}

	@Test
	void dayFirstOnlyWhenUnambiguous() {
		assertEquals(Optional.of(LocalDateTime.of(2026, 11, 13, 14, 0)), CultureDates.parse("13/11/2026 14:00:00"));
		assertEquals(Optional.empty(), CultureDates.parse("11/12/2026 14:00:00"));
		assertEquals(Optional.of(LocalDateTime.of(2026, 12, 11, 9, 0)), CultureDates.parse("11.12.2026 09:00:00"));
	}

	@Test
	void notDates() {
		assertEquals(Optional.empty(), CultureDates.parse(""));
		assertEquals(Optional.empty(), CultureDates.parse(null));
		assertEquals(Optional.empty(), CultureDates.parse("2/30/2026 1:00:00 AM"));
		assertEquals(Optional.empty(), CultureDates.parse("11/12/2026 13:00:00 PM"));
		assertEquals(Optional.empty(), CultureDates.parse("2026年11月12日"));
	}
}
