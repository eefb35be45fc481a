package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.SchannelRegParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.SchannelProtocol;
import marswb.model.server.ServerPackage.Literals;

class SchannelRegParserTest {

	private static final String PATH = "system/tls-schannel.reg";

	@Test
	void readsEveryClientAndServerKey() {
		byte[] bytes = RegAssertions.fixture("tls-schannel.reg");
		Result result = ParserHarness.run(new SchannelRegParser(), PATH, bytes);
		assertClean(result);
		List<SchannelProtocol> protocols = result.server().getTls().getProtocols();
		assertEquals(List.of("SSL 2.0 Client", "TLS 1.0 Server", "TLS 1.2 Client", "TLS 1.2 Server"),
				protocols.stream().map(p -> p.getProtocol() + " " + p.getSide()).toList());

		SchannelProtocol ssl2 = protocols.get(0);
		assertNull(ssl2.getEnabled());
		assertEquals(1, ssl2.getDisabledByDefault());

		SchannelProtocol tls12Client = protocols.get(2);
		// dword:ffffffff keeps its 32 bits
		assertEquals(-1, tls12Client.getEnabled());
		assertEquals(0, tls12Client.getDisabledByDefault());
		assertEquals(20, origin(tls12Client, Literals.SCHANNEL_PROTOCOL__ENABLED).getLine());
		assertEquals(18, origin(tls12Client, Literals.SCHANNEL_PROTOCOL__PROTOCOL).getLine());

		SchannelProtocol tls10Server = protocols.get(1);
		assertEquals(0, tls10Server.getEnabled());
		assertEquals(13, origin(tls10Server, Literals.SCHANNEL_PROTOCOL__ENABLED).getLine());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void anEmptyProtocolsKeyListsNothing() {
		Result result = ParserHarness.run(new SchannelRegParser(), PATH, Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols]

				[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 2.0]

				"""));
		assertClean(result);
		assertNull(result.server().getTls());
	}

	@Test
	void sidesAreMatchedWithoutRegardToCaseAndBrokenValuesAreProblems() {
		Result result = ParserHarness.run(new SchannelRegParser(), PATH, Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\CLIENT]
				"Enabled"=dword:0000000
				"DisabledByDefault"=dword:00000001
				"""));
		SchannelProtocol tls11 = result.server().getTls().getProtocols().get(0);
		assertEquals("Client", tls11.getSide());
		assertEquals("TLS 1.1", tls11.getProtocol());
		assertEquals(1, tls11.getDisabledByDefault());
		assertEquals(0, tls11.getEnabled());
		assertTrue(result.problems().isEmpty(), result.problems().toString());
	}

	@Test
	void aMalformedValueIsAProblemAndTheOthersAreRead() {
		Result result = ParserHarness.run(new SchannelRegParser(), PATH, Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server]
				"Enabled"=dword:1g
				"DisabledByDefault"=dword:00000000
				"""));
		assertEquals(List.of("line 4: DWORD value 'Enabled' is not 1 to 8 hex digits: 'dword:1g'"), result.problems());
		SchannelProtocol server = result.server().getTls().getProtocols().get(0);
		assertNull(server.getEnabled());
		assertEquals(0, server.getDisabledByDefault());
	}
}
