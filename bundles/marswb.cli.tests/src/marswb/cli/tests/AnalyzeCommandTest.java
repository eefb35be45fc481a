package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AnalyzeCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	static Stream<Path> samples() throws IOException {
		return ShowCommandTest.samples();
	}

	private static JsonNode analyze(String... args) throws IOException {
		CliRun run = CliRun.of(args);
		assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
		return JSON.readTree(run.out());
	}

	/** FAIL and WARN findings of one area as check or check@subject, sorted. */
	static List<String> problems(JsonNode document, String area) {
		List<String> problems = new ArrayList<>();
		for (JsonNode finding : document.get("findings")) {
			String outcome = finding.get("outcome").asText();
			if (finding.get("area").asText().equals(area) && (outcome.equals("FAIL") || outcome.equals("WARN"))) {
				problems.add(finding.get("check").asText()
						+ (finding.get("subject").isNull() ? "" : "@" + finding.get("subject").asText()));
			}
		}
		return problems.stream().sorted().toList();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void jsonFollowsTheDocumentedSchemaAndExitCodeFollowsTheFails(Path sample) throws IOException {
		CliRun run = CliRun.of("analyze", sample.toString(), "--format", "json");
		JsonNode document = JSON.readTree(run.out());
		JsonNode schema = JSON.readTree(RepoFiles.resolve("docs/schema/analyze.schema.json").toFile());
		List<String> errors = JsonSchemaValidator.validate(schema, document);
		assertTrue(errors.isEmpty(), String.join("\n", errors));
		assertEquals(document.get("summary").get("FAIL").asInt() > 0 ? 1 : 0, run.exitCode());
	}

	@Test
	void healthySampleHasNoProblemsInScheduling() throws IOException {
		assertEquals(List.of(), problems(analyze("analyze", RepoFiles.resolve("samples/healthy").toString(),
				"--format", "json"), "scheduling"));
	}

	/**
	 * The noise of real healthy servers (benign HRESULTs in WARNING lines, the errlog layout without the empty column,
	 * an old failed-file list, German regional settings, a daylight-saving time zone, a Windows 11 client, unbounded
	 * shadow storage) raises no alarm in any area.
	 */
	@Test
	void noisyHealthySampleHasNoFailAndNoWarn() throws IOException {
		JsonNode document = analyze("analyze", RepoFiles.resolve("samples/healthy-noisy").toString(), "--format",
				"json");
		List<String> problems = new ArrayList<>();
		for (JsonNode finding : document.get("findings")) {
			String outcome = finding.get("outcome").asText();
			if (!outcome.equals("PASS") && !outcome.equals("INFO") && !outcome.equals("NOT_APPLICABLE")) {
				problems.add(outcome + " " + finding.get("check").asText() + ": " + finding.get("message").asText());
			}
		}
		assertEquals(List.of(), problems);
		assertEquals(0, document.get("summary").get("FAIL").asInt());
		assertEquals(0, document.get("summary").get("WARN").asInt());
	}

	@Test
	void brokenSchedulingSampleReportsExactlyItsSeededSchedulingProblems() throws IOException {
		JsonNode document = analyze("analyze", RepoFiles.resolve("samples/broken-scheduling").toString(), "--format",
				"json", "--area", "scheduling");
		assertEquals(List.of("scheduling.execution-policy-restricted", "scheduling.module-files-missing-or-corrupt",
				"scheduling.multiple-instances-not-ignore-new@\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup-SystemStateBackup",
				"scheduling.psmodulepath-missing-mars-module",
				"scheduling.task-trigger-disabled@\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup"),
				problems(document, "scheduling"));
		for (JsonNode finding : document.get("findings")) {
			assertEquals("scheduling", finding.get("area").asText(), "--area keeps only that area");
			if (finding.get("outcome").asText().equals("FAIL")) {
				assertTrue(finding.get("evidence").size() > 0 && finding.get("evidence").get(0).get("line").asInt() > 0,
						finding.toString());
			}
		}
	}

	@Test
	void fixClearsTheFindingOnRecheckAndThePlanIsWritten(@TempDir Path dir) throws IOException {
		Path plan = dir.resolve("plan.ps1");
		CliRun run = CliRun.of("analyze", RepoFiles.resolve("samples/broken-scheduling").toString(), "--format", "json",
				"--area", "scheduling", "--fix", "scheduling.set-execution-policy", "--plan", plan.toString());
		JsonNode document = JSON.readTree(run.out());
		JsonNode applied = document.get("appliedFixes").get(0);
		assertEquals("scheduling.execution-policy-restricted", applied.get("cleared").get(0).asText());
		assertTrue(!problems(document, "scheduling").contains("scheduling.execution-policy-restricted"));
		String script = new String(Files.readAllBytes(plan), StandardCharsets.UTF_8);
		assertTrue(script.startsWith("\uFEFF# "), script);
		assertTrue(script.contains("Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope LocalMachine -Force\r\n"),
				script);
	}

	@Test
	void aFixNoFindingOffersIsAUsageError() {
		CliRun run = CliRun.of("analyze", RepoFiles.resolve("samples/healthy").toString(), "--fix",
				"scheduling.set-execution-policy");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("scheduling.set-execution-policy"), run.err());
		assertEquals("", run.out());
	}

	@Test
	void anUnknownFixIdListsTheOfferedOnesOrSaysThereAreNone() {
		CliRun broken = CliRun.of("analyze", RepoFiles.resolve("samples/broken-cache-encryption").toString(), "--fix",
				"bogus");
		assertEquals(2, broken.exitCode());
		assertTrue(broken.err().matches("(?s)No finding offers the quick-fix bogus\\. Offered: [a-z].*"), broken.err());
		assertTrue(broken.err().contains("cache.align-scratch-location"), broken.err());
		CliRun healthy = CliRun.of("analyze", RepoFiles.resolve("samples/healthy").toString(), "--area", "restore",
				"--fix", "bogus");
		assertEquals(2, healthy.exitCode());
		assertTrue(healthy.err().startsWith(
				"No finding offers the quick-fix bogus; the findings of this bundle offer no quick-fix at all."),
				healthy.err());
	}

	@Test
	void unknownAreaIsAUsageError() {
		CliRun run = CliRun.of("analyze", RepoFiles.resolve("samples/healthy").toString(), "--area", "nosuch");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("scheduling"), run.err());
	}

	@Test
	void textReportGroupsByAreaWithEvidenceAndArticleLink() {
		CliRun run = CliRun.of("analyze", RepoFiles.resolve("samples/broken-scheduling").toString(), "--area",
				"scheduling");
		assertEquals(1, run.exitCode());
		assertTrue(run.out().contains("Evidence: tasks/Microsoft-OnlineBackup.xml:"), run.out());
		assertTrue(run.out().contains("#backups-dont-run-according-to-schedule"), run.out());
		assertTrue(run.out().lines().anyMatch(l -> l.startsWith("Summary: 5 FAIL, 0 ERROR")), run.out());
	}

	@Test
	void kbListsEverySectionOfTheArticle() throws IOException {
		CliRun run = CliRun.of("kb", "--format", "json");
		assertEquals(0, run.exitCode());
		JsonNode sections = JSON.readTree(run.out()).get("sections");
		assertEquals(26, sections.size());
		assertEquals("troubleshoot-the-microsoft-azure-recovery-services-mars-agent", sections.get(0).get("anchor").asText());
		JsonNode schedule = sections.get(12);
		assertEquals("backups-dont-run-according-to-schedule", schedule.get("anchor").asText());
		assertTrue(schedule.get("checks").size() >= 6, schedule.toString());
	}
}
