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
 * real value and the map stays outside the bundle. Two bundles redacted with one map compare as their originals.
 */
class RedactCommandTest {

	private static final String REDACTION_ARTIFACT = "artifacts[redaction.json]";

	private static final Set<String> CHOSEN_BY_REDACTION = Set.of("sizeBytes", "bundleName");

	/** Where loose input's files came from: see {@link #comparedRows}. */
	private static final Set<String> PROVENANCE = Set.of("source", "recognition");

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
			Reals reals = Reals.of(map);
			// names of proxies, folders and accounts can be ordinary words ("proxy", "Current"): not looked for
			for (String real : reals(map, Set.of("proxy", "path", "user")).keySet()) {
				assertFalse(word(real).matcher(run.out().toLowerCase()).find(), "printed " + real);
			}
			Set<String> readingSecrets = checksReadingSecrets(out);
			Set<String> expected = new TreeSet<>();
			for (String finding : original) {
				if (!readingSecrets.contains(finding.split(" ", 2)[0])) {
					expected.add(mapped(finding, reals));
				}
			}
			Set<String> actual = new TreeSet<>(findings(out.toString()));
			actual.removeIf(finding -> readingSecrets.contains(finding.split(" ", 2)[0]));
			assertEquals(expected, actual, sample + " " + paths);
			// no sample's secret is a certificate that a check reads: every check concludes as on the original
			assertEquals(Set.of(), readingSecrets, sample);
		}
	}

	/**
	 * A credentials file with a real management certificate: the expiry check dates the file by it, so once the
	 * certificate is removed it can only date it by the file name. The report names that check and the line it read;
	 * every other check concludes as on the original.
	 */
	@Test
	void theReportNamesTheChecksThatReadARemovedSecret() throws Exception {
		Path bundle = temp.resolve("with-certificate");
		Path sample = RepoFiles.resolve("samples/broken-registration-connectivity");
		try (var files = Files.walk(sample)) {
			for (Path file : files.toList()) {
				Path copy = bundle.resolve(sample.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(file, copy);
				}
			}
		}
		Path credentials;
		try (var files = Files.list(bundle.resolve("agent/vault-credentials"))) {
			credentials = files.findFirst().orElseThrow();
		}
		String xml = Files.readString(credentials);
		assertTrue(xml.contains("Q0FOQVJZLVNFQ1JFVC1NQVJTV0I="), xml);
		Files.writeString(credentials, xml.replace("Q0FOQVJZLVNFQ1JFVC1NQVJTV0I=", pfx()));
		Set<String> original = findings(bundle.toString());
		Path out = temp.resolve("redacted.zip");
		Path map = temp.resolve("map.json");
		CliRun run = CliRun.of("redact", bundle.toString(), "--out", out.toString(), "--map", map.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("reads a removed secret  registration.vault-credentials-expired  agent/"
				+ "vault-credentials/vault-0002_Fri Oct 30 2026.VaultCredentials:9"), run.out());
		Set<String> readingSecrets = checksReadingSecrets(out);
		assertEquals(Set.of("registration.vault-credentials-expired"), readingSecrets);
		Reals reals = Reals.of(map);
		Set<String> expected = new TreeSet<>();
		Set<String> differing = new TreeSet<>();
		for (String finding : original) {
			(readingSecrets.contains(finding.split(" ", 2)[0]) ? differing : expected).add(mapped(finding, reals));
		}
		Set<String> redacted = findings(out.toString());
		assertTrue(redacted.containsAll(expected), redacted.toString());
		// the named check did conclude otherwise: it no longer cites the certificate's line
		assertFalse(redacted.containsAll(differing), differing.toString());
	}

	/** A PFX without a password holding a public certificate, in base64, as a credentials file carries it. */
	private static String pfx() throws Exception {
		java.security.cert.Certificate certificate;
		try (var pem = Files.newInputStream(
				RepoFiles.resolve("bundles/marswb.bundle.tests/fixtures/xmlstream/management-cert-public.pem"))) {
			certificate = java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(pem);
		}
		java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setCertificateEntry("vaultcredentials", certificate);
		java.io.ByteArrayOutputStream pfx = new java.io.ByteArrayOutputStream();
		store.store(pfx, new char[0]);
		return java.util.Base64.getEncoder().encodeToString(pfx.toByteArray());
	}

	/** The checks the redaction report names as reading a removed secret; the report is held to its schema. */
	private static Set<String> checksReadingSecrets(Path redacted) throws IOException {
		JsonNode report = report(redacted);
		JsonNode schema = new ObjectMapper().readTree(RepoFiles.resolve("docs/schema/redaction.schema.json").toFile());
		List<String> errors = JsonSchemaValidator.validate(schema, report);
		assertTrue(errors.isEmpty(), String.join("\n", errors));
		Set<String> checks = new TreeSet<>();
		report.get("checksReadingSecrets").forEach(check -> checks.add(check.get("check").asText()));
		return checks;
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
		assertTrue(run.out().contains("removed  managementCert: 1"), run.out());
		assertTrue(run.out().contains("secrets removed on  agent/vault-credentials/vault-0002_Fri Oct 30 2026"
				+ ".VaultCredentials: 1"), run.out());
		assertArrayEquals(mapBefore, Files.readAllBytes(map));
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	/**
	 * Two bundles of one customer redacted with one map (the second run extends it) compare as the originals do:
	 * the same objects by their keys, the same states and values, and the same findings that differ.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "samples/healthy-noisy", "samples/broken-cache-encryption", "samples/broken-scheduling",
			"samples/broken-registration-connectivity", "samples/loose-hand-gathered",
			"samples/loose-support-collector" })
	void comparingTwoRedactedBundlesGivesTheDifferencesOfTheOriginals(String other) throws IOException {
		String left = RepoFiles.resolve("samples/healthy").toString();
		String right = RepoFiles.resolve(other).toString();
		Path map = temp.resolve("map.json");
		Path redactedLeft = temp.resolve("left.zip");
		Path redactedRight = temp.resolve("right.zip");
		assertEquals(0, CliRun.of("redact", left, "--out", redactedLeft.toString(), "--map", map.toString()).exitCode());
		CliRun second = CliRun.of("redact", right, "--out", redactedRight.toString(), "--map", map.toString());
		assertEquals(0, second.exitCode(), second.err());
		Reals reals = Reals.of(map);
		JsonNode original = comparison(left, right);
		JsonNode redacted = comparison(redactedLeft.toString(), redactedRight.toString());
		assertEquals(original.get("sameServer"), redacted.get("sameServer"));
		if (!other.contains("loose")) {
			// loose input's unread files are differences of the original only (see comparedRows)
			assertEquals(original.get("differenceCount"), redacted.get("differenceCount"));
		}
		assertEquals(areaCounts(original), areaCounts(redacted));
		Set<String> secretFiles = new TreeSet<>();
		Set<String> dropped = new TreeSet<>();
		for (Path copy : List.of(redactedLeft, redactedRight)) {
			JsonNode report = report(copy);
			report.get("secretLines").forEach(file -> secretFiles.add(file.get("path").asText()));
			report.get("dropped").forEach(file -> dropped.add(file.get("path").asText()));
		}
		assertEquals(comparedRows(original, reals, secretFiles, dropped),
				comparedRows(redacted, Reals.NONE, secretFiles, dropped), other);
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

	/**
	 * The map's real values with their pseudonyms, longest first, as the redaction replaces them: names as words;
	 * a proxy's name (often the word "proxy") only as a server, before {@code .} or {@code :} or after
	 * {@code ://}; a folder's or file's name (with --paths; "HR", "2022") only within a path, after a backslash.
	 */
	private record Reals(Map<String, String> words, Map<String, String> proxies, Map<String, String> folders) {

		static final Reals NONE = new Reals(Map.of(), Map.of(), Map.of());

		static Reals of(Path map) throws IOException {
			JsonNode values = new ObjectMapper().readTree(map.toFile()).get("values");
			return new Reals(reals(map, Set.of("proxy", "path")), kind(values.get("proxy")), kind(values.get("path")));
		}

		private static Map<String, String> kind(JsonNode values) {
			Map<String, String> reals = new java.util.TreeMap<>(
					Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
			values.fields().forEachRemaining(entry -> reals.put(entry.getKey(), entry.getValue().asText()));
			return reals;
		}
	}

	/** A finding of the original with the real values in its subject and evidence replaced as the map replaced them. */
	private static String mapped(String finding, Reals reals) {
		String[] parts = finding.split(" ", 3);
		return parts[0] + " " + parts[1] + " " + mappedText(parts[2], reals);
	}

	/** Text of the original with its real values replaced as the map replaced them. */
	private static String mappedText(String text, Reals reals) {
		for (Map.Entry<String, String> real : reals.words().entrySet()) {
			text = replace(text, word(real.getKey()), real.getValue());
		}
		for (Map.Entry<String, String> proxy : reals.proxies().entrySet()) {
			String name = Pattern.quote(proxy.getKey());
			text = replace(text, Pattern.compile("(?<![A-Za-z0-9.-])" + name + "(?=[.:])|(?<=://)" + name
					+ "(?![A-Za-z0-9-])", Pattern.CASE_INSENSITIVE), proxy.getValue());
		}
		for (Map.Entry<String, String> folder : reals.folders().entrySet()) {
			text = replace(text, Pattern.compile("(?<=\\\\)" + Pattern.quote(folder.getKey())
					+ "(?=\\\\|\\.[A-Za-z0-9]{1,5}(?![A-Za-z0-9])|$|[\\s\"',\\]])", Pattern.CASE_INSENSITIVE),
					folder.getValue());
		}
		return text;
	}

	/** Every match replaced by the pseudonym, in capitals where the match was. */
	private static String replace(String text, Pattern real, String pseudonym) {
		Matcher m = real.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			boolean capitals = m.group().equals(m.group().toUpperCase()) && !m.group().equals(m.group().toLowerCase());
			m.appendReplacement(out, Matcher.quoteReplacement(capitals ? pseudonym.toUpperCase() : pseudonym));
		}
		return m.appendTail(out).toString();
	}

	private static JsonNode comparison(String left, String right) throws IOException {
		CliRun run = CliRun.of("compare", left, right, "--format", "json");
		assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
		return new ObjectMapper().readTree(run.out());
	}

	/**
	 * The summary without the evidence area: its counts include the redaction's own artifact and the sizes of
	 * rewritten files, which {@link #comparedRows} deals with row by row.
	 */
	private static List<JsonNode> areaCounts(JsonNode comparison) {
		List<JsonNode> areas = new ArrayList<>();
		for (JsonNode area : comparison.get("summary")) {
			if (!area.get("area").asText().equals("evidence")) {
				areas.add(area);
			}
		}
		return areas;
	}

	/**
	 * Every difference (area, path, feature, state, expected, both values with artifact and line) and every finding
	 * (check, subject, both outcomes, state) of a comparison, real values mapped; sorted, since pseudonyms order
	 * objects otherwise than their real keys. What the redaction changes by design is compared only in part:
	 * <ul>
	 * <li>a pseudonym is rarely as long as its real value and the redacted zip is named by whoever redacts, so of a
	 * file's size and the bundle's name only that they were compared is kept;</li>
	 * <li>redaction.json, which both redacted bundles hold, is not a difference;</li>
	 * <li>of a file whose secrets were removed, only that it was compared: its read status said what reading the
	 * secret found (a certificate that would not decode), and now says it was removed;</li>
	 * <li>where loose input's files came from (source, recognition) is not in the copy, which is a bundle and must not
	 * name them (the support collector's folder is the host); the input files the reader did not read are left
	 * out, by the names the report gives them.</li>
	 * </ul>
	 */
	private static List<String> comparedRows(JsonNode comparison, Reals reals, Set<String> secretFiles,
			Set<String> dropped) {
		List<String> rows = new ArrayList<>();
		for (JsonNode d : comparison.get("differences")) {
			String path = d.get("path").asText();
			String feature = d.get("feature").asText("-");
			if (path.equals(REDACTION_ARTIFACT) || PROVENANCE.contains(feature)) {
				continue;
			}
			String artifact = path.startsWith("artifacts[") ? mappedText(path.substring(10, path.length() - 1), reals)
					: null;
			if (artifact != null && dropped.contains(artifact.substring(artifact.lastIndexOf('/') + 1))) {
				continue;
			}
			if (artifact != null && secretFiles.contains(artifact)) {
				rows.add(String.join(" | ", d.get("area").asText(), artifact, "secrets removed"));
				continue;
			}
			rows.add(mappedText(String.join(" | ", d.get("area").asText(), path, feature,
					CHOSEN_BY_REDACTION.contains(feature) ? "compared"
							: String.join(" | ", d.get("state").asText(), d.get("expected").asText(),
									side(d.get("left")), side(d.get("right")))),
					reals));
		}
		for (JsonNode f : comparison.get("findings")) {
			rows.add(mappedText(String.join(" | ", "finding", f.get("check").asText(), f.get("subject").asText("-"),
					f.get("left").asText("-"), f.get("right").asText("-"), f.get("state").asText()), reals));
		}
		rows.sort(Comparator.naturalOrder());
		return rows;
	}

	/** A side of a difference; an artifact's summary without its loose-input provenance, which comes last. */
	private static String side(JsonNode value) {
		if (value.isNull()) {
			return "-";
		}
		String text = value.get("value").asText("-");
		int provenance = text.indexOf(", source=");
		return (provenance < 0 ? text : text.substring(0, provenance)) + " @" + value.get("artifact").asText("-") + ":"
				+ value.get("line").asText("-");
	}

	private static JsonNode report(Path redacted) throws IOException {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(redacted.toFile())) {
			return new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("redaction.json")));
		}
	}

	/** check, outcome, subject and the evidence (artifact:line and value) of every finding. */
	private static Set<String> findings(String bundle) throws IOException {
		CliRun run = CliRun.of("analyze", bundle, "--format", "json");
		assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
		return findings(new ObjectMapper().readTree(run.out()));
	}

	private static Set<String> findings(JsonNode analysis) {
		Set<String> result = new TreeSet<>();
		for (JsonNode finding : analysis.get("findings")) {
			List<String> evidence = new ArrayList<>();
			for (JsonNode e : finding.get("evidence")) {
				evidence.add(e.get("artifact").asText("-") + ":" + e.get("line").asInt() + " " + e.get("value").asText("-"));
			}
			evidence.sort(Comparator.naturalOrder());
			result.add(finding.get("check").asText() + " " + finding.get("outcome").asText() + " "
					+ (finding.get("subject").isNull() ? "" : finding.get("subject").asText()) + " " + evidence);
		}
		return result;
	}
}
