package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.WinHttpProxyParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.WinHttpProxy;

class WinHttpProxyParserTest {

	private static final String PATH = "network/winhttp-proxy.txt";

	private static Result run(byte[] bytes) {
		return ParserHarness.run(new WinHttpProxyParser(), PATH, bytes);
	}

	@Test
	void readsDirectAccess() {
		byte[] bytes = Fixtures.utf16le("""

				Current WinHTTP proxy settings:

				    Direct access (no proxy server).

				""");
		Result result = run(bytes);
		assertClean(result);
		WinHttpProxy winHttp = result.server().getNetwork().getWinHttp();
		assertEquals(Boolean.TRUE, winHttp.getDirectAccess());
		assertNull(winHttp.getProxyServer());
		assertEquals(4, origin(winHttp, Literals.WIN_HTTP_PROXY__DIRECT_ACCESS).getLine());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void readsAProxyWithoutBypassList() {
		byte[] bytes = Fixtures.utf16le("""

				Current WinHTTP proxy settings:

				    Proxy Server(s) :  testProxy:8999
				    Bypass List     :  (none)

				""");
		Result result = run(bytes);
		assertClean(result);
		WinHttpProxy winHttp = result.server().getNetwork().getWinHttp();
		assertEquals(Boolean.FALSE, winHttp.getDirectAccess());
		assertEquals("testProxy:8999", winHttp.getProxyServer());
		assertEquals(4, origin(winHttp, Literals.WIN_HTTP_PROXY__PROXY_SERVER).getLine());
		// "(none)" means no list: null, but still traced to its line
		assertNull(winHttp.getBypassList());
		assertEquals(5, origin(winHttp, Literals.WIN_HTTP_PROXY__BYPASS_LIST).getLine());
		assertEquals("(none)", origin(winHttp, Literals.WIN_HTTP_PROXY__BYPASS_LIST).getRaw());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void readsPerSchemeProxiesAndABypassList() {
		Result result = run(Fixtures.utf16le("""

				Current WinHTTP proxy settings:

				    Proxy Server(s) :  http=proxy.contoso.local:8080;https=proxy.contoso.local:8443
				    Bypass List     :  <local>;*.contoso.local

				"""));
		assertClean(result);
		WinHttpProxy winHttp = result.server().getNetwork().getWinHttp();
		assertEquals("http=proxy.contoso.local:8080;https=proxy.contoso.local:8443", winHttp.getProxyServer());
		assertEquals("<local>;*.contoso.local", winHttp.getBypassList());
	}

	@Test
	void aMissingBypassListIsAProblem() {
		Result result = run(Fixtures.utf16le("    Proxy Server(s) :  proxy:3128\n"));
		assertEquals(List.of("no 'Bypass List :' line after the proxy server"), result.problems());
		assertEquals("proxy:3128", result.server().getNetwork().getWinHttp().getProxyServer());
	}

	@Test
	void aLocalizedOutputIsRefusedNamingItsFirstLine() {
		Result result = run(Fixtures.utf16le("""

				Paramètres actuels du proxy WinHTTP :

				    Accès direct (pas de serveur proxy).

				"""));
		String message = RegAssertions.failure(result).getMessage();
		assertTrue(message.endsWith("first line 'Paramètres actuels du proxy WinHTTP :' (line 2)"), message);
		assertNull(result.server().getNetwork());
	}

	@Test
	void anEmptyFileIsRefused() {
		assertEquals("empty file: no WinHTTP proxy settings",
				RegAssertions.failure(run(Fixtures.utf16le("\n"))).getMessage());
	}
}
