package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.DefenderParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.provenance.Provenance;
import marswb.model.server.AntivirusSettings;
import marswb.model.server.ServerPackage.Literals;

class DefenderParserTest {

	private static final String PATH = "system/defender.json";

	@Test
	void arraySingleStringAndNull() {
		Result result = parse(new DefenderParser(), PATH, CsvJsonAssertions.fixture("defender.json"));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		AntivirusSettings antivirus = result.server().getAntivirus();
		assertEquals(Boolean.FALSE, antivirus.getRealtimeMonitoringDisabled());
		assertEquals(List.of("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Scratch",
				"C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin"), antivirus.getExclusionPaths());
		assertEquals(List.of("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\cbengine.exe"),
				antivirus.getExclusionProcesses());
		assertTrue(antivirus.getExclusionExtensions().isEmpty());
		var pathOrigins = Provenance.allOf(antivirus, Literals.ANTIVIRUS_SETTINGS__EXCLUSION_PATHS);
		assertEquals(5, pathOrigins.get(1).getLine());
		assertEquals("\"C:\\\\Program Files\\\\Microsoft Azure Recovery Services Agent\\\\bin\"",
				pathOrigins.get(1).getRaw());
	}

	@Test
	void wrappedArrayAndNotElevatedAnswer() {
		Result result = parse(new DefenderParser(), PATH, Fixtures.utf16le("""
				{
				    "DisableRealtimeMonitoring":  true,
				    "ExclusionPath":  {
				                          "value":  [
				                                        "D:\\\\Scratch"
				                                    ],
				                          "Count":  1
				                      },
				    "ExclusionProcess":  [
				                             "N/A: Must be an administrator to view exclusions"
				                         ],
				    "ExclusionExtension":  ".vhd"
				}
				"""));
		AntivirusSettings antivirus = result.server().getAntivirus();
		assertEquals(Boolean.TRUE, antivirus.getRealtimeMonitoringDisabled());
		assertEquals(List.of("D:\\Scratch"), antivirus.getExclusionPaths());
		assertTrue(antivirus.getExclusionProcesses().isEmpty());
		assertEquals(List.of(".vhd"), antivirus.getExclusionExtensions());
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "administrator"), result.problems().toString());
	}

	@Test
	void nullValuesStayUnknown() {
		Result result = parse(new DefenderParser(), PATH, Fixtures.utf16le("""
				{
				    "DisableRealtimeMonitoring":  null,
				    "ExclusionPath":  null,
				    "ExclusionProcess":  null,
				    "ExclusionExtension":  null
				}
				"""));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		AntivirusSettings antivirus = result.server().getAntivirus();
		assertEquals(null, antivirus.getRealtimeMonitoringDisabled());
		assertTrue(antivirus.getExclusionPaths().isEmpty());
	}

	@Test
	void malformedJsonIsUnreadableWithItsLine() {
		Result result = ParserHarness.run(new DefenderParser(), PATH,
				Fixtures.utf16le("{\n    \"DisableRealtimeMonitoring\":  false,\n    \"ExclusionPath\":  [\n"));
		assertNotNull(result.failure());
		assertTrue(result.failure().getMessage().startsWith("not valid JSON"), result.failure().getMessage());
	}

	@Test
	void emptyFileIsUnreadable() {
		Result result = ParserHarness.run(new DefenderParser(), PATH, Fixtures.utf16le(""));
		assertNotNull(result.failure());
		assertTrue(result.failure().getMessage().contains("empty"), result.failure().getMessage());
	}
}
