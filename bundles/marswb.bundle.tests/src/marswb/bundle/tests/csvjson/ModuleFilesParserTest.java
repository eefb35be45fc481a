package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.ModuleFilesParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.ModuleFile;
import marswb.model.server.ServerPackage.Literals;

class ModuleFilesParserTest {

	private static final String PATH = "agent/module-files.csv";

	@Test
	void readsFilesAndHashes() {
		Result result = parse(new ModuleFilesParser(), PATH, Fixtures.utf16le("""
				#TYPE Selected.Microsoft.Powershell.Utility.FileHash
				"Path","Algorithm","Hash"
				"C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\Modules\\MSOnlineBackup\\MSOnlineBackup.psd1","SHA256","3C1F5E0A9B7D2C4E6F8A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E"
				"C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\Modules\\MSOnlineBackup\\en-US\\about_MSOnlineBackup.help.txt","SHA256","E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"
				"""));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		assertEquals(2, result.server().getModuleFiles().size());
		ModuleFile manifest = result.server().getModuleFiles().get(0);
		assertTrue(manifest.getPath().endsWith("\\MSOnlineBackup.psd1"));
		assertEquals("SHA256", manifest.getAlgorithm());
		assertOrigin(3, "3C1F5E0A9B7D2C4E6F8A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E", manifest,
				Literals.MODULE_FILE__HASH);
	}

	@Test
	void emptyFileMeansNoModuleFiles() {
		Result result = parse(new ModuleFilesParser(), PATH, new byte[0]);
		assertTrue(result.server().getModuleFiles().isEmpty());
	}
}
