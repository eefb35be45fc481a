package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.TzutilParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.ServerPackage.Literals;

class TzutilParserTest {

	private static final String PATH = "system/tzutil.txt";

	@Test
	void readsAUtf16IdWithoutLineEnd() {
		byte[] bytes = Fixtures.utf16le("China Standard Time");
		Result result = ParserHarness.run(new TzutilParser(), PATH, bytes);
		assertClean(result);
		assertEquals("China Standard Time", result.server().getTime().getTimeZoneId());
		assertEquals(1, origin(result.server().getTime(), Literals.TIME_SETTINGS__TIME_ZONE_ID).getLine());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void readsAnAnsiIdWithLineEnd() {
		Result result = ParserHarness.run(new TzutilParser(), PATH,
				Fixtures.encoded("Pacific Standard Time_dstoff\n", StandardCharsets.US_ASCII));
		assertClean(result);
		// kept as tzutil prints it: the suffix says daylight saving adjustment is off
		assertEquals("Pacific Standard Time_dstoff", result.server().getTime().getTimeZoneId());
	}

	@Test
	void extraLinesAreAProblem() {
		Result result = ParserHarness.run(new TzutilParser(), PATH,
				Fixtures.utf16le("\nW. Europe Standard Time\nsomething else\n"));
		assertEquals("W. Europe Standard Time", result.server().getTime().getTimeZoneId());
		assertEquals(List.of("more than one line; only line 2 is read as the time zone id"), result.problems());
	}

	@Test
	void anEmptyFileIsRefused() {
		Result result = ParserHarness.run(new TzutilParser(), PATH, Fixtures.utf16le(""));
		assertEquals("empty file: no time zone id", RegAssertions.failure(result).getMessage());
	}
}
