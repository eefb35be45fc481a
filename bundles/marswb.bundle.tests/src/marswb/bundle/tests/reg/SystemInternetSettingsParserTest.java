package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.SystemInternetSettingsParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.InternetSettings;
import marswb.model.server.ServerPackage.Literals;

class SystemInternetSettingsParserTest {

	private static final String PATH = "network/inet-system.reg";

	@Test
	void readsTheProxyOfTheSystemAccount() {
		byte[] bytes = RegAssertions.fixture("inet-system.reg");
		Result result = ParserHarness.run(new SystemInternetSettingsParser(), PATH, bytes);
		assertClean(result);
		InternetSettings settings = result.server().getNetwork().getSystemInternet();
		assertEquals(1, settings.getProxyEnable());
		assertEquals("proxy.contoso.local:8080", settings.getProxyServer());
		assertEquals("*.contoso.local;<local>", settings.getProxyOverride());
		assertEquals("http://wpad.contoso.local/proxy.pac", settings.getAutoConfigUrl());
		assertEquals(13, origin(settings, Literals.INTERNET_SETTINGS__PROXY_ENABLE).getLine());
		assertEquals(15, origin(settings, Literals.INTERNET_SETTINGS__PROXY_SERVER).getLine());
		assertEquals("\"proxy.contoso.local:8080\"", origin(settings, Literals.INTERNET_SETTINGS__PROXY_SERVER).getRaw());
		assertEquals(17, origin(settings, Literals.INTERNET_SETTINGS__AUTO_CONFIG_URL).getLine());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void noProxyValuesLeaveThemNull() {
		Result result = ParserHarness.run(new SystemInternetSettingsParser(), PATH, Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_USERS\\S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings]
				"CertificateRevocation"=dword:00000001
				"ProxyEnable"=dword:00000000

				"""));
		assertClean(result);
		InternetSettings settings = result.server().getNetwork().getSystemInternet();
		assertEquals(0, settings.getProxyEnable());
		assertNull(settings.getProxyServer());
		assertNull(settings.getAutoConfigUrl());
	}

	@Test
	void theCurrentUsersKeyIsNotTheSystemAccounts() {
		Result result = ParserHarness.run(new SystemInternetSettingsParser(), PATH, Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings]
				"ProxyEnable"=dword:00000001
				"""));
		assertEquals(1, result.problems().size());
		assertTrue(result.problems().get(0).startsWith("the export has no key HKEY_USERS\\S-1-5-18"));
		assertNull(result.server().getNetwork());
	}

	@Test
	void aProxyServerOfTheWrongTypeIsAProblem() {
		Result result = ParserHarness.run(new SystemInternetSettingsParser(), PATH, Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_USERS\\S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings]
				"ProxyEnable"=dword:00000001
				"ProxyServer"=dword:00001f90
				"""));
		assertEquals(List.of("line 5: 'ProxyServer' is REG_DWORD, expected REG_SZ; not read"), result.problems());
		assertNull(result.server().getNetwork().getSystemInternet().getProxyServer());
	}
}
