package marswb.bundle.tests.xmlstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import marswb.bundle.ManagementCertRemoval;
import marswb.bundle.internal.artifacts.VaultCredentialsParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.provenance.Provenance;
import marswb.model.server.Origin;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.VaultCredentials;

class VaultCredentialsParserTest {

	private static final String FILE = "myvault_Sun Apr 10 2016.VaultCredentials";
	private static final String PATH = "agent/vault-credentials/" + FILE;
	/** base64 of CANARY-SECRET-MARSWB: stands for the PFX with its private key. */
	private static final String CANARY = "Q0FOQVJZLVNFQ1JFVC1NQVJTV0I=";
	private static final String CANARY_DECODED = "CANARY-SECRET-MARSWB";

	private static Result parse(String path, byte[] content) {
		return ParserHarness.run(new VaultCredentialsParser(), path, content);
	}

	private static String credentials(String managementCert) {
		String fixture = new String(Evidence.fixture(FILE), StandardCharsets.UTF_8);
		return fixture.replace(CANARY, managementCert);
	}

	@Test
	void readsTheElementsWithTheirLines() {
		byte[] content = Evidence.fixture(FILE);
		Result result = parse(PATH, content);
		assertNull(result.failure());
		VaultCredentials vault = result.server().getVaultCredentials().get(0);
		assertEquals(FILE, vault.getFileName());
		assertEquals(Instant.parse("2016-04-10T00:00:00Z"), vault.getFileNameDate().toInstant());
		assertEquals("2.0", vault.getVersion());
		assertEquals(4, Provenance.of(vault, Literals.VAULT_CREDENTIALS__VERSION).orElseThrow().getLine());
		assertEquals("3f2b6c1e-8d4a-4b7e-9c21-5e6f7a8b9c0d", vault.getSubscriptionId());
		assertEquals("Vaults", vault.getResourceType());
		assertEquals("myvault", vault.getResourceName());
		assertEquals("5551234567890123456", vault.getResourceId());
		assertEquals("rg-backup", vault.getResourceGroup());
		assertEquals("chinanorth2", vault.getLocation());
		assertEquals("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", vault.getAadTenantId());
		assertEquals(14, Provenance.of(vault, Literals.VAULT_CREDENTIALS__AAD_TENANT_ID).orElseThrow().getLine());
		assertTrue(vault.isManagementCertPresent());
		// the root's start tag spans two lines (NewLineOnAttributes): its origin shows the first part
		Origin root = Provenance.ofObject(vault).orElseThrow();
		assertEquals(2, root.getLine());
		assertEquals("<RSBackupVaultAADCreds xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"", root.getRaw());
		Evidence.assertOriginsOnTheirLines(result.server(), PATH, content);
	}

	@Test
	void managementCertContentIsNowhere() {
		Result result = parse(PATH, Evidence.fixture(FILE));
		VaultCredentials vault = result.server().getVaultCredentials().get(0);
		assertTrue(vault.isManagementCertPresent());
		assertNull(vault.getCertSubject());
		assertEquals(1, result.problems().size());
		assertTrue(result.problems().get(0).startsWith("management certificate could not be read"));
		Origin certOrigin = Provenance.of(vault, Literals.VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT).orElseThrow();
		assertEquals("<ManagementCert>", certOrigin.getRaw());
		assertNoCanary(result);
	}

	@Test
	void undecodableManagementCertLeaksNothing() {
		String broken = "%%" + CANARY + "%%not*base64";
		Result result = parse(PATH, credentials(broken).getBytes(StandardCharsets.UTF_8));
		assertNull(result.failure());
		assertFalse(result.server().getVaultCredentials().get(0).getCertSubject() != null);
		assertFalse(String.join("\n", result.problems()).contains("%%"));
		assertNoCanary(result);
	}

	@Test
	void certificateDatesAndSubjectAreReadInMemory() throws Exception {
		X509Certificate certificate;
		try (var pem = new ByteArrayInputStream(Evidence.fixture("management-cert-public.pem"))) {
			certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
		}
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setCertificateEntry("vaultcredentials", certificate);
		ByteArrayOutputStream pfx = new ByteArrayOutputStream();
		store.store(pfx, new char[0]);
		String base64 = Base64.getEncoder().encodeToString(pfx.toByteArray());

		Result result = parse(PATH, credentials(base64).getBytes(StandardCharsets.UTF_8));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		VaultCredentials vault = result.server().getVaultCredentials().get(0);
		assertEquals("CN=Windows Azure Tools", vault.getCertSubject());
		assertEquals(certificate.getNotBefore(), vault.getCertNotBefore());
		assertEquals(certificate.getNotAfter(), vault.getCertNotAfter());
		assertEquals("<ManagementCert>",
				Provenance.of(vault, Literals.VAULT_CREDENTIALS__CERT_NOT_AFTER).orElseThrow().getRaw());
		String xmi = Evidence.xmi(result.server());
		assertFalse(xmi.contains(base64.substring(0, 40)));
	}

	@Test
	void fileNameDates() {
		byte[] content = Evidence.fixture(FILE);
		VaultCredentials asr = parse("agent/vault-credentials/myvault_2024-03-05T10-20-30.VaultCredentials", content)
				.server().getVaultCredentials().get(0);
		assertEquals(Instant.parse("2024-03-05T10:20:30Z"), asr.getFileNameDate().toInstant());
		VaultCredentials plain = parse("agent/vault-credentials/myvault.VaultCredentials", content).server()
				.getVaultCredentials().get(0);
		assertNull(plain.getFileNameDate());
		// Apr 10 2016 was a Sunday: a wrong weekday is no date
		VaultCredentials wrongDay = parse("agent/vault-credentials/myvault_Mon Apr 10 2016.VaultCredentials", content)
				.server().getVaultCredentials().get(0);
		assertNull(wrongDay.getFileNameDate());
	}

	/** The collector and marswb import empty the element and mark it: the certificate was there, its facts unknown. */
	@Test
	void aCertificateTheCollectorRemovedCountsAsPresent() throws Exception {
		String original = "<RSBackupVaultAADCreds xmlns=\"http://schemas.datacontract.org/2004/07/x\">\n"
				+ "  <Version>2.0</Version>\n  <ManagementCert>Q0FOQVJZLVNFQ1JFVC1NQVJTV0I=</ManagementCert>\n"
				+ "</RSBackupVaultAADCreds>\n";
		for (java.nio.charset.Charset charset : java.util.List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE)) {
			byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[] { (byte) 0xFF, (byte) 0xFE } : new byte[0];
			ByteArrayOutputStream file = new ByteArrayOutputStream();
			file.write(bom);
			file.write(original.getBytes(charset));
			byte[] stripped = ManagementCertRemoval.strip(file.toByteArray());
			String text = new String(stripped, bom.length, stripped.length - bom.length, charset);
			assertFalse(text.contains("Q0FOQVJZ"), text);
			assertTrue(text.contains("mwb:removed=\"true\""), text);
			Result result = parse(PATH, stripped);
			assertNull(result.failure());
			assertTrue(result.problems().isEmpty(), result.problems().toString());
			VaultCredentials vault = result.server().getVaultCredentials().get(0);
			assertTrue(vault.isManagementCertPresent());
			assertNull(vault.getCertNotBefore());
		}
	}

