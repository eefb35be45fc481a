package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.ScratchListingParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.CacheSettings;
import marswb.model.server.ServerPackage.Literals;

class ScratchListingParserTest {

	private static final String PATH = "agent/scratch-listing.csv";
	private static final String HEADER = "\"Name\",\"Length\",\"Attributes\",\"LastWriteTimeUtc\"\n";

	@Test
	void keyFileIsFoundWhateverItsCase() {
		Result result = parse(new ScratchListingParser(), PATH, Fixtures.utf16le(HEADER
				+ "\"BackupMetadataStore\",\"\",\"Directory\",\"11/20/2026 7:55:10 AM\"\n"
				+ "\"onlinebackup.kek\",\"1214\",\"Archive\",\"3/14/2024 2:31:07 AM\"\n"
				+ "\"CBEngineCurr.errlog\",\"10485760\",\"Archive\",\"11/20/2026 8:10:00 AM\"\n"));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		CacheSettings cache = result.server().getCache();
		assertEquals(Boolean.TRUE, cache.getKekPresent());
		assertEquals(3, cache.getListedEntries());
		assertOrigin(3, "onlinebackup.kek", cache, Literals.CACHE_SETTINGS__KEK_PRESENT);
	}

	@Test
	void missingKeyFile() {
		Result result = parse(new ScratchListingParser(), PATH,
				Fixtures.utf16le(HEADER + "\"BackupMetadataStore\",\"\",\"Directory\",\"11/20/2026 7:55:10 AM\"\n"));
		CacheSettings cache = result.server().getCache();
		assertEquals(Boolean.FALSE, cache.getKekPresent());
		assertEquals(1, cache.getListedEntries());
		assertOrigin(1, "Name", cache, Literals.CACHE_SETTINGS__KEK_PRESENT);
	}

	@Test
	void emptyFolderWritesNothing() {
		Result result = parse(new ScratchListingParser(), PATH, new byte[0]);
		CacheSettings cache = result.server().getCache();
		assertEquals(Boolean.FALSE, cache.getKekPresent());
		assertEquals(0, cache.getListedEntries());
	}
}
