package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.EnvironmentRegParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.Origin;
import marswb.model.server.ServerPackage.Literals;

class EnvironmentRegParserTest {

	private static final String PATH = "system/environment.reg";

	@Test
	void readsAnExpandStringModulePathUnexpanded() {
		byte[] bytes = RegAssertions.fixture("environment.reg");
		Result result = ParserHarness.run(new EnvironmentRegParser(), PATH, bytes);
		assertClean(result);
		assertEquals("%ProgramFiles%\\WindowsPowerShell\\Modules;%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\Modules;"
				+ "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\Modules",
				result.server().getPowerShell().getMachinePSModulePath());
		Origin origin = origin(result.server().getPowerShell(), Literals.POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH);
		assertEquals(24, origin.getLine());
		assertTrue(origin.getRaw().startsWith("hex(2):"), origin.getRaw());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void readsAPlainStringModulePath() {
		Result result = ParserHarness.run(new EnvironmentRegParser(), PATH, Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment]
				"OS"="Windows_NT"
				"PSModulePath"="C:\\\\Windows\\\\system32\\\\WindowsPowerShell\\\\v1.0\\\\Modules\\\\"

				"""));
		assertClean(result);
		assertEquals("C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\Modules\\",
				result.server().getPowerShell().getMachinePSModulePath());
	}

	@Test
	void noModulePathLeavesItNull() {
		Result result = ParserHarness.run(new EnvironmentRegParser(), PATH, Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment]
				"OS"="Windows_NT"
				"""));
		assertClean(result);
		assertNull(result.server().getPowerShell());
	}

	@Test
	void aModulePathCutInItsHexDataIsAProblem() {
		Result result = ParserHarness.run(new EnvironmentRegParser(), PATH, Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment]
				"PSModulePath"=hex(2):25,00,50,00,72,00,6f,00,67,00,72,00,61,00,6d,00,46,00,69,\\
				  00,6c,00,65,00,73,00,25,00,5c,00,57,00,69,00,6e,00,64,00,6f,00,77,00,73,00,\\
				"""));
		assertEquals(1, result.problems().size(), result.problems().toString());
		assertTrue(result.problems().get(0).startsWith("line 4: the hex data of 'PSModulePath'"));
		assertNull(result.server().getPowerShell());
	}
}
