package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * The sample broken-registration-connectivity carries a vault credentials file whose ManagementCert is a canary.
 * Neither its base64 text nor its decoded bytes may appear in any output, in the platform log, or in a file the
 * run leaves in the temporary folder.
 */
class SecretsNeverLeakTest {

	private static final String CANARY_BASE64 = "Q0FOQVJZLVNFQ1JFVC1NQVJTV0I=";
	private static final String CANARY_TEXT = "CANARY-SECRET-MARSWB";

	@Test
	void theManagementCertNeverAppearsInOutputLogsOrTemporaryFiles() throws IOException {
		String sample = RepoFiles.resolve("samples/broken-registration-connectivity").toString();
		String vaultFile = Files.readString(
				RepoFiles.resolve("samples/broken-registration-connectivity/agent/vault-credentials")
						.resolve("contoso-vault_Fri Oct 30 2026.VaultCredentials"),
				StandardCharsets.UTF_8);
		assertTrue(vaultFile.contains(CANARY_BASE64), "the sample must carry the canary for this test to mean anything");

		Path temp = Path.of(System.getProperty("java.io.tmpdir"));
		long started = System.currentTimeMillis();
		List<CliRun> runs = new ArrayList<>();
		runs.add(CliRun.of("show", sample));
		runs.add(CliRun.of("show", sample, "--format", "json"));
		runs.add(CliRun.of("analyze", sample));
		runs.add(CliRun.of("analyze", sample, "--format", "json"));
		runs.add(CliRun.of("analyze", sample, "--format", "html"));
		runs.add(CliRun.of("analyze", sample, "--format", "sarif"));
		runs.add(CliRun.of("analyze", sample, "--format", "markdown"));
		for (CliRun run : runs) {
			for (String canary : List.of(CANARY_BASE64, CANARY_TEXT)) {
				assertFalse(run.out().contains(canary), "stdout leaks the ManagementCert");
				assertFalse(run.err().contains(canary), "stderr leaks the ManagementCert");
			}
		}
		assertTrue(runs.get(1).out().contains("\"managementCertPresent\" : true"), "the file was read");

		// a bundle made by import is made to be passed on: the certificate stays behind, its presence is kept
		Path imported = Files.createTempDirectory("marswb-secrets-").resolve("imported.zip");
		try {
			CliRun importRun = CliRun.of("import", sample, "--out", imported.toString());
			assertTrue(importRun.exitCode() == 0, importRun.err());
			try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(imported.toFile())) {
				for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
					String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
					assertFalse(text.contains(CANARY_BASE64) || text.contains(CANARY_TEXT), entry + " leaks it");
				}
			}
			CliRun shown = CliRun.of("show", imported.toString(), "--format", "json");
			assertTrue(shown.out().contains("\"managementCertPresent\" : true"), shown.out());
			for (CliRun run : List.of(importRun, shown)) {
				assertFalse(run.out().contains(CANARY_BASE64) || run.err().contains(CANARY_BASE64), "import leaks it");
			}
		} finally {
			Files.deleteIfExists(imported);
			Files.deleteIfExists(imported.getParent());
		}

		Path log = Platform.getLogFileLocation().toFile().toPath();
		if (Files.exists(log)) {
			String logText = Files.readString(log, StandardCharsets.ISO_8859_1);
			assertFalse(logText.contains(CANARY_BASE64) || logText.contains(CANARY_TEXT), "the platform log leaks it");
		}
		for (Path file : filesWrittenSince(temp, started)) {
			String text;
			try {
				text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
			} catch (IOException e) {
				// another process's file, gone or locked since the walk: not one of ours
				continue;
			}
			assertFalse(text.contains(CANARY_BASE64) || text.contains(CANARY_TEXT), file + " leaks it");
		}
	}

	/**
	 * Regular files under {@code dir} (three levels deep) written since {@code millis}. Other processes create and
	 * delete files there meanwhile: what vanishes during the walk is passed over, and the walk goes on.
	 */
	private static List<Path> filesWrittenSince(Path dir, long millis) throws IOException {
		List<Path> found = new ArrayList<>();
		Files.walkFileTree(dir, Set.of(), 3, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile() && modifiedSince(file, millis)) {
					found.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) {
				return FileVisitResult.CONTINUE;
			}
		});
		return found;
	}

	private static boolean modifiedSince(Path file, long millis) {
		try {
			return Files.getLastModifiedTime(file).toMillis() >= millis && Files.size(file) < 64L << 20;
		} catch (IOException e) {
			return false;
		}
	}
}
