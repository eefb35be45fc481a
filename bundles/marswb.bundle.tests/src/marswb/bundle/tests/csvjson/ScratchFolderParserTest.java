package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.ScratchFolderParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.CacheSettings;
import marswb.model.server.ServerPackage.Literals;

class ScratchFolderParserTest {

	private static final String PATH = "agent/scratch-folder.csv";

	@Test
	void existingCompressedFolder() {
		Result result = parse(new ScratchFolderParser(), PATH, Fixtures.utf16le("""
				"FullName","Attributes","LastWriteTimeUtc"
				"C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Scratch","Directory, Compressed","11/20/2026 7:55:10 AM"
				"""));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		CacheSettings cache = result.server().getCache();
		assertEquals(Boolean.TRUE, cache.getFolderExists());
		assertEquals("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Scratch", cache.getFolderFullName());
		assertEquals("Directory, Compressed", cache.getFolderAttributes());
		assertOrigin(2, "Directory, Compressed", cache, Literals.CACHE_SETTINGS__FOLDER_ATTRIBUTES);
		assertEquals(2, CsvJsonAssertions.origin(cache, Literals.CACHE_SETTINGS__FOLDER_EXISTS).getLine());
	}

	@Test
	void emptyFileMeansTheFolderIsMissing() {
		Result result = parse(new ScratchFolderParser(), PATH, new byte[0]);
		CacheSettings cache = result.server().getCache();
		assertEquals(Boolean.FALSE, cache.getFolderExists());
		assertNull(cache.getFolderFullName());
		assertOrigin(0, "", cache, Literals.CACHE_SETTINGS__FOLDER_EXISTS);
	}

	@Test
	void headerOnlyMeansTheFolderIsMissing() {
		Result result = parse(new ScratchFolderParser(), PATH,
				Fixtures.utf16le("\"FullName\",\"Attributes\",\"LastWriteTimeUtc\"\n"));
		assertEquals(Boolean.FALSE, result.server().getCache().getFolderExists());
		assertOrigin(1, "", result.server().getCache(), Literals.CACHE_SETTINGS__FOLDER_EXISTS);
	}
}
