package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code marswb triage} on a queue folder as support teams keep one: the samples as folders, zips and the loose
 * shapes, a nested case folder, a zip without its extension, a damaged zip, an empty folder, a hostile bundle and a note beside the bundles.
 */
class TriageCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String HOSTILE_HOST = "<img src=x onerror=alert(1)>\"SRV,01\"";

	@TempDir
	static Path queue;

	@BeforeAll
	static void makeQueue() throws IOException {
		for (Path sample : ShowCommandTest.samples().toList()) {
			if (sample.getFileName().toString().startsWith("broken")) {
				zip(sample, queue.resolve(sample.getFileName() + ".zip"), Map.of());
			} else {
				copy(sample, queue.resolve("case-1234").resolve("attachments").resolve(sample.getFileName().toString()));
			}
		}
		copy(RepoFiles.resolve("samples/loose-hand-gathered"), queue.resolve("loose-hand-gathered"));
		Files.copy(RepoFiles.resolve("samples/loose-support-collector/SRV-FILE02.tar"), queue.resolve("SRV-FILE02.tar"));
		// a zip whose name lost its extension on the way, known by its first bytes
		Files.copy(queue.resolve("broken-scheduling.zip"), queue.resolve("case-5678"));
		Files.write(queue.resolve("damaged.zip"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.US_ASCII));
		Files.createDirectories(queue.resolve("empty"));
		Files.writeString(queue.resolve("notes.txt"), "call the customer back on Monday\n");
		String manifest = Files.readString(RepoFiles.resolve("samples/healthy/manifest.json"))
				.replace("\"SRV-FILE01\"", JSON.writeValueAsString(HOSTILE_HOST));
		zip(RepoFiles.resolve("samples/healthy"), queue.resolve("hostile.zip"),
				Map.of("manifest.json", manifest, "../../escape.reg", "Windows Registry Editor Version 5.00\r\n"));
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path path : all.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}

	/** Zips a folder, with some entries replaced or added. */
	private static void zip(Path folder, Path zip, Map<String, String> replaced) throws IOException {
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
				Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.filter(Files::isRegularFile).sorted().toList()) {
				String name = folder.relativize(path).toString().replace('\\', '/');
				if (!replaced.containsKey(name)) {
					out.putNextEntry(new ZipEntry(name));
					out.write(Files.readAllBytes(path));
				}
			}
			for (Map.Entry<String, String> entry : replaced.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	private static List<JsonNode> jsonl(CliRun run) throws IOException {
		List<JsonNode> rows = new ArrayList<>();
		for (String line : run.out().split("\n")) {
			rows.add(JSON.readTree(line));
		}
		return rows;
	}

	private static String name(JsonNode row) {
		return queue.relativize(Path.of(row.get("bundle").asText())).toString().replace('\\', '/');
	}

	@Test
	void findsEveryBundleAndSkipsTheNoteBesideThem() throws IOException {
		CliRun run = CliRun.of("triage", queue.toString(), "--format", "jsonl", "--jobs", "2");
		List<String> found = jsonl(run).stream().map(TriageCommandTest::name).sorted().toList();
		List<String> expected = new ArrayList<>(List.of("SRV-FILE02.tar", "case-5678", "damaged.zip", "empty", "hostile.zip",
				"loose-hand-gathered"));
		ShowCommandTest.samples().map(s -> s.getFileName().toString()).forEach(s -> expected
				.add(s.startsWith("broken") ? s + ".zip" : "case-1234/attachments/" + s));
		assertEquals(expected.stream().sorted().toList(), found, run.err());
		assertTrue(run.err().contains(queue.resolve("notes.txt").toString()), run.err());
		assertFalse(run.out().contains("notes.txt"));
	}

	@Test
	void jsonlFollowsTheSchemaWorstFirstAndBrokenInputIsARowWithItsReason() throws IOException {
		CliRun run = CliRun.of("triage", queue.toString(), "--format", "jsonl");
		assertEquals(1, run.exitCode(), run.err());
		JsonNode schema = JSON.readTree(RepoFiles.resolve("docs/schema/triage.schema.json").toFile());
		List<JsonNode> rows = jsonl(run);
		for (JsonNode row : rows) {
			List<String> errors = JsonSchemaValidator.validate(schema, row);
			assertTrue(errors.isEmpty(), name(row) + ": " + String.join("\n", errors));
		}
		List<String> ranks = List.of("FAIL", "unreadable", "ERROR", "WARN", "UNKNOWN", "INFO", "PASS",
				"NOT_APPLICABLE");
		Comparator<JsonNode> order = Comparator
				.comparingInt((JsonNode row) -> ranks.indexOf(row.get("worst").isNull() ? "unreadable"
						: row.get("worst").asText()))
				.thenComparing(Comparator.comparingInt((JsonNode row) -> row.get("summary").get("FAIL").asInt())
						.reversed())
				.thenComparing(row -> row.get("host").isNull() ? "\uffff" : row.get("host").asText(),
						String.CASE_INSENSITIVE_ORDER);
		for (int i = 1; i < rows.size(); i++) {
			assertTrue(order.compare(rows.get(i - 1), rows.get(i)) <= 0, name(rows.get(i - 1)) + " before "
					+ name(rows.get(i)));
		}
		assertEquals("FAIL", rows.get(0).get("worst").asText());
		JsonNode damaged = rows.stream().filter(r -> name(r).equals("damaged.zip")).findFirst().orElseThrow();
		assertTrue(damaged.get("worst").isNull());
		assertTrue(damaged.get("error").asText().contains("damaged.zip"), damaged.toString());
		JsonNode empty = rows.stream().filter(r -> name(r).equals("empty")).findFirst().orElseThrow();
		assertNotNull(empty.get("error").textValue());
		JsonNode broken = rows.stream().filter(r -> name(r).equals("broken-scheduling.zip")).findFirst().orElseThrow();
		assertNull(broken.get("error").textValue());
		assertEquals(broken.get("summary").get("FAIL").asInt(), broken.get("fails").size());
		assertTrue(broken.get("fails").size() > 0);
		JsonNode loose = rows.stream().filter(r -> name(r).equals("loose-hand-gathered")).findFirst().orElseThrow();
		assertTrue(loose.get("inferred").toString().contains("collectedAtUtc"), loose.toString());
		JsonNode hostile = rows.stream().filter(r -> name(r).equals("hostile.zip")).findFirst().orElseThrow();
		assertEquals(HOSTILE_HOST, hostile.get("host").asText(), hostile.toString());
	}

	/** Turned around: each failing check lists exactly the bundles whose rows carry that FAIL, most servers first. */
	@Test
	void byCheckGroupsTheServersOfEachFailingCheck() throws IOException {
		List<JsonNode> rows = jsonl(CliRun.of("triage", queue.toString(), "--format", "jsonl"));
		CliRun run = CliRun.of("triage", queue.toString(), "--by-check", "--format", "jsonl");
		assertEquals(1, run.exitCode(), run.err());
		List<JsonNode> groups = jsonl(run);
		assertFalse(groups.isEmpty(), run.out());
		long checksFailing = rows.stream().flatMap(row -> stream(row.get("fails")))
				.map(fail -> fail.get("check").asText()).distinct().count();
		assertEquals(checksFailing, groups.size());
		for (int i = 0; i < groups.size(); i++) {
			JsonNode group = groups.get(i);
			assertEquals("marswb-triage-by-check/1", group.get("format").asText());
			String check = group.get("check").asText();
			List<String> expected = rows.stream().filter(row -> stream(row.get("fails"))
					.anyMatch(fail -> fail.get("check").asText().equals(check))).map(TriageCommandTest::name)
					.distinct().sorted().toList();
			List<String> listed = stream(group.get("servers")).map(TriageCommandTest::name).distinct().sorted()
					.toList();
			assertEquals(expected, listed, check);
			assertEquals(expected.size(), group.get("serverCount").asInt(), check);
			if (i > 0) {
				assertTrue(groups.get(i - 1).get("serverCount").asInt() >= group.get("serverCount").asInt(),
						"most servers first: " + check);
			}
		}
		CliRun text = CliRun.of("triage", queue.toString(), "--by-check");
		assertTrue(text.out().contains(groups.get(0).get("check").asText() + "  FAIL on "), text.out());
		assertTrue(text.out().lines().reduce((a, b) -> b).orElseThrow().endsWith("2 unreadable"), text.out());
		assertEquals(2, CliRun.of("triage", queue.toString(), "--by-check", "--format", "html").exitCode());
	}

	private static Stream<JsonNode> stream(JsonNode array) {
		List<JsonNode> items = new ArrayList<>();
		array.forEach(items::add);
		return items.stream();
	}

	/** The same rows as analyze finds, one bundle at a time, in every outcome count. */
	@Test
	void countsAreThoseOfAnalyze() throws IOException {
		Path sample = RepoFiles.resolve("samples/broken-scheduling");
		JsonNode row = jsonl(CliRun.of("triage", sample.toString(), "--format", "jsonl")).get(0);
		JsonNode analysis = JSON.readTree(CliRun.of("analyze", sample.toString(), "--format", "json").out());
		assertEquals(analysis.get("summary"), row.get("summary"));
		assertEquals(analysis.get("host"), row.get("host"));
	}

	@Test
	void textIsAnAlignedTableWithFailTitlesAndReasons() throws IOException {
		CliRun run = CliRun.of("triage", queue.toString());
		assertEquals(1, run.exitCode(), run.err());
		List<String> lines = run.out().lines().toList();
		List<String> table = lines.stream().filter(l -> !l.startsWith("    ")).toList();
		int hostColumn = table.get(0).indexOf("Host");
		assertTrue(hostColumn > 0, table.get(0));
		for (String line : table.subList(1, table.size() - 1)) {
			assertTrue(line.charAt(hostColumn - 1) == ' ' && line.charAt(hostColumn) != ' ', line);
		}
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("    FAIL  ")), run.out());
		assertTrue(table.get(1).startsWith("FAIL "), table.get(1));
		assertTrue(table.get(table.size() - 1).matches("\\d+ bundles: \\d+ with FAIL, 2 unreadable"),
				table.get(table.size() - 1));
		assertTrue(run.out().contains("UNREADABLE"), run.out());
	}

	@Test
	void csvQuotesCommasQuotesAndLineBreaks() throws IOException {
		CliRun run = CliRun.of("triage", queue.toString(), "--format", "csv");
		assertEquals(1, run.exitCode(), run.err());
		List<List<String>> records = parseCsv(run.out());
		assertEquals(List.of("bundle", "host", "agentVersion", "collectedAtUtc", "collectedInferred", "worst", "FAIL",
				"ERROR", "WARN", "UNKNOWN", "INFO", "PASS", "NOT_APPLICABLE", "failTitles", "error"), records.get(0));
		List<String> hostile = records.stream().filter(r -> r.get(0).endsWith("hostile.zip")).findFirst()
				.orElseThrow();
		assertEquals(HOSTILE_HOST, hostile.get(1));
		List<String> broken = records.stream().filter(r -> r.get(0).endsWith("broken-scheduling.zip")).findFirst()
				.orElseThrow();
		assertEquals(Integer.parseInt(broken.get(6)), broken.get(13).split("\n").length);
		assertTrue(records.stream().skip(1).allMatch(r -> r.size() == 15));
		assertTrue(run.out().contains("\r\n") && !run.out().replace("\r\n", "").contains("\r"));
	}

	/** A minimal RFC 4180 reader: enough to prove the writer's quoting round-trips. */
	private static List<List<String>> parseCsv(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				assertEquals(0, field.length(), "a quote inside an unquoted field");
				quoted = true;
			} else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			} else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i++;
			} else {
				assertFalse(c == '\n' || c == '\r', "a line break outside quotes");
				field.append(c);
			}
		}
		assertFalse(quoted);
		return records;
	}

	@Test
	void htmlEscapesEveryValueAndAllowsOnlyItsOwnStyleAndScript() throws IOException {
		Path out = queue.resolveSibling(queue.getFileName() + "-triage.html");
		CliRun run = CliRun.of("triage", queue.toString(), "--format", "html", "--out", out.toString());
		assertEquals(1, run.exitCode(), run.err());
		assertEquals("", run.out());
		String html = Files.readString(out);
		assertFalse(html.contains("<img"), "the hostile host name came through unescaped");
		assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;&quot;SRV,01&quot;"));
		Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")
				.matcher(html);
		assertTrue(csp.find(), html);
		// an attribute value, escaped like every other: &#39; is the quote of 'none' and of each hash
		String policy = csp.group(1).replace("&#39;", "'");
		assertTrue(policy.startsWith("default-src 'none';"), policy);
		assertFalse(policy.contains("unsafe") || policy.contains("http"), policy);
		assertEquals(List.of(sha256(only(html, "style"))), sources(policy, "style-src"));
		assertEquals(List.of(sha256(only(html, "script"))), sources(policy, "script-src"));
		assertFalse(Pattern.compile("<[^>]*\\s(src|href)=").matcher(html).find(), "nothing is loaded from elsewhere");
		assertEquals(jsonl(CliRun.of("triage", queue.toString(), "--format", "jsonl")).size(),
				html.split("<tr><td").length - 1);
	}

	private static String only(String html, String element) {
		Matcher matcher = Pattern.compile("<" + element + ">(.*?)</" + element + ">", Pattern.DOTALL).matcher(html);
		assertTrue(matcher.find());
		String text = matcher.group(1);
		assertFalse(matcher.find(), "one " + element + " element");
		return text;
	}

	private static List<String> sources(String policy, String directive) {
		for (String part : policy.split(";")) {
			List<String> words = List.of(part.trim().split(" "));
			if (words.get(0).equals(directive)) {
				return words.subList(1, words.size());
			}
		}
		return List.of();
	}

	private static String sha256(String text) {
		try {
			return "'sha256-" + Base64.getEncoder().encodeToString(
					MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))) + "'";
		} catch (NoSuchAlgorithmException e) {
			throw new AssertionError(e);
		}
	}

	/** Bundles analyzed at once share nothing: the rows are the same one at a time and four at a time. */
	@Test
	void rowsDoNotDependOnTheNumberOfJobs() {
		CliRun one = CliRun.of("triage", queue.toString(), "--format", "jsonl", "--jobs", "1");
		CliRun four = CliRun.of("triage", queue.toString(), "--format", "jsonl", "--jobs", "4");
		assertEquals(one.out(), four.out());
		assertEquals(1, four.exitCode(), four.err());
	}

	@Test
	void exitCodesFollowAnalyze(@TempDir Path nothing) throws IOException {
		assertEquals(0, CliRun.of("triage", RepoFiles.resolve("samples/healthy").toString()).exitCode());
		assertEquals(1, CliRun.of("triage", RepoFiles.resolve("samples/broken-scheduling").toString()).exitCode());
		CliRun empty = CliRun.of("triage", nothing.toString());
		assertEquals(2, empty.exitCode(), empty.out());
		assertEquals(2, CliRun.of("triage").exitCode());
		assertEquals(2, CliRun.of("triage", nothing.toString(), "--jobs", "0").exitCode());
		assertEquals(2, CliRun.of("triage", nothing.toString(), "--format", "xml").exitCode());
	}

	@Test
	void progressGoesToStderrOnlyWhenAskedAndStdoutKeepsOnlyTheTable() throws IOException {
		String sample = RepoFiles.resolve("samples/healthy").toString();
		CliRun quiet = CliRun.of("triage", sample, "--format", "jsonl");
		assertEquals("", quiet.err());
		CliRun shown = CliRun.of("triage", sample, "--format", "jsonl", "--progress");
		assertTrue(shown.err().contains("1/1"), shown.err());
		assertEquals(quiet.out(), shown.out());
	}
}
