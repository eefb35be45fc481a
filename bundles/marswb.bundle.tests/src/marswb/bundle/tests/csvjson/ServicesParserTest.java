package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.ServicesParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.provenance.Provenance;
import marswb.model.server.Service;
import marswb.model.server.ServerPackage.Literals;

class ServicesParserTest {

	private static final String PATH = "system/services.csv";

	@Test
	void readsServicesWithQuotedPaths() {
		Result result = parse(new ServicesParser(), PATH, CsvJsonAssertions.fixture("services.csv"));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		assertEquals(3, result.server().getServices().size());
		Service obengine = result.server().getServices().get(1);
		assertEquals("obengine", obengine.getName());
		assertEquals("Running", obengine.getState());
		assertEquals("Auto", obengine.getStartMode());
		assertEquals("LocalSystem", obengine.getStartName());
		assertEquals("\"C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\cbengine.exe\"",
				obengine.getPathName());
		assertOrigin(3, "\"\"C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\cbengine.exe\"\"",
				obengine, Literals.SERVICE__PATH_NAME);
		assertEquals(3, Provenance.ofObject(obengine).orElseThrow().getLine());
	}

	@Test
	void emptyFieldsStayUnknownAndColumnsAreFoundInAnyCase() {
		Result result = parse(new ServicesParser(), PATH,
				Fixtures.utf16le("\"name\",\"displayname\",\"STATE\",\"StartMode\",\"StartName\",\"PathName\"\n"
						+ "\"MSiSCSI\",\"Microsoft iSCSI Initiator Service\",\"Stopped\",\"Manual\",\"\",\"\"\n"));
		Service service = result.server().getServices().get(0);
		assertEquals("Stopped", service.getState());
		assertNull(service.getStartName());
		assertNull(service.getPathName());
	}

	@Test
	void tableOfAnotherCommandIsUnreadable() {
		Result result = ParserHarness.run(new ServicesParser(), PATH,
				Fixtures.utf16le("\"Status\",\"Class\"\n\"OK\",\"SCSIAdapter\"\n"));
		assertNotNull(result.failure());
		assertTrue(result.failure().getMessage().contains("none of the columns"), result.failure().getMessage());
	}

	@Test
	void missingColumnIsReported() {
		Result result = parse(new ServicesParser(), PATH,
				Fixtures.utf16le("\"Name\",\"State\"\n\"obengine\",\"Running\"\n"));
		assertEquals("Running", result.server().getServices().get(0).getState());
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "DisplayName"), result.problems().toString());
	}

	@Test
	void shortRowIsReported() {
		Result result = parse(new ServicesParser(), PATH, Fixtures.utf16le(
				"\"Name\",\"DisplayName\",\"State\",\"StartMode\",\"StartName\",\"PathName\"\n\"obengine\",\"x\"\n"));
		assertTrue(result.server().getServices().isEmpty());
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "1 row(s) have fewer fields than the header, the first"
				+ " at line 2"), result.problems().toString());
	}
}
