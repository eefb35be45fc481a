package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.DotNetRegParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.DotNetFramework;
import marswb.model.server.ServerPackage.Literals;

class DotNetRegParserTest {

	private static final String PATH = "system/dotnet-ndp.reg";

	private static Result run(byte[] bytes) {
		return ParserHarness.run(new DotNetRegParser(), PATH, bytes);
	}

	private static byte[] withRelease(String release) {
		return Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full]
				"Install"=dword:00000001
				"Release"=dword:%s

				""".formatted(release));
	}

	@Test
	void readsTheReleaseAndItsVersionWithTheirLine() {
		byte[] bytes = RegAssertions.fixture("dotnet-ndp.reg");
		Result result = run(bytes);
		assertClean(result);
		DotNetFramework dotNet = result.server().getDotNet();
		assertEquals(528449, dotNet.getRelease());
		assertEquals("4.8", dotNet.getVersion());
		assertEquals(7, origin(dotNet, Literals.DOT_NET_FRAMEWORK__RELEASE).getLine());
		assertEquals("dword:00081041", origin(dotNet, Literals.DOT_NET_FRAMEWORK__RELEASE).getRaw());
		assertEquals(7, origin(dotNet, Literals.DOT_NET_FRAMEWORK__VERSION).getLine());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void mapsEachMinimumReleaseToItsVersion() {
		assertEquals("4.5", run(withRelease("0005c615")).server().getDotNet().getVersion()); // 378389
		assertEquals("4.5.2", run(withRelease("0005cbf5")).server().getDotNet().getVersion()); // 379893
		assertEquals("4.6.2", run(withRelease("00060636")).server().getDotNet().getVersion()); // 394806
		assertEquals("4.7.2", run(withRelease("00070bf0")).server().getDotNet().getVersion()); // 461808
		assertEquals("4.8", run(withRelease("00080ea8")).server().getDotNet().getVersion()); // 528040
		assertEquals("4.8.1", run(withRelease("00082348")).server().getDotNet().getVersion()); // 533320
	}

	@Test
	void aReleaseBelow45HasNoVersionName() {
		Result result = run(withRelease("0005c614")); // 378388
		assertClean(result);
		assertEquals(378388, result.server().getDotNet().getRelease());
		assertNull(result.server().getDotNet().getVersion());
	}

	@Test
	void aFullKeyWithoutReleaseLeavesItNull() {
		Result result = run(Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full]
				"Install"=dword:00000001
				"""));
		assertClean(result);
		assertNull(result.server().getDotNet().getRelease());
		assertNull(result.server().getDotNet().getVersion());
	}

	@Test
	void anExportWithoutTheFullKeyIsAProblem() {
		Result result = run(Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Client]
				"Release"=dword:00080ff4
				"""));
		assertEquals(1, result.problems().size());
		assertTrue(result.problems().get(0).contains("\\NDP\\v4\\Full"), result.problems().get(0));
		assertNull(result.server().getDotNet());
	}

	@Test
	void aReleaseOfTheWrongTypeIsAProblem() {
		Result result = run(Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full]
				"Release"="528040"
				"""));
		assertEquals(java.util.List.of("line 4: 'Release' is REG_SZ, expected REG_DWORD; not read"),
				result.problems());
		assertNull(result.server().getDotNet().getRelease());
	}

	@Test
	void aFileWithoutHeaderIsRefused() {
		Result result = run(Fixtures.utf16le("Release=528040\n"));
		assertTrue(RegAssertions.failure(result).getMessage().startsWith("not a .reg file"));
	}
}
