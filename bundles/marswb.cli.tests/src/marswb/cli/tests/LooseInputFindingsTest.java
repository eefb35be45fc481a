package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The same server as a v1 bundle, as loose files under other names (half of them zipped the way a customer zips the
 * agent's Temp folder), and as the bundle {@code marswb import} makes of those files, gives the same findings:
 * check, outcome and subject. The loose files carry the collection time as their file time; what the missing
 * manifest still changes is the server's UTC offset, which only the clock check needs, and that a subject absent by
 * nature (no vault credentials file) is UNKNOWN rather than NOT_APPLICABLE.
 */
class LooseInputFindingsTest {

	/** Needs the manifest's local time: without it the check says UNKNOWN. */
	private static final Set<String> NEEDS_UTC_OFFSET = Set.of("basics.clock-timezone-mismatch");

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "samples/healthy", "samples/broken-scheduling", "samples/broken-cache-encryption",
			"samples/broken-registration-connectivity" })
	void sameFindingsAsV1BundleLooseFilesAndImportedBundle(String sample) throws IOException {
		Path v1 = RepoFiles.resolve(sample);
		JsonNode manifest = new ObjectMapper().readTree(v1.resolve("manifest.json").toFile());
		FileTime collected = FileTime.from(Instant.parse(manifest.get("collectedAtUtc").asText()));
		Path loose = Files.createDirectories(temp.resolve("loose"));
		try (Stream<Path> all = Files.walk(v1);
				ZipOutputStream temp = new ZipOutputStream(Files.newOutputStream(loose.resolve("Temp.zip")))) {
			int n = 0;
			for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
				String relative = v1.relativize(file).toString().replace('\\', '/');
				if (relative.equals("manifest.json")) {
					continue;
				}
				String name = relative.startsWith("agent/logs/") || relative.startsWith("agent/failed-files/")
						|| relative.startsWith("agent/vault-credentials/") || relative.startsWith("tasks/")
								? file.getFileName().toString()
								: relative.endsWith("windows-temp-tmp-count.txt") ? "windows-temp-tmp-count.txt"
										: "output" + (++n) + ".txt";
				if (n % 2 == 0 || relative.startsWith("agent/logs/")) {
					ZipEntry entry = new ZipEntry(name);
					entry.setLastModifiedTime(collected);
					temp.putNextEntry(entry);
					temp.write(Files.readAllBytes(file));
					temp.closeEntry();
				} else {
					Path copy = loose.resolve(name);
					Files.write(copy, Files.readAllBytes(file));
					Files.setLastModifiedTime(copy, collected);
				}
			}
		}
		Set<String> expected = findings(v1.toString());
		Set<String> fromLoose = findings(loose.toString());
		assertEquals(expected, fromLoose, sample + " as loose files");

		Path imported = temp.resolve("imported.zip");
		CliRun run = CliRun.of("import", loose.toString(), "--out", imported.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("agent/registry.reg  <-  "), run.out());
		assertTrue(run.out().contains(": key HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup"), run.out());
		assertEquals(expected, findings(imported.toString()), sample + " imported");
	}

	@Test
	void importOfInputWithoutEvidenceWritesNothingAndExitsTwo() throws IOException {
		Path loose = Files.createDirectories(temp.resolve("pictures"));
		Files.write(loose.resolve("screenshot.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 });
		Path out = temp.resolve("nothing.zip");
		CliRun run = CliRun.of("import", loose.toString(), "--out", out.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.out().contains("screenshot.png: not recognized"), run.out());
		assertTrue(run.err().contains("Nothing in the input was recognized"), run.err());
		assertTrue(!Files.exists(out));
	}

	/**
	 * The loose samples hold part of broken-scheduling's evidence in the shapes customers send. Each is read as the
	 * same files at their v1 paths with broken-scheduling's manifest would be: what was recognized is pinned, and
	 * the findings are those of that v1 bundle.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "samples/loose-hand-gathered", "samples/loose-support-collector" })
	void looseSamplesGiveTheFindingsOfTheSameFilesAsAV1Bundle(String sample) throws IOException {
		Path base = RepoFiles.resolve("samples/broken-scheduling");
		FileTime collected = FileTime.from(Instant.parse(new ObjectMapper()
				.readTree(base.resolve("manifest.json").toFile()).get("collectedAtUtc").asText()));
		Path loose = Files.createDirectories(temp.resolve("loose"));
		try (Stream<Path> files = Files.list(RepoFiles.resolve(sample))) {
			for (Path file : files.toList()) {
				Path copy = Files.copy(file, loose.resolve(file.getFileName()));
				Files.setLastModifiedTime(copy, collected);
			}
		}
		CliRun show = CliRun.of("show", loose.toString(), "--format", "json");
		assertEquals(0, show.exitCode(), show.err());
		Map<String, String> recognized = new TreeMap<>();
		for (JsonNode artifact : new ObjectMapper().readTree(show.out()).get("server").get("artifacts")) {
			if (artifact.hasNonNull("source")) {
				recognized.put(artifact.get("path").asText(), artifact.get("source").asText()
						+ (artifact.hasNonNull("recognition") ? "" : " (" + artifact.get("message").asText() + ")"));
			}
		}
		Path v1 = Files.createDirectories(temp.resolve("v1"));
		Files.copy(base.resolve("manifest.json"), v1.resolve("manifest.json"));
		Path tasks = Files.createDirectories(v1.resolve("tasks"));
		if (sample.endsWith("hand-gathered")) {
			assertEquals(Map.of(
					"agent/failed-files/LastBackupFailedFiles1c4e7_11_19_2026.txt",
					"Temp.zip!/LastBackupFailedFiles1c4e7_11_19_2026.txt",
					"agent/logs/CBEngineCurr.errlog", "Temp.zip!/CBEngineCurr.errlog",
					"agent/logs/GatewayProvider0.errlog", "Temp.zip!/GatewayProvider0.errlog",
					"agent/registry.reg", "MARS_Registry.txt",
					"tasks/Microsoft-OnlineBackup.xml", "Microsoft-OnlineBackup.xml",
					"screenshot.png", "screenshot.png (not recognized)"), recognized);
			// the console's bare <Task> stands for schtasks' wrapped one
			Files.copy(loose.resolve("Microsoft-OnlineBackup.xml"), tasks.resolve("Microsoft-OnlineBackup.xml"));
		} else {
			String tar = "SRV-FILE02.tar!/SRV-FILE02/";
			assertEquals(Map.of(
					"agent/failed-files/LastBackupFailedFiles1c4e7_11_19_2026.txt",
					tar + "CBENGINE_Error_Logs.zip!/LastBackupFailedFiles1c4e7_11_19_2026.txt",
					"agent/logs/CBEngineCurr.errlog", tar + "CBENGINE_Error_Logs.zip!/CBEngineCurr.errlog",
					"agent/logs/GatewayProvider0.errlog", tar + "CBENGINE_Error_Logs.zip!/GatewayProvider0.errlog",
					"agent/registry.reg", tar + "MARS_Registry.txt",
					"agent/jobs.txt", tar + "GetOBJob.txt",
					tar + "msinfo32.nfo", tar + "msinfo32.nfo (not recognized)",
					tar + "EventLogs/CloudBackup.evtx", tar + "EventLogs/CloudBackup.evtx (not read: a binary event log"
							+ " (.evtx); export it as CSV with Get-WinEvent -Path <file> | Select"
							+ " TimeCreated,Id,LevelDisplayName,Message | ConvertTo-Csv -NoTypeInformation)"),
					recognized);
			Files.createDirectories(v1.resolve("agent"));
			Files.write(v1.resolve("agent/jobs.txt"), tarEntry(loose.resolve("SRV-FILE02.tar"), "SRV-FILE02/GetOBJob.txt"));
			// the reason names the table's header line, not the blank line before it
			assertTrue(show.out().contains("\"recognition\" : \"line 2: StartTime"), show.out());
		}
		for (String path : recognized.keySet()) {
			if (Files.isRegularFile(base.resolve(path)) && !path.startsWith("tasks/")) {
				Files.createDirectories(v1.resolve(path).getParent());
				Files.copy(base.resolve(path), v1.resolve(path));
			}
		}
		assertEquals(findings(v1.toString()), findings(loose.toString()), sample);
	}

	/** One file of a plain tar (the collector's), found by walking its 512-byte headers. */
	private static byte[] tarEntry(Path tar, String name) throws IOException {
		byte[] bytes = Files.readAllBytes(tar);
		for (int offset = 0; offset + 512 <= bytes.length && bytes[offset] != 0;) {
			String entry = new String(bytes, offset, 100, StandardCharsets.US_ASCII).replace("\0", "").strip();
			int size = Integer.parseInt(new String(bytes, offset + 124, 11, StandardCharsets.US_ASCII).strip(), 8);
			if (entry.equals(name)) {
				return Arrays.copyOfRange(bytes, offset + 512, offset + 512 + size);
			}
			offset += 512 + (size + 511) / 512 * 512;
		}
		throw new IOException(name + " not in " + tar);
	}

	/** check, outcome and subject of every finding, apart from those that need the server's UTC offset. */
	private static Set<String> findings(String bundle) throws IOException {
		CliRun run = CliRun.of("analyze", bundle, "--format", "json");
		assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
		JsonNode document = new ObjectMapper().readTree(run.out());
		JsonNode schema = new ObjectMapper().readTree(RepoFiles.resolve("docs/schema/analyze.schema.json").toFile());
		List<String> errors = JsonSchemaValidator.validate(schema, document);
		assertTrue(errors.isEmpty(), String.join("\n", errors));
		// a collector's bundle infers nothing; loose input, and the bundle imported from it, say what was inferred
		assertEquals(!Files.isRegularFile(Path.of(bundle, "manifest.json")), document.has("inferred"), bundle);
		Set<String> result = new TreeSet<>();
		for (JsonNode finding : document.get("findings")) {
			String check = finding.get("check").asText();
			if (!NEEDS_UTC_OFFSET.contains(check)) {
				// NOT_APPLICABLE needs a collector's manifest that lists what it did; loose or imported input has
				// none, so the same absence is UNKNOWN there (absence is no evidence without that list)
				String outcome = finding.get("outcome").asText().replace("NOT_APPLICABLE", "UNKNOWN");
				result.add(check + " " + outcome + " "
						+ (finding.get("subject").isNull() ? "" : finding.get("subject").asText()));
			}
		}
		return result;
	}
}
