package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code marswb redact} on every sample: the redacted bundle gives the findings of the original (check, outcome,
 * and subject with its real values mapped through the map), with and without {@code --paths}; the command prints no
 * real value and the map stays outside the bundle.
 */
class RedactCommandTest {

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "samples/healthy", "samples/healthy-noisy", "samples/broken-scheduling",
			"samples/broken-cache-encryption", "samples/broken-registration-connectivity",
			"samples/loose-hand-gathered", "samples/loose-support-collector" })
	void redactedBundleGivesTheSameFindings(String sample) throws IOException {
		Set<String> original = findings(RepoFiles.resolve(sample).toString());
		for (String paths : List.of("", "--paths")) {
			Path out = temp.resolve("redacted" + paths + ".zip");
			Path map = temp.resolve("map" + paths + ".json");
			List<String> args = new ArrayList<>(List.of("redact", RepoFiles.resolve(sample).toString(), "--out",
					out.toString(), "--map", map.toString()));
			if (!paths.isEmpty()) {
				args.add(paths);
			}
			CliRun run = CliRun.of(args.toArray(String[]::new));
			assertEquals(0, run.exitCode(), run.err());
			Map<String, String> reals = reals(map, Set.of());
			// names of proxies, folders and accounts can be ordinary words ("proxy", "Current"): not looked for
			for (String real : reals(map, Set.of("proxy", "path", "user")).keySet()) {
				assertFalse(word(real).matcher(run.out().toLowerCase()).find(), "printed " + real);
			}
			Set<String> expected = new TreeSet<>();
			for (String finding : original) {
				expected.add(mapped(finding, reals));
			}
			assertEquals(expected, findings(out.toString()), sample + " " + paths);
		}
	}

	@Test
	void anExistingMapIsReusedAndTheSameBundleGivesTheSameBytes() throws IOException {
		String sample = RepoFiles.resolve("samples/broken-registration-connectivity").toString();
		Path map = temp.resolve("map.json");
		Path first = temp.resolve("first.zip");
		Path second = temp.resolve("second.zip");
		assertEquals(0, CliRun.of("redact", sample, "--out", first.toString(), "--map", map.toString()).exitCode());
		byte[] mapBefore = Files.readAllBytes(map);
		CliRun run = CliRun.of("redact", sample, "--out", second.toString(), "--map", map.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("ManagementCert removed  agent/vault-credentials/vault-0002_Fri Oct 30 2026"
				+ ".VaultCredentials"), run.out());
		assertArrayEquals(mapBefore, Files.readAllBytes(map));
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void usageWithoutMapExitsTwo() {
		CliRun run = CliRun.of("redact", "bundle.zip", "--out", "x.zip");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("--map private-map.json"), run.err());
	}

	/** Every real value of the map with its pseudonym, longest first. */
	private static Map<String, String> reals(Path map, Set<String> leftOut) throws IOException {
		JsonNode root = new ObjectMapper().readTree(map.toFile());
		Map<String, String> reals = new java.util.TreeMap<>(
				Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		for (Iterator<Map.Entry<String, JsonNode>> kinds = root.get("values").fields(); kinds.hasNext();) {
			Map.Entry<String, JsonNode> kind = kinds.next();
			if (leftOut.contains(kind.getKey())) {
				continue;
			}
			for (Iterator<Map.Entry<String, JsonNode>> it = kind.getValue().fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> entry = it.next();
				if (entry.getKey().length() >= 3) {
					reals.put(entry.getKey(), entry.getValue().asText());
				}
			}
		}
		return reals;
	}

	private static Pattern word(String real) {
		return Pattern.compile("(?<![a-z0-9])" + Pattern.quote(real) + "(?![a-z0-9])", Pattern.CASE_INSENSITIVE);
	}

	/** A finding of the original with the real values in its subject replaced as the map replaced them. */
	private static String mapped(String finding, Map<String, String> reals) {
		String[] parts = finding.split(" ", 3);
		String text = parts[2];
		for (Map.Entry<String, String> real : reals.entrySet()) {
			Matcher m = word(real.getKey()).matcher(text);
			StringBuilder out = new StringBuilder();
			while (m.find()) {
				boolean capitals = m.group().equals(m.group().toUpperCase()) && !m.group().equals(m.group().toLowerCase());
				m.appendReplacement(out, Matcher.quoteReplacement(capitals ? real.getValue().toUpperCase() : real.getValue()));
			}
			m.appendTail(out);
			text = out.toString();
		}
		return parts[0] + " " + parts[1] + " " + text;
	}

	/** check, outcome and subject of every finding. */
	private static Set<String> findings(String bundle) throws IOException {
		CliRun run = CliRun.of("analyze", bundle, "--format", "json");
		assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
		Set<String> result = new TreeSet<>();
		for (JsonNode finding : new ObjectMapper().readTree(run.out()).get("findings")) {
			result.add(finding.get("check").asText() + " " + finding.get("outcome").asText() + " "
					+ (finding.get("subject").isNull() ? "" : finding.get("subject").asText()));
		}
		return result;
	}
}
