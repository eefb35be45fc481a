package marswb.redact.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import marswb.bundle.BundleLimits;
import marswb.redact.BundleRedaction;
import marswb.redact.RedactionMap;
import marswb.redact.Secret;
import marswb.redact.internal.Redactor;
import marswb.redact.internal.TextArtifact;

/**
 * Secrets in every format are removed, not pseudonymized: each file keeps its encoding, BOM, line ends and line
 * count, and redaction.json counts the secrets by kind and says on which lines they were, without a value.
 */
class SecretRemovalTest {

	/** An account key: 64 random bytes in base64, as a storage account's key looks. */
	private static final String KEY = "q3Zp0Xw9Lr7Tn2Bv5Ck8Dj1Fh4Gm6Hs0Ja3Kd9Lf2Mg5Nh8Pj1Qk4Rl7Sm0Tn3Uo6Vp9Wq2Xr5Ys8Zt1Au4Bv7Cw==";
	private static final String SIG = "Zk9pQ2xVbHh3TjRqTXpB%2Bc0xRbFhZdz09";
	private static final String JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQifQ.c2lnbmF0dXJlLWJ5dGVz";
	/** Every secret value of the fixture: none may be left anywhere in the redacted bundle. */
	private static final List<String> SECRETS = List.of(KEY, SIG, JWT, "Hunter2!x", "S3cr3t-Pw", "Pa55w0rd-reg",
			"pw-json-123", "dXNlcjpwYXNzd29yZA==", "P4ss-url", "hex2-pw-9", "xml-pw-77", "CiKey-0001",
			"Q0VSVC1MSU5FLU9ORQ==", "Q0VSVC1MSU5FLVRXTw==");

	@TempDir
	Path temp;

