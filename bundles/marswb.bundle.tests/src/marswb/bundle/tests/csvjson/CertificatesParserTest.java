package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.serverAtOffset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.CertificatesParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.Certificate;
import marswb.model.server.ServerPackage.Literals;

class CertificatesParserTest {

	private static final String PATH = "system/certificates.csv";

	@Test
	void readsAgentCertificatesAfterTheTypeLine() {
		Result result = parse(new CertificatesParser(), PATH, CsvJsonAssertions.fixture("certificates.csv"),
				serverAtOffset(480));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		assertEquals(2, result.server().getCertificates().size());
		Certificate agent = result.server().getCertificates().get(0);
		assertEquals("CN=CB_SRV-FILE01", agent.getSubject());
		assertNull(agent.getFriendlyName());
		assertEquals("9F3A6C2E1B7D4F8A0C5E3B1D7F9A2C4E6B8D0F12", agent.getThumbprint());
		assertEquals(Instant.parse("2026-11-05T07:12:45Z"), agent.getNotBefore().toInstant());
		assertEquals(Instant.parse("2031-11-05T07:22:45Z"), agent.getNotAfter().toInstant());
		assertEquals(Boolean.TRUE, agent.getHasPrivateKey());
		assertOrigin(3, "11/5/2031 3:22:45 PM", agent, Literals.CERTIFICATE__NOT_AFTER);

		Certificate vault = result.server().getCertificates().get(1);
		assertTrue(vault.getFriendlyName().endsWith("-vaultcredentials"));
		assertEquals(Boolean.FALSE, vault.getHasPrivateKey());
		assertOrigin(4, "False", vault, Literals.CERTIFICATE__HAS_PRIVATE_KEY);
	}

	@Test
	void badBooleanAndUnknownDateFormAreReported() {
		Result result = parse(new CertificatesParser(), PATH, Fixtures.utf16le("""
				"Subject","FriendlyName","Thumbprint","NotBefore","NotAfter","HasPrivateKey"
				"CN=CB_SRV-FILE01","","AB12","2026年11月5日","2026年11月5日","yes"
				"""));
		Certificate certificate = result.server().getCertificates().get(0);
		assertNull(certificate.getNotBefore());
		assertNull(certificate.getHasPrivateKey());
		assertEquals(2, result.problems().size(), result.problems().toString());
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "2 date(s)"), result.problems().toString());
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "'yes' is neither True nor False (line 2)"),
				result.problems().toString());
	}
}
