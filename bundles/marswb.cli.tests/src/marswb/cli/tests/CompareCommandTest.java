package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CompareCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static String sample(String name) {
		return RepoFiles.resolve("samples/" + name).toString();
	}

	private static JsonNode valid(CliRun run) throws IOException {
		JsonNode document = JSON.readTree(run.out());
		JsonNode schema = JSON.readTree(RepoFiles.resolve("docs/schema/compare.schema.json").toFile());
		List<String> errors = JsonSchemaValidator.validate(schema, document);
		assertTrue(errors.isEmpty(), String.join("\n", errors));
		return document;
	}

	@Test
	void healthyAgainstBrokenSchedulingShowsTheSeededDifferencesAndTheFindingsThatDiffer() throws IOException {
		CliRun run = CliRun.of("compare", sample("healthy"), sample("broken-scheduling"), "--format", "json");
		assertEquals(1, run.exitCode(), run.err());
		JsonNode document = valid(run);
		assertEquals(false, document.get("sameServer").asBoolean());
		List<String> differences = new ArrayList<>();
		for (JsonNode d : document.get("differences")) {
			if (!d.get("expected").asBoolean() && d.get("state").asText().matches("DIFFERENT|ONLY_LEFT|ONLY_RIGHT")) {
				differences.add(d.get("area").asText() + " " + d.get("feature").asText(""));
			}
		}
		assertEquals(List.of("scheduling policy", "scheduling machinePSModulePath",
				"scheduling multipleInstancesPolicy", "scheduling enabled", "scheduling ", "jobs ", "jobs lines",
				"jobs warnings", "jobs "), differences);
		List<String> findings = new ArrayList<>();
		for (JsonNode f : document.get("findings")) {
			if (f.get("area").asText().equals("scheduling")) {
				findings.add(f.get("check").asText() + " " + f.get("state").asText());
			}
		}
		assertTrue(findings.containsAll(List.of("scheduling.execution-policy-restricted ONLY_RIGHT",
				"scheduling.multiple-instances-not-ignore-new ONLY_RIGHT", "scheduling.task-trigger-disabled ONLY_RIGHT",
				"scheduling.psmodulepath-missing-mars-module ONLY_RIGHT",
				"scheduling.module-files-missing-or-corrupt ONLY_RIGHT")), findings.toString());
		JsonNode policy = null;
		for (JsonNode d : document.get("differences")) {
			if ("multipleInstancesPolicy".equals(d.get("feature").asText()) && d.get("state").asText().equals("DIFFERENT")) {
				policy = d;
			}
		}
		assertEquals("IgnoreNew", policy.get("left").get("value").asText());
		assertEquals("Parallel", policy.get("right").get("value").asText());
		assertTrue(policy.get("right").get("line").asInt() > 0);
	}

	@Test
	void textShowsTheAreaSummaryThenTheDifferencesWithBothValuesAndTheirLines() {
		CliRun run = CliRun.of("compare", sample("healthy"), sample("broken-scheduling"), "--only-different");
		assertEquals(1, run.exitCode(), run.err());
		String out = run.out();
		assertTrue(out.contains("Summary: "), out);
		assertTrue(out.indexOf("[scheduling]") > out.indexOf("Summary: "), out);
		assertTrue(out.contains("DIFFERENT  Scheduled tasks [\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup-SystemStateBackup]"
				+ " \u203a If the task is already running\n"), out);
		assertTrue(out.lines().anyMatch(l -> l.matches("\\s+left\\s+IgnoreNew\\s+tasks/Microsoft-OnlineBackup-SystemStateBackup.xml:\\d+")), out);
		assertTrue(out.lines().anyMatch(l -> l.matches("\\s+right\\s+Parallel\\s+tasks/Microsoft-OnlineBackup-SystemStateBackup.xml:\\d+")), out);
		assertTrue(!out.contains("(expected)"), "--only-different leaves out what is expected to differ");
	}

	@Test
	void textShowsOnlyWhatCountsUnlessAllIsGiven() {
		CliRun counts = CliRun.of("compare", sample("healthy"), sample("broken-scheduling"));
		assertEquals(1, counts.exitCode(), counts.err());
		assertTrue(!counts.out().contains("(expected)"), counts.out());
		assertTrue(!counts.out().contains("\u203a Job ID"), "job ids are expected to differ: " + counts.out());
		assertEquals(counts.out(), CliRun.of("compare", sample("healthy"), sample("broken-scheduling"),
				"--only-different").out(), "--only-different is the default's alias");
		CliRun all = CliRun.of("compare", sample("healthy"), sample("broken-scheduling"), "--all");
		assertEquals(1, all.exitCode(), all.err());
		assertTrue(all.out().contains("(expected)"), all.out());
		assertTrue(all.out().lines().count() > counts.out().lines().count() + 20,
				counts.out().lines().count() + " / " + all.out().lines().count());
		assertEquals(2, CliRun.of("compare", sample("healthy"), sample("broken-scheduling"), "--all",
				"--only-different").exitCode());
	}

	@Test
	void aBundleComparedWithItselfHasNoDifference() throws IOException {
		CliRun run = CliRun.of("compare", sample("broken-cache-encryption"), sample("broken-cache-encryption"),
				"--format", "json", "--only-different");
		assertEquals(0, run.exitCode(), run.out());
		JsonNode document = valid(run);
		assertEquals(0, document.get("differenceCount").asInt());
		assertEquals(0, document.get("differences").size());
	}

	@Test
	void aBaselineRoundTripsAndComparesEqualToItsBundle(@TempDir Path dir) throws IOException {
		Path baseline = dir.resolve("file01.baseline");
		CliRun saved = CliRun.of("baseline", sample("healthy"), baseline.toString(), "--name", "before upgrade");
		assertEquals(0, saved.exitCode(), saved.err());
		assertEquals("", saved.out());
		CliRun run = CliRun.of("compare", baseline.toString(), sample("healthy"), "--format", "json");
		assertEquals(0, run.exitCode(), run.out());
		JsonNode document = valid(run);
		assertEquals("before upgrade", document.get("left").get("baseline").asText());
		assertTrue(document.get("sameServer").asBoolean());
		CliRun against = CliRun.of("compare", sample("broken-scheduling"), baseline.toString());
		assertEquals(1, against.exitCode());
		assertTrue(against.out().contains("baseline \"before upgrade\""), against.out());
	}

	@Test
	void unusableInputAndUsageErrorsExitWith2(@TempDir Path dir) throws IOException {
		assertEquals(2, CliRun.of("compare", sample("healthy")).exitCode());
		assertEquals(2, CliRun.of("compare", sample("healthy"), dir.resolve("nosuch").toString()).exitCode());
		Path broken = Files.writeString(dir.resolve("broken.baseline"), "not xml");
		CliRun run = CliRun.of("compare", sample("healthy"), broken.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("broken.baseline"), run.err());
		assertEquals(2, CliRun.of("baseline", sample("healthy"), dir.resolve("out.xmi").toString()).exitCode());
	}

	@Test
	void helpListsCompareAndBaseline() {
		CliRun run = CliRun.of("help");
		assertTrue(run.out().contains("compare <left> <right|baseline>") && run.out().contains("baseline <bundle>"),
				run.out());
	}
}
