package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code analyze --suppressions}: suppressed findings show in every format and do not count for the exit code. */
class SuppressionsCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
	private static final String SAMPLE = RepoFiles.resolve("samples/broken-scheduling").toString();

	@TempDir
	Path folder;

	/** A suppressions file with one entry per FAIL finding of the sample, by check and subject. */
	private Path suppressAllFails(LocalDate expires) throws IOException {
		ObjectNode document = JSON.createObjectNode().put("format", "marswb-suppressions/1");
		ArrayNode entries = document.putArray("suppressions");
		for (JsonNode finding : fails(analyze(CLOCK))) {
			ObjectNode entry = entries.addObject().put("check", finding.get("check").asText());
			if (!finding.get("subject").isNull()) {
				entry.put("subject", finding.get("subject").asText());
			}
			entry.put("reason", "change CHG-7 booked").put("author", "li.wei").put("expires", expires.toString());
		}
		assertFalse(entries.isEmpty(), "the sample has FAIL findings");
		return Files.writeString(folder.resolve("marswb-suppressions.json"), JSON.writeValueAsString(document));
	}

	private static JsonNode analyze(Clock clock, String... more) throws IOException {
		List<String> args = new ArrayList<>(List.of("analyze", SAMPLE, "--format", "json"));
		args.addAll(List.of(more));
		CliRun run = CliRun.of(clock, args.toArray(String[]::new));
		assertTrue(run.exitCode() < 2, run.err());
		return JSON.readTree(run.out());
	}

	private static List<JsonNode> fails(JsonNode document) {
		List<JsonNode> fails = new ArrayList<>();
		document.get("findings").forEach(f -> {
			if (f.get("outcome").asText().equals("FAIL")) {
				fails.add(f);
			}
		});
		return fails;
	}

	@Test
	void suppressedUntilTomorrowTheFailsNoLongerCountAndShowTheirSuppression() throws IOException {
		Path file = suppressAllFails(TODAY.plusDays(1));
		CliRun run = CliRun.of(CLOCK, "analyze", SAMPLE, "--format", "json", "--suppressions", file.toString());
		assertEquals(0, run.exitCode(), "every FAIL is suppressed: " + run.err());
		JsonNode document = JSON.readTree(run.out());
		List<String> errors = JsonSchemaValidator.validate(
				JSON.readTree(RepoFiles.resolve("docs/schema/analyze.schema.json").toFile()), document);
		assertTrue(errors.isEmpty(), String.join("\n", errors));
		List<JsonNode> fails = fails(document);
		assertEquals(fails.size(), document.at("/summary/suppressed").asInt());
		assertEquals(fails.size(), document.at("/summary/FAIL").asInt(), "still counted as FAIL");
		for (JsonNode fail : fails) {
			assertEquals("change CHG-7 booked", fail.at("/suppression/reason").asText(), fail.toString());
			assertEquals("li.wei", fail.at("/suppression/author").asText());
			assertEquals("2026-12-08", fail.at("/suppression/expires").asText());
		}
	}

	@Test
	void suppressedUntilYesterdayTheFailsAreBackToday() throws IOException {
		Path file = suppressAllFails(TODAY.minusDays(1));
		CliRun run = CliRun.of(CLOCK, "analyze", SAMPLE, "--format", "json", "--suppressions", file.toString());
		assertEquals(1, run.exitCode(), run.err());
		JsonNode document = JSON.readTree(run.out());
		assertTrue(document.at("/summary/suppressed").isMissingNode());
		fails(document).forEach(f -> assertTrue(f.get("suppression") == null, f.toString()));
		assertEquals(JSON.readTree(CliRun.of(CLOCK, "analyze", SAMPLE, "--format", "json").out()).get("findings"),
				document.get("findings"), "back exactly as they were");
	}

	@Test
	void oneFailLeftUnsuppressedStillFailsTheRun() throws IOException {
		Path file = suppressAllFails(TODAY);
		ObjectNode document = (ObjectNode) JSON.readTree(file.toFile());
		((ArrayNode) document.get("suppressions")).remove(0);
		Files.writeString(file, JSON.writeValueAsString(document));
		assertEquals(1, CliRun.of(CLOCK, "analyze", SAMPLE, "--suppressions", file.toString()).exitCode());
	}

	@Test
	void textMarkdownSarifAndHtmlShowTheSuppression() throws IOException {
		Path file = suppressAllFails(TODAY);
		CliRun text = CliRun.of(CLOCK, "analyze", SAMPLE, "--suppressions", file.toString());
		assertEquals(0, text.exitCode(), text.err());
		long fails = fails(analyze(CLOCK)).size();
		assertTrue(text.out().contains(fails + " finding(s) suppressed by the suppressions file"), text.out());
		assertEquals(fails, text.out().lines()
				.filter(l -> l.strip().equals("Suppressed until 2026-12-07 (UTC) by li.wei: change CHG-7 booked")).count(),
				text.out());

		CliRun markdown = CliRun.of(CLOCK, "analyze", SAMPLE, "--format", "markdown", "--suppressions", file.toString());
		assertEquals(fails, markdown.out().lines().filter(l -> l.startsWith("| **FAIL**")
				&& l.contains("Suppressed until 2026-12-07 (UTC) by li.wei: change CHG-7 booked")).count(), markdown.out());

		CliRun html = CliRun.of(CLOCK, "analyze", SAMPLE, "--format", "html", "--suppressions", file.toString());
		assertEquals(fails, html.out().split("Suppressed until 2026-12-07 \\(UTC\\) by li.wei", -1).length - 1L);

		CliRun sarif = CliRun.of(CLOCK, "analyze", SAMPLE, "--format", "sarif", "--suppressions", file.toString());
		int suppressed = 0;
		for (JsonNode result : JSON.readTree(sarif.out()).at("/runs/0/results")) {
			if (result.get("level").asText().equals("error")) {
				JsonNode suppression = result.at("/suppressions/0");
				assertEquals("external", suppression.get("kind").asText(), result.toString());
				assertEquals("change CHG-7 booked", suppression.get("justification").asText());
				suppressed++;
			} else {
				// where suppressions were applied, an unsuppressed result says so with an empty array
				assertTrue(result.get("suppressions").isArray() && result.get("suppressions").isEmpty(),
						result.toString());
			}
		}
		assertEquals(fails, suppressed);
	}

	@Test
	void aBrokenFileIsUnusableInputNamedWithItsLine() throws IOException {
		Path file = Files.writeString(folder.resolve("broken.json"),
				"{\n  \"format\": \"marswb-suppressions/1\",\n  \"suppressions\": [\n    {\"check\": \"x\" \"reason\": 1}\n  ]\n}");
		CliRun run = CliRun.of(CLOCK, "analyze", SAMPLE, "--suppressions", file.toString());
		assertEquals(2, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().contains(file.toString()) && run.err().contains("line 4"), run.err());
		CliRun absent = CliRun.of(CLOCK, "analyze", SAMPLE, "--suppressions", folder.resolve("none.json").toString());
		assertEquals(2, absent.exitCode());
		assertTrue(absent.err().contains("none.json"), absent.err());
	}
}
