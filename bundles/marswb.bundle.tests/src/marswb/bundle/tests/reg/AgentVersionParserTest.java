package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.AgentVersionParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.ServerPackage.Literals;

class AgentVersionParserTest {

	private static final String PATH = "agent/version.txt";

	@Test
	void readsTheFileVersion() {
		byte[] bytes = Fixtures.utf16le("2.0.9506.0\n");
		Result result = ParserHarness.run(new AgentVersionParser(), PATH, bytes);
		assertClean(result);
		assertEquals("2.0.9506.0", result.server().getAgent().getVersion());
		assertEquals(1, origin(result.server().getAgent(), Literals.AGENT__VERSION).getLine());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void keepsTheDottedPartOfAVersionWithABuildNote() {
		byte[] bytes = Fixtures.utf16le("\n2.0.9262.0 (built by: mars_rel)\n");
		Result result = ParserHarness.run(new AgentVersionParser(), PATH, bytes);
		assertClean(result);
		assertEquals("2.0.9262.0", result.server().getAgent().getVersion());
		assertEquals(2, origin(result.server().getAgent(), Literals.AGENT__VERSION).getLine());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void anEmptyFileLeavesTheVersionUnknown() {
		Result result = ParserHarness.run(new AgentVersionParser(), PATH, Fixtures.utf16le("\n"));
		assertNull(result.failure());
		assertEquals(List.of("empty: version unknown"), result.problems());
		assertNull(result.server().getAgent());
	}

	@Test
	void somethingElseIsRefused() {
		Result result = ParserHarness.run(new AgentVersionParser(), PATH,
				Fixtures.utf16le("Get-Item : Cannot find path 'C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\cbengine.exe'\n"));
		assertEquals(1, RegAssertions.failure(result).line());
		assertTrue(result.failure().getMessage().startsWith("not a dotted file version: 'Get-Item : Cannot"));
	}
}
