package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.NetFxTlsRegParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.TlsSettings;

class NetFxTlsRegParserTest {

	private static final String PATH = "system/tls-netfx.reg";

	@Test
	void readsStrongCryptoAndSystemDefaultTls() {
		byte[] bytes = RegAssertions.fixture("tls-netfx.reg");
		Result result = ParserHarness.run(new NetFxTlsRegParser(), PATH, bytes);
		assertClean(result);
		TlsSettings tls = result.server().getTls();
		assertEquals(1, tls.getSchUseStrongCrypto());
		assertEquals(1, tls.getSystemDefaultTlsVersions());
		assertEquals(4, origin(tls, Literals.TLS_SETTINGS__SCH_USE_STRONG_CRYPTO).getLine());
		assertEquals("dword:00000001", origin(tls, Literals.TLS_SETTINGS__SYSTEM_DEFAULT_TLS_VERSIONS).getRaw());
		assertEquals(5, origin(tls, Literals.TLS_SETTINGS__SYSTEM_DEFAULT_TLS_VERSIONS).getLine());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void absentValuesStayNull() {
		Result result = ParserHarness.run(new NetFxTlsRegParser(), PATH, Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319]
				"OnlyUseLatestCLR"=dword:00000000

				"""));
		assertClean(result);
		assertNull(result.server().getTls().getSchUseStrongCrypto());
		assertNull(result.server().getTls().getSystemDefaultTlsVersions());
	}

	@Test
	void anotherKeyIsAProblem() {
		Result result = ParserHarness.run(new NetFxTlsRegParser(), PATH, Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319]
				"SchUseStrongCrypto"=dword:00000001
				"""));
		assertEquals(1, result.problems().size());
		assertTrue(result.problems().get(0).startsWith("the export has no key HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft"));
		assertNull(result.server().getTls());
	}
}
