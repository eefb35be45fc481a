package marswb.cli.thirdparty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import marswb.cli.internal.Cli;
import marswb.tests.support.SampleVariant;

/**
 * The area this fragment declares in its fragment.xml, and its one check, appear in every command where our eight
 * areas and their checks appear, in the declared order, though no code of the product names them.
 */
class NinthAreaTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final List<String> AREAS = List.of("scheduling", "cache", "connectivity", "registration",
			"encryption", "restore", "jobs", "basics", "updates");

	private static String sample(String name) {
		return SampleVariant.repo().resolve("samples").resolve(name).toString();
	}

	/** Standard output of one in-process run, after checking its exit code. */
	private static String run(int exitCode, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = Cli.run(args, o, e);
		}
		assertEquals(exitCode, code, err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void showHasASectionForItAfterOursAndBeforeTheArtifacts() {
		String text = run(0, "show", sample("healthy"));
		List<String> headings = text.lines().filter(l -> !l.isEmpty() && !l.startsWith(" ")).skip(1).toList();
		assertEquals(List.of("Scheduling", "Cache (scratch)", "Connectivity", "Registration", "Encryption", "Restore",
				"Backup jobs", "Basics", "Windows updates", "Artifacts"), headings);
		assertTrue(text.contains("\nWindows updates\n  (no configuration values of its own)\n"), text);
	}

	@Test
	void analyzeListsItsFindingUnderItsNameAndInJson() throws IOException {
		String text = run(0, "analyze", sample("healthy"));
		// guidance is one line under its area's name, as the restore area's is
		assertTrue(text.contains("\nWindows updates\n  INFO    Newest update KB5070884, installed 2026-11-12.  "
				+ "[updates.newest-update]\n"), text);
		List<String> ours = new ArrayList<>();
		for (JsonNode finding : JSON.readTree(run(0, "analyze", sample("healthy"), "--format", "json"))
				.get("findings")) {
			if (finding.get("area").asText().equals("updates")) {
				ours.add(finding.get("check").asText() + " " + finding.get("outcome").asText());
			}
		}
		assertEquals(List.of("updates.newest-update INFO"), ours);
		String only = run(0, "analyze", sample("healthy"), "--area", "updates", "--format", "json");
		assertEquals(1, JSON.readTree(only).get("findings").size(), only);
	}

	@Test
	void missingRequiredEvidenceIsUnknownNamingItWithoutRunningTheCheck() throws IOException {
		try (SampleVariant variant = SampleVariant.of("healthy").remove("system/hotfixes.csv")) {
			JsonNode findings = JSON.readTree(run(0, "analyze", variant.folder().toString(), "--area", "updates",
					"--format", "json")).get("findings");
			assertEquals(1, findings.size());
			assertEquals("UNKNOWN", findings.get(0).get("outcome").asText());
			assertTrue(findings.get(0).get("message").asText().contains("system/hotfixes.csv"), findings.toString());
		}
	}

	@Test
	void compareSummarizesItInItsPlaceBeforeTheEvidence() throws IOException {
		JsonNode document = JSON.readTree(run(1, "compare", sample("healthy"), sample("broken-scheduling"), "--format",
				"json"));
		List<String> areas = new ArrayList<>();
		document.get("summary").forEach(area -> areas.add(area.get("area").asText()));
		List<String> expected = new ArrayList<>(AREAS);
		expected.add("evidence");
		assertEquals(expected, areas);
		String text = run(1, "compare", sample("healthy"), sample("broken-scheduling"));
		assertTrue(text.lines().anyMatch(l -> l.startsWith("  updates ")), text);
	}

	@Test
	void kbListsItsCheckUnderItsArticleSectionAndItsArea() throws IOException {
		JsonNode document = JSON.readTree(run(0, "kb", "--format", "json"));
		for (JsonNode section : document.get("sections")) {
			List<String> checks = new ArrayList<>();
			section.get("checks").forEach(c -> checks.add(c.asText()));
			assertEquals(section.get("anchor").asText().equals("basic-troubleshooting"),
					checks.contains("updates.newest-update"), section.toString());
		}
		List<String> areas = new ArrayList<>();
		document.get("areas").forEach(area -> areas.add(area.get("id").asText()));
		assertEquals(AREAS, areas);
		JsonNode updates = document.get("areas").get(AREAS.size() - 1);
		assertEquals("Windows updates", updates.get("name").asText());
		assertEquals("[{\"id\":\"updates.newest-update\",\"title\":\"Newest installed Windows update\"}]",
				updates.get("checks").toString());
		String text = run(0, "kb");
		assertTrue(text.contains(
				"\nWindows updates  [updates]\n    updates.newest-update  Newest installed Windows update\n"), text);
	}
}