	/** A certificate the removal cannot take out safely (a comment inside the element) stops the copy. */
	@Test
	void aCertificateThatCannotBeRemovedSafelyIsRefused() {
		String text = "<RSBackupVaultAADCreds>\n  <ManagementCert>MIIK<!-- x -->AAAA</ManagementCert>\n</RSBackupVaultAADCreds>\n";
		org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
				() -> ManagementCertRemoval.strip(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void missingElementsStayUnknown() {
		Result result = parse(PATH, "<RSBackupVaultAADCreds xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
				+ "  <Version>2.0</Version>\n  <ResourceName i:nil=\"true\"/>\n  <ManagementCert></ManagementCert>\n"
				+ "</RSBackupVaultAADCreds>\n");
		assertNull(result.failure());
		VaultCredentials vault = result.server().getVaultCredentials().get(0);
		assertEquals("2.0", vault.getVersion());
		assertNull(vault.getResourceName());
		assertNull(vault.getAadTenantId());
		assertFalse(vault.isManagementCertPresent());
		assertEquals(1, result.problems().size(), result.problems().toString());
	}

	@Test
	void otherDocumentsAreUnreadable() {
		Result asr = parse(PATH, "<RSVaultAsrCreds><ManagementCert>QUJD</ManagementCert></RSVaultAsrCreds>");
		assertTrue(asr.failure().getMessage().contains("Site Recovery"), asr.failure().getMessage());
		Result other = parse(PATH, "<html/>");
		assertTrue(other.failure().getMessage().contains("not RSBackupVaultAADCreds"));
		Result broken = parse(PATH, credentials(CANARY).substring(0, 400).getBytes(StandardCharsets.UTF_8));
		assertNotNull(broken.failure());
		assertFalse(broken.failure().getMessage().contains(CANARY));
		Result doctype = parse(PATH, ("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<RSBackupVaultAADCreds><ResourceName>&e;</ResourceName></RSBackupVaultAADCreds>\n"));
		assertTrue(doctype.failure().getMessage().contains("DOCTYPE"));
	}

	private static Result parse(String path, String text) {
		return parse(path, text.getBytes(StandardCharsets.UTF_8));
	}

	private static void assertNoCanary(Result result) {
		String xmi = Evidence.xmi(result.server());
		assertTrue(xmi.contains("myvault"), "the model was serialized");
		assertFalse(xmi.contains(CANARY), "base64 of the certificate in the model");
		assertFalse(xmi.contains(CANARY_DECODED), "decoded certificate in the model");
		String problems = String.join("\n", result.problems());
		assertFalse(problems.contains(CANARY) || problems.contains(CANARY_DECODED), problems);
	}
}
