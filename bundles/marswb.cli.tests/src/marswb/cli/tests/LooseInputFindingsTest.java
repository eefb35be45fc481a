package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The same server as a v1 bundle, as loose files under other names (half of them zipped the way a customer zips the
 * agent's Temp folder), and as the bundle {@code marswb import} makes of those files, gives the same findings:
 * check, outcome and subject. The loose files carry the collection time as their file time; what the missing
 * manifest still changes is the server's UTC offset, which only the clock check needs.
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
		assertEquals(expected, findings(imported.toString()), sample + " imported");
	}

	/** check, outcome and subject of every finding, apart from those that need the server's UTC offset. */
	private static Set<String> findings(String bundle) throws IOException {
		CliRun run = CliRun.of("analyze", bundle, "--format", "json");
		assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
		Set<String> result = new TreeSet<>();
		for (JsonNode finding : new ObjectMapper().readTree(run.out()).get("findings")) {
			String check = finding.get("check").asText();
			if (!NEEDS_UTC_OFFSET.contains(check)) {
				result.add(check + " " + finding.get("outcome").asText() + " "
						+ (finding.get("subject").isNull() ? "" : finding.get("subject").asText()));
			}
		}
		return result;
	}
}
