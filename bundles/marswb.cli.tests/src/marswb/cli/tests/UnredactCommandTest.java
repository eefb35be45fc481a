package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code marswb unredact}: the report of a redacted bundle, given back its real names with the private map, says
 * what the report of the original says; the map is only read.
 */
class UnredactCommandTest {

	private static final String SAMPLE = "samples/broken-registration-connectivity";

	@TempDir
	Path temp;

	private Path map;
	private Path redacted;
	private byte[] mapBytes;
	private FileTime mapTime;

	@BeforeEach
	void redact() throws IOException {
		map = temp.resolve("map.json");
		redacted = temp.resolve("redacted.zip");
		CliRun run = CliRun.of("redact", RepoFiles.resolve(SAMPLE).toString(), "--out", redacted.toString(), "--map",
				map.toString());
		assertEquals(0, run.exitCode(), run.err());
		mapBytes = Files.readAllBytes(map);
		mapTime = FileTime.fromMillis(0);
		Files.setLastModifiedTime(map, mapTime);
	}

	@Test
	void theReportOfTheRedactedBundleGetsTheRealNamesBack() throws IOException {
		Path report = temp.resolve("report.json");
		assertTrue(CliRun.of("analyze", redacted.toString(), "--format", "json", "--out", report.toString())
				.exitCode() <= 1);
		Path restored = temp.resolve("restored.json");
		CliRun run = CliRun.of("unredact", report.toString(), "--map", map.toString(), "--out", restored.toString());
		assertEquals(0, run.exitCode(), run.err());
		CliRun original = CliRun.of("analyze", RepoFiles.resolve(SAMPLE).toString(), "--format", "json");
		assertEquals(findings(new ObjectMapper().readTree(original.out())),
				findings(new ObjectMapper().readTree(restored.toFile())));
		String text = Files.readString(restored).toLowerCase(Locale.ROOT);
		assertTrue(text.contains("srv-app02") && text.contains("contoso-vault"), text);
		assertFalse(text.contains("host-0001") || text.contains("vault-0002"), text);
		assertMapUntouched();
	}

	@Test
	void withoutOutTheTextGoesToStdout() throws IOException {
		Path ticket = temp.resolve("ticket.txt");
		Files.writeString(ticket, "Server HOST-0001 (192.0.2.15 and 192.0.2.1) cannot reach vault-0001.\n",
				StandardCharsets.UTF_8);
		Files.setLastModifiedTime(map, mapTime);
		JsonNode values = new ObjectMapper().readTree(map.toFile()).get("values");
		CliRun run = CliRun.of("unredact", ticket.toString(), "--map", map.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("Server " + real(values, "host", "host-0001").toUpperCase(Locale.ROOT) + " (192.0.2.15 and "
				+ real(values, "ipv4", "192.0.2.1") + ") cannot reach " + real(values, "vault", "vault-0001") + ".\n",
				run.out().replace("\r\n", "\n"));
		assertMapUntouched();
	}

	@Test
	void theMapIsNeverTheOutputAndBinaryInputIsRefused() throws IOException {
		CliRun intoMap = CliRun.of("unredact", map.toString(), "--map", map.toString(), "--out", map.toString());
		assertEquals(2, intoMap.exitCode());
		assertTrue(intoMap.err().contains("--out must not be the map"), intoMap.err());
		CliRun binary = CliRun.of("unredact", redacted.toString(), "--map", map.toString());
		assertEquals(2, binary.exitCode());
		assertTrue(binary.err().contains("not text"), binary.err());
		assertEquals(2, CliRun.of("unredact", redacted.toString()).exitCode());
		assertMapUntouched();
	}

	/** The real value the map gives a pseudonym of a kind. */
	private static String real(JsonNode values, String kind, String pseudonym) {
		for (var it = values.get(kind).fields(); it.hasNext();) {
			var entry = it.next();
			if (entry.getValue().asText().equals(pseudonym)) {
				return entry.getKey();
			}
		}
		throw new AssertionError(kind + " " + pseudonym + " not in the map");
	}

	private void assertMapUntouched() throws IOException {
		assertArrayEquals(mapBytes, Files.readAllBytes(map));
		assertEquals(mapTime, Files.getLastModifiedTime(map));
	}

	/** check, outcome, subject and evidence of every finding, without case (a map keeps a name as first seen). */
	private static Set<String> findings(JsonNode analysis) {
		Set<String> result = new TreeSet<>();
		for (JsonNode finding : analysis.get("findings")) {
			StringBuilder line = new StringBuilder(finding.get("check").asText() + " " + finding.get("outcome").asText()
					+ " " + finding.get("subject").asText("-") + " " + finding.get("message").asText("-"));
			for (JsonNode e : finding.get("evidence")) {
				line.append(" | ").append(e.get("artifact").asText("-")).append(':').append(e.get("line").asInt())
						.append(' ').append(e.get("value").asText("-"));
			}
			result.add(line.toString().toLowerCase(Locale.ROOT));
		}
		return result;
	}
}
