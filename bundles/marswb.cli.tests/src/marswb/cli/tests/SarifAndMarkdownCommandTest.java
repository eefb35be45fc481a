package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import marswb.engine.Analyzer;

/** {@code analyze --format sarif} and {@code --format markdown} on every sample. */
class SarifAndMarkdownCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	static Stream<Path> samples() throws IOException {
		return ShowCommandTest.samples();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void sarifValidatesAndHoldsEveryProblemAtItsArtifactAndLine(Path sample) throws IOException {
		JsonNode analysis = JSON.readTree(CliRun.of("analyze", sample.toString(), "--format", "json").out());
		CliRun run = CliRun.of("analyze", sample.toString(), "--format", "sarif");
		assertEquals(analysis.get("summary").get("FAIL").asInt() > 0 ? 1 : 0, run.exitCode(), run.err());
		JsonNode log = JSON.readTree(run.out());
		JsonNode schema = JSON.readTree(RepoFiles.resolve("docs/schema/sarif-2.1.0-subset.schema.json").toFile());
		List<String> errors = JsonSchemaValidator.validate(schema, log);
		assertTrue(errors.isEmpty(), String.join("\n", errors));
		keepForTheFullSchema(sample, "en", run.out());

		assertEquals(1, log.get("runs").size());
		JsonNode rules = log.at("/runs/0/tool/driver/rules");
		assertEquals(Analyzer.platform().descriptors().size(), rules.size(), "every installed check is a rule");
		List<String> expected = new ArrayList<>();
		for (JsonNode finding : analysis.get("findings")) {
			if (List.of("FAIL", "WARN", "UNKNOWN", "ERROR").contains(finding.get("outcome").asText())) {
				expected.add(finding.get("check").asText());
			}
		}
		JsonNode results = log.at("/runs/0/results");
		List<String> actual = new ArrayList<>();
		for (JsonNode result : results) {
			actual.add(result.get("ruleId").asText());
			assertEquals(result.get("ruleId"), rules.get(result.get("ruleIndex").asInt()).get("id"));
			// SARIF: a level other than none only with kind fail
			assertEquals(result.get("kind").asText().equals("fail"), !result.get("level").asText().equals("none"),
					result.toString());
			for (JsonNode location : result.path("locations")) {
				String uri = location.at("/physicalLocation/artifactLocation/uri").asText();
				Path artifact = sample.resolve(URI.create(uri).getPath());
				if (result.get("kind").asText().equals("fail")) {
					assertTrue(Files.exists(artifact), "the evidence of a problem is in the bundle: " + uri);
				}
				JsonNode line = location.at("/physicalLocation/region/startLine");
				if (!line.isMissingNode() && Files.isRegularFile(artifact)) {
					assertTrue(line.asInt() >= 1, uri);
				}
			}
		}
		assertEquals(expected, actual, "the problems, in the order of the analysis");
	}

	/**
	 * The OASIS schema is checked outside OSGi, by the plain Maven module marswb.cli.sarif that runs after this one:
	 * it reads what is left here.
	 */
	static void keepForTheFullSchema(Path sample, String lang, String sarif) throws IOException {
		Path folder = Files.createDirectories(RepoFiles.resolve("bundles/marswb.cli.tests/target/sarif"));
		Files.writeString(folder.resolve(sample.getFileName() + "." + lang + ".sarif"), sarif, StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void markdownStaysUnder64KbAndNamesEveryFailAndWarn(Path sample) throws IOException {
		JsonNode analysis = JSON.readTree(CliRun.of("analyze", sample.toString(), "--format", "json").out());
		CliRun run = CliRun.of("analyze", sample.toString(), "--format", "markdown");
		assertTrue(run.exitCode() <= 1, run.err());
		assertTrue(run.out().getBytes(StandardCharsets.UTF_8).length < 64 * 1024);
		assertTrue(run.out().startsWith("## MARS analysis of "), run.out());
		for (JsonNode finding : analysis.get("findings")) {
			String outcome = finding.get("outcome").asText();
			if (outcome.equals("FAIL") || outcome.equals("WARN")) {
				assertTrue(run.out().contains("| **" + outcome + "** |")
						&& run.out().contains("(`" + finding.get("check").asText() + "`)"), finding.toString());
			}
		}
	}
}
