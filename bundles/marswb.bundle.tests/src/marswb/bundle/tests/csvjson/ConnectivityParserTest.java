package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.ConnectivityParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.EndpointProbe;
import marswb.model.server.ServerPackage.Literals;

class ConnectivityParserTest {

	private static final String PATH = "network/connectivity.csv";

	@Test
	void readsProbes() {
		Result result = parse(new ConnectivityParser(), PATH, Fixtures.utf16le("""
				"Target","Port","TcpTestSucceeded","HttpStatus","Error"
				"login.microsoftonline.com","443","True","200",""
				"pod01-manag1.sea.backup.windowsazure.com","443","True","407","The remote server returned an error: (407) Proxy Authentication Required."
				"contosovault.blob.core.windows.net","443","False","","TCP connect to (20.60.1.1 : 443) failed"
				"""));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		var probes = result.server().getNetwork().getProbes();
		assertEquals(3, probes.size());
		EndpointProbe proxied = probes.get(1);
		assertEquals(443, proxied.getPort());
		assertEquals(Boolean.TRUE, proxied.getTcpTestSucceeded());
		assertEquals(407, proxied.getHttpStatus());
		assertTrue(proxied.getError().contains("(407)"));
		assertOrigin(3, "407", proxied, Literals.ENDPOINT_PROBE__HTTP_STATUS);
		EndpointProbe blocked = probes.get(2);
		assertEquals(Boolean.FALSE, blocked.getTcpTestSucceeded());
		assertNull(blocked.getHttpStatus());
		assertNull(probes.get(0).getError());
	}

	@Test
	void emptyFileHasNoProbes() {
		Result result = parse(new ConnectivityParser(), PATH, Fixtures.utf16le(""));
		assertNull(result.server().getNetwork());
	}
}
