package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.serverAtOffset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.CloudBackupEventsParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.provenance.Provenance;
import marswb.model.server.EventRecord;
import marswb.model.server.ServerPackage.Literals;

class CloudBackupEventsParserTest {

	private static final String PATH = "agent/cloudbackup-events.csv";

	@Test
	void multiLineMessagesKeepTheirLinesAndTheNextEventItsNumber() {
		Result result = parse(new CloudBackupEventsParser(), PATH, CsvJsonAssertions.fixture("cloudbackup-events.csv"),
				serverAtOffset(480));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		var events = result.server().getEvents();
		assertEquals(2, events.size());
		EventRecord failed = events.get(0);
		assertEquals(11, failed.getEventId());
		assertEquals("Error", failed.getLevel());
		assertEquals(Instant.parse("2026-11-19T18:00:41Z"), failed.getTimeCreated().toInstant());
		assertEquals("The backup job failed.\nError code: 0x1FC07\nCheck the cache location, then run the backup again.",
				failed.getMessage());
		assertOrigin(2, "The backup job failed.", failed, Literals.EVENT_RECORD__MESSAGE);
		EventRecord completed = events.get(1);
		assertEquals(5, Provenance.ofObject(completed).orElseThrow().getLine());
		assertEquals(3, completed.getEventId());
	}

	@Test
	void truncatedFileKeepsTheEventsBeforeTheDamage() {
		Result result = parse(new CloudBackupEventsParser(), PATH, Fixtures.utf16le("""
				"TimeCreated","Id","LevelDisplayName","Message"
				"11/19/2026 2:00:40 AM","3","Information","The backup job completed."
				"11/20/2026 2:00:41 AM","11","Error","The backup job failed.
				Error code: 0x1FC07
				"""));
		assertEquals(1, result.server().getEvents().size());
		// the broken record, then its message line read again as a (skipped) fragment
		assertEquals(2, result.problems().size(), result.problems().toString());
		assertTrue(result.problems().get(0).startsWith("line 3:"), result.problems().get(0));
		assertTrue(result.problems().get(1).contains("line 4; they were skipped"), result.problems().get(1));
	}
}
