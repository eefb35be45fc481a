package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.PsVersionParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.ServerPackage.Literals;

class PsVersionParserTest {

	private static final String PATH = "system/psversion.txt";

	private static Result run(byte[] bytes) {
		return ParserHarness.run(new PsVersionParser(), PATH, bytes);
	}

	@Test
	void readsTheWindowsPowerShell51Table() {
		byte[] bytes = Fixtures.utf16le("""

				Name                           Value
				----                           -----
				PSVersion                      5.1.20348.558
				PSEdition                      Desktop
				PSCompatibleVersions           {1.0, 2.0, 3.0, 4.0...}
				BuildVersion                   10.0.20348.558
				CLRVersion                     4.0.30319.42000
				WSManStackVersion              3.0
				PSRemotingProtocolVersion      2.3
				SerializationVersion           1.1.0.1


				""");
		Result result = run(bytes);
		assertClean(result);
		PowerShellInfo powerShell = result.server().getPowerShell();
		assertEquals("5.1.20348.558", powerShell.getVersion());
		assertEquals("Desktop", powerShell.getEdition());
		assertEquals("4.0.30319.42000", powerShell.getClrVersion());
		assertEquals(4, origin(powerShell, Literals.POWER_SHELL_INFO__VERSION).getLine());
		assertEquals(8, origin(powerShell, Literals.POWER_SHELL_INFO__CLR_VERSION).getLine());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void powerShell2HasNoEdition() {
		Result result = run(Fixtures.utf16le("""

				Name                           Value
				----                           -----
				CLRVersion                     2.0.50727.5485
				BuildVersion                   6.1.7601.17514
				PSVersion                      2.0
				WSManStackVersion              2.0
				PSCompatibleVersions           {1.0, 2.0}
				SerializationVersion           1.1.0.1
				PSRemotingProtocolVersion      2.1

				"""));
		assertClean(result);
		assertEquals("2.0", result.server().getPowerShell().getVersion());
		assertNull(result.server().getPowerShell().getEdition());
		assertEquals("2.0.50727.5485", result.server().getPowerShell().getClrVersion());
	}

	@Test
	void readsThePsVersionObjectTable() {
		byte[] bytes = Fixtures.utf16le("""

				Major  Minor  Build  Revision
				-----  -----  -----  --------
				5      1      18362  145


				""");
		Result result = run(bytes);
		assertClean(result);
		assertEquals("5.1.18362.145", result.server().getPowerShell().getVersion());
		assertEquals(4, origin(result.server().getPowerShell(), Literals.POWER_SHELL_INFO__VERSION).getLine());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void powerShell2VersionObjectDropsTheMissingParts() {
		Result result = run(Fixtures.utf16le("""
				Major  Minor  Build  Revision
				-----  -----  -----  --------
				2      0      -1     -1
				"""));
		assertClean(result);
		assertEquals("2.0", result.server().getPowerShell().getVersion());
	}

	@Test
	void aVersionThatIsNotOneIsAProblem() {
		Result result = run(Fixtures.utf16le("""
				Name                           Value
				----                           -----
				PSVersion                      unknown
				PSEdition                      Desktop
				"""));
		assertEquals(List.of("line 3: PSVersion 'unknown' is not a version; not read"), result.problems());
		assertNull(result.server().getPowerShell().getVersion());
		assertEquals("Desktop", result.server().getPowerShell().getEdition());
	}

	@Test
	void anotherOutputIsRefusedNamingItsFirstLine() {
		Result result = run(Fixtures.utf16le("""

				powershell.exe : The term 'powershell.exe' is not recognized
				"""));
		assertEquals("neither a $PSVersionTable nor a PSVersion table: first line 'powershell.exe : The term"
				+ " 'powershell.exe' is not recognized' (line 2)", RegAssertions.failure(result).getMessage());
	}

	@Test
	void anEmptyFileIsRefused() {
		assertEquals("empty file: no PowerShell version table",
				RegAssertions.failure(run(Fixtures.utf16le(""))).getMessage());
	}
}
