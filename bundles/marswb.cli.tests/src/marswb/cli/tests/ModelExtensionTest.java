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

import marswb.cli.internal.ModelJsonSchema;
import marswb.model.provenance.Provenance;
import marswb.model.server.Located;
import marswb.model.server.Server;
import marswb.tests.support.SampleVariant;
import marswb.tests.support.extension.ExtensionWriters;

/**
 * A plugin's parser (contributed by marswb.tests.support for extra/writers.txt) puts objects of its own EPackage
 * into Server.extensions; reading, show --format json and its schema, compare and baselines handle them without
 * knowing their class.
 */
class ModelExtensionTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static SampleVariant withWriters(String text) {
		return SampleVariant.of("healthy").writeWindowsText("extra/writers.txt", text);
	}

	@Test
	void thePluginParserFillsTheSlotWithEveryValueAtItsLine() {
		try (SampleVariant variant = withWriters("System Writer=Stable\n\nWMI Writer=Failed\n")) {
			Server server = variant.read();
			assertEquals(2, server.getExtensions().size());
			Located wmi = (Located) server.getExtensions().get(1);
			assertEquals(ExtensionWriters.WRITER, wmi.eClass());
			assertEquals("Failed", wmi.eGet(ExtensionWriters.STATE));
			assertEquals("extra/writers.txt", Provenance.of(wmi, ExtensionWriters.STATE).orElseThrow().getArtifact());
			assertEquals(3, Provenance.of(wmi, ExtensionWriters.STATE).orElseThrow().getLine());
			assertEquals(3, Provenance.ofObject(wmi).orElseThrow().getLine());
		}
	}

	@Test
	void showJsonNamesTheClassOfEachExtensionObjectAndFollowsTheSchema() throws IOException {
		try (SampleVariant variant = withWriters("System Writer=Stable\nWMI Writer=Failed\n")) {
			CliRun run = CliRun.of("show", variant.folder().toString(), "--format", "json");
			assertEquals(0, run.exitCode(), run.err());
			JsonNode document = JSON.readTree(run.out());
			List<String> errors = JsonSchemaValidator.validate(ModelJsonSchema.showSchema(), document);
			assertTrue(errors.isEmpty(), String.join("\n", errors));
			JsonNode wmi = document.get("server").get("extensions").get(1);
			assertEquals(ExtensionWriters.NS_URI + "#Writer", wmi.get("eClass").asText());
			assertEquals("WMI Writer", wmi.get("name").asText());
			assertEquals("Failed", wmi.get("state").asText());
			assertEquals("extra/writers.txt:2", wmi.get("sources").get("state").asText());
			assertEquals("extra/writers.txt:2", document.get("server").get("sources").get("extensions[1]").asText());
		}
	}

	@Test
	void showTextListsThePluginObjectsWithTheirValues() {
		try (SampleVariant variant = withWriters("WMI Writer=Failed\n")) {
			CliRun run = CliRun.of("show", variant.folder().toString());
			assertEquals(0, run.exitCode(), run.err());
			assertTrue(run.out().contains("\nPlugin data\n  Writer" + " ".repeat(23) + "name=WMI Writer, state=Failed\n"),
					run.out());
		}
	}

	@Test
	void theSchemaRequiresTheClassOfAnExtensionObject() throws IOException {
		List<String> errors = JsonSchemaValidator.validate(ModelJsonSchema.showSchema(), JSON.readTree(
				"{\"format\":\"marswb-show/1\",\"bundle\":\"x\",\"server\":{\"extensions\":[{\"name\":\"a\"}]}}"));
		assertTrue(errors.stream().anyMatch(e -> e.contains("$.server.extensions[0]") && e.contains("eClass")),
				errors.toString());
	}

	@Test
	void compareMatchesExtensionObjectsByClassAndIdAndShowsTheirValuesAtTheirLines() throws IOException {
		try (SampleVariant left = withWriters("System Writer=Stable\nWMI Writer=Stable\n");
				SampleVariant right = withWriters("WMI Writer=Failed\nSystem Writer=Stable\nASR Writer=Stable\n")) {
			CliRun run = CliRun.of("compare", left.folder().toString(), right.folder().toString(), "--format", "json",
					"--only-different");
			JsonNode document = JSON.readTree(run.out());
			List<String> differences = new ArrayList<>();
			JsonNode state = null;
			for (JsonNode d : document.get("differences")) {
				if (d.get("path").asText().startsWith("extensions")) {
					differences.add(d.get("state").asText() + " " + d.get("path").asText() + " "
							+ d.get("feature").asText(""));
					if ("state".equals(d.get("feature").asText())) {
						state = d;
					}
				}
			}
			assertEquals(List.of("DIFFERENT extensions[Writer,WMI Writer] state",
					"ONLY_RIGHT extensions[Writer,ASR Writer] "), differences);
			assertEquals("Stable", state.get("left").get("value").asText());
			assertEquals(2, state.get("left").get("line").asInt());
			assertEquals("Failed", state.get("right").get("value").asText());
			assertEquals(1, state.get("right").get("line").asInt());
		}
	}

	@Test
	void aBaselineKeepsTheExtensionObjects(@TempDir Path dir) throws IOException {
		try (SampleVariant variant = withWriters("System Writer=Stable\nWMI Writer=Failed\n")) {
			Path baseline = dir.resolve("writers.baseline");
			CliRun saved = CliRun.of("baseline", variant.folder().toString(), baseline.toString());
			assertEquals(0, saved.exitCode(), saved.err());
			CliRun run = CliRun.of("compare", baseline.toString(), variant.folder().toString(), "--format", "json",
					"--only-different");
			assertEquals(0, run.exitCode(), run.out() + run.err());
			assertEquals(0, JSON.readTree(run.out()).get("differenceCount").asInt());
		}
	}

	@Test
	void aBaselineOfAPluginNoLongerInstalledComparesWithoutItsObjects(@TempDir Path dir) throws IOException {
		try (SampleVariant variant = withWriters("System Writer=Stable\nWMI Writer=Failed\n")) {
			Path baseline = dir.resolve("writers.baseline");
			assertEquals(0, CliRun.of("baseline", variant.folder().toString(), baseline.toString()).exitCode());
			// saved by a plugin that is not installed now: no package has the namespace
			String uninstalled = "http://marswb/tests/uninstalled/1.0";
			Files.writeString(baseline, Files.readString(baseline).replace(ExtensionWriters.NS_URI, uninstalled));

			CliRun run = CliRun.of("compare", baseline.toString(), variant.folder().toString(), "--format", "json",
					"--only-different");

			assertEquals(1, run.exitCode(), run.out() + run.err());
			assertTrue(run.err().startsWith("warning: the baseline " + baseline + ": 2 objects of " + uninstalled
					+ " left out: no installed plugin defines that model (lines "), run.err());
			List<String> differences = new ArrayList<>();
			for (JsonNode difference : JSON.readTree(run.out()).get("differences")) {
				differences.add(difference.get("state").asText() + " " + difference.get("path").asText());
			}
			assertEquals(List.of("ONLY_RIGHT extensions[Writer,System Writer]", "ONLY_RIGHT extensions[Writer,WMI Writer]"),
					differences);
		}
	}
}