	@Test
	void secretsAreRemovedInEveryFormatAndEachFileKeepsItsShape() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("manifest.json", utf8("{\"format\": \"marsbundle/1\", \"host\": \"SRV-X01\","
				+ " \"collectedAtUtc\": \"2026-11-20T08:15:02Z\"}"));
		String log = String.join("\r\n",
				"0F3C\t1B80\t11/19\t22:00:04.118\t18\tblob.cpp(10)\tNORMAL\tGET https://acct01.blob.core.windows.net/c/b"
						+ "?sv=2021-08-06&se=2026-12-01&sp=r&sig=" + SIG + " done",
				"0F3C\t1B80\t11/19\t22:00:05.118\t18\thttp.cpp(20)\tNORMAL\tAuthorization: Bearer " + JWT,
				"0F3C\t1B80\t11/19\t22:00:06.118\t18\thttp.cpp(21)\tNORMAL\tProxy-Authorization: Basic dXNlcjpwYXNzd29yZA==",
				"0F3C\t1B80\t11/19\t22:00:07.118\t18\tcfg.cpp(30)\tNORMAL\tconnect user=svc;password=Hunter2!x;timeout=30",
				"0F3C\t1B80\t11/19\t22:00:08.118\t18\tcfg.cpp(31)\tNORMAL\tProxyPassword: S3cr3t-Pw",
				"0F3C\t1B80\t11/19\t22:00:09.118\t18\tkey.cpp(40)\tNORMAL\tkey blob " + KEY,
				"0F3C\t1B80\t11/19\t22:00:10.118\t18\tproxy.cpp(50)\tNORMAL\tUsing http://svc-a:P4ss-url@10.1.2.3:8080/ now",
				"0F3C\t1B80\t11/19\t22:00:11.118\t18\tjob.cpp(60)\tWARNING\tJob completed: state Completed", "");
		files.put("agent/logs/CBEngineCurr.errlog", utf16WithBom(log));
		StringBuilder hex = new StringBuilder();
		byte[] utf16 = "pwd=hex2-pw-9\0".getBytes(StandardCharsets.UTF_16LE);
		for (int i = 0; i < utf16.length; i++) {
			hex.append(String.format("%02x", utf16[i] & 0xFF)).append(i + 1 < utf16.length ? "," : "");
			if (i == 9) {
				hex.append("\\\r\n  ");
			}
		}
		String reg = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Azure"
				+ " Backup\\Config]\r\n\"ProxyPassword\"=\"Pa55w0rd-reg\"\r\n\"StorageKey\"=\"" + KEY + "\"\r\n"
				+ "\"Connection\"=hex(2):" + hex + "\r\n\"ScratchLocation\"=\"C:\\\\Scratch\"\r\n\r\n";
		files.put("agent/registry.reg", utf16WithBom(reg));
		files.put("agent/machine-setting.json", utf8("{\n  \"ProxyServer\": \"\",\n  \"ProxyPassword\": \"pw-json-123\",\n"
				+ "  \"ProxyPort\": 0\n}\n"));
		String credentials = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<RSBackupVaultAADCreds>\r\n"
				+ "  <ResourceName>vault-x</ResourceName>\r\n  <ManagementCert>Q0VSVC1MSU5FLU9ORQ==\r\nQ0VSVC1MSU5FLVRXTw==\r\n"
				+ "  </ManagementCert>\r\n  <ChannelIntegrityKey>CiKey-0001</ChannelIntegrityKey>\r\n"
				+ "  <Password>xml-pw-77</Password>\r\n</RSBackupVaultAADCreds>\r\n";
		files.put("agent/vault-credentials/vault-x_Fri Oct 30 2026.VaultCredentials", utf8(credentials));
		Path zip = temp.resolve("secrets.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				out.putNextEntry(new ZipEntry(file.getKey()));
				out.write(file.getValue());
			}
		}
		Path redacted = temp.resolve("redacted.zip");
		BundleRedaction.Result result = BundleRedaction.write(zip, redacted, new RedactionMap(), false,
				BundleLimits.DEFAULT);
		assertEquals(List.of(), result.dropped());
		assertEquals(Map.of(Secret.MANAGEMENT_CERT, 1, Secret.PASSWORD, 7, Secret.URL_TOKEN, 1, Secret.AUTHORIZATION, 2,
				Secret.KEY, 3), result.secrets());
		try (ZipFile out = new ZipFile(redacted.toFile())) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				String name = file.getKey().replace("vault-x", "vault-0001");
				byte[] after = out.getInputStream(out.getEntry(name)).readAllBytes();
				String text = TextArtifact.decode(after, new Charset[1], new int[1]);
				String before = TextArtifact.decode(file.getValue(), new Charset[1], new int[1]);
				for (String secret : SECRETS) {
					assertFalse(text.contains(secret), name + " holds " + secret + ":\n" + text);
				}
				assertEquals(before.split("\n", -1).length, text.split("\n", -1).length, name + " lines:\n" + text);
				assertEquals(before.split("\r\n", -1).length, text.split("\r\n", -1).length, name + " line ends");
				assertEquals(file.getValue()[0], after[0], name + " BOM");
			}
			String logText = TextArtifact.decode(out.getInputStream(out.getEntry("agent/logs/CBEngineCurr.errlog"))
					.readAllBytes(), new Charset[1], new int[1]);
			assertTrue(logText.contains("&sig=REMOVED done"), logText);
			assertTrue(logText.contains("Authorization: Bearer REMOVED"), logText);
			assertTrue(logText.contains("password=REMOVED;timeout=30"), logText);
			assertTrue(logText.contains("state Completed"), logText);
			JsonNode report = new ObjectMapper().readTree(out.getInputStream(out.getEntry(BundleRedaction.REPORT)));
			assertEquals(7, report.get("secretsRemoved").get("password").asInt(), report.toString());
			assertEquals(1, report.get("secretsRemoved").get("managementCert").asInt(), report.toString());
			Map<String, String> lines = new LinkedHashMap<>();
			report.get("secretLines").forEach(f -> lines.put(f.get("path").asText(), f.get("lines").toString()));
			assertEquals("[1,2,3,4,5,6,7]", lines.get("agent/logs/CBEngineCurr.errlog"), report.toString());
			assertEquals("[4,5,6]", lines.get("agent/registry.reg"), report.toString());
			assertEquals("[3]", lines.get("agent/machine-setting.json"), report.toString());
			assertEquals("[4,7,8]", lines.get("agent/vault-credentials/vault-0001_Fri Oct 30 2026.VaultCredentials"),
					report.toString());
			String json = report.toString();
			for (String secret : SECRETS) {
				assertFalse(json.contains(secret), secret);
			}
		}
	}

	/** What must stay: hashes in hex, GUIDs, paths, words after "token" in a message, version numbers. */
	@Test
	void textThatOnlyLooksLikeASecretStays() {
		Redactor redactor = new Redactor(new RedactionMap(), false);
		for (String kept : List.of(
				"\"C:\\Program Files\\x\\MSOnlineBackup.psd1\",\"SHA256\",\"85B9F9AD7E2549C7DED793588C0C9F2BEC49645C3A8679A9D6AB258A2534FFFF\"",
				"Exception in GetAADToken | Params: {Data = }{Message = The remote server returned an error}",
				"Failed to acquire token: The request timed out",
				"HKEY_LOCAL_MACHINE/SOFTWARE/Microsoft/Windows/CurrentVersion/Internet/Settings/Connections",
				"PasswordLastSet=2026-01-01", "the password was not changed", "Authorization failed for the request")) {
			assertEquals(kept, redactor.redact(kept, false));
		}
		assertTrue(redactor.secrets().isEmpty(), redactor.secrets().toString());
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] utf16WithBom(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xFE);
		out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
		return out.toByteArray();
	}
}
