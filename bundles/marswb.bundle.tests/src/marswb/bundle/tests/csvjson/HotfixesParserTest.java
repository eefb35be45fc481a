package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.serverAtOffset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.HotfixesParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.Hotfix;
import marswb.model.server.ServerPackage.Literals;

class HotfixesParserTest {

	private static final String PATH = "system/hotfixes.csv";

	@Test
	void englishCultureDatesInTheServersOffset() {
		Result result = parse(new HotfixesParser(), PATH, CsvJsonAssertions.fixture("hotfixes.csv"), serverAtOffset(480));
		var hotfixes = result.server().getHotfixes();
		assertEquals(4, hotfixes.size());
		Hotfix first = hotfixes.get(0);
		assertEquals("KB5031361", first.getHotFixId());
		assertEquals("Security Update", first.getDescription());
		assertEquals("10/11/2026 12:00:00 AM", first.getInstalledOnText());
		assertEquals(Instant.parse("2026-10-10T16:00:00Z"), first.getInstalledOn().toInstant());
		assertOrigin(2, "10/11/2026 12:00:00 AM", first, Literals.HOTFIX__INSTALLED_ON);
		assertEquals(Instant.parse("2026-09-12T07:30:00Z"), hotfixes.get(1).getInstalledOn().toInstant());

		Hotfix noDate = hotfixes.get(2);
		assertNull(noDate.getInstalledOnText());
		assertNull(noDate.getInstalledOn());

		Hotfix ambiguous = hotfixes.get(3);
		assertEquals("5/6/2026 10:00:00", ambiguous.getInstalledOnText());
		assertNull(ambiguous.getInstalledOn());
		assertEquals(1, result.problems().size(), result.problems().toString());
		assertTrue(result.problems().get(0).startsWith("1 date(s)"), result.problems().get(0));
		assertTrue(result.problems().get(0).contains("'5/6/2026 10:00:00' (line 5)"), result.problems().get(0));
	}

	@Test
	void chineseCultureDates() {
		Result result = parse(new HotfixesParser(), PATH, Fixtures.utf16le("""
				"HotFixID","Description","InstalledOn"
				"KB5031361","Security Update","2026/11/12 0:00:00"
				"KB4589208","Update","2026/3/4 17:08:01"
				"""), serverAtOffset(480));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		assertEquals(Instant.parse("2026-11-11T16:00:00Z"), result.server().getHotfixes().get(0).getInstalledOn()
				.toInstant());
		assertEquals(Instant.parse("2026-03-04T09:08:01Z"), result.server().getHotfixes().get(1).getInstalledOn()
				.toInstant());
	}

	@Test
	void headerOnlyMeansNone() {
		Result result = parse(new HotfixesParser(), PATH,
				Fixtures.utf16le("\"HotFixID\",\"Description\",\"InstalledOn\"\n"));
		assertTrue(result.server().getHotfixes().isEmpty());
		assertTrue(result.problems().isEmpty());
	}
}
