package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import marswb.cli.internal.ModelJsonSchema;

class ShowCommandTest {

	static Stream<Path> samples() throws IOException {
		try (Stream<Path> children = Files.list(RepoFiles.resolve("samples"))) {
			return children.filter(dir -> Files.isRegularFile(dir.resolve("manifest.json"))).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void jsonOfEverySampleParsesAndFollowsTheSchema(Path sample) throws IOException {
		CliRun run = CliRun.of("show", sample.toString(), "--format", "json");
		assertEquals(0, run.exitCode(), run.err());
		JsonNode document = new ObjectMapper().readTree(run.out());
		List<String> errors = JsonSchemaValidator.validate(ModelJsonSchema.showSchema(), document);
		assertTrue(errors.isEmpty(), String.join("\n", errors));
	}

	@ParameterizedTest
	@MethodSource("samples")
	void textOfEverySampleHasASectionPerAreaInOrderThenTheArtifacts(Path sample) {
		CliRun run = CliRun.of("show", sample.toString());
		assertEquals(0, run.exitCode(), run.err());
		List<String> headings = run.out().lines().filter(l -> !l.isEmpty() && !l.startsWith(" ")).skip(1).toList();
		assertEquals(List.of("Scheduling", "Cache (scratch)", "Connectivity", "Registration", "Encryption", "Restore",
				"Backup jobs", "Basics", "Artifacts"), headings, run.out());
	}

	@Test
	void unusableBundleExitsWithTwoAndSaysWhy() {
		CliRun run = CliRun.of("show", "/nonexistent/bundle.zip");
		assertEquals(2, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().contains("/nonexistent/bundle.zip"), run.err());
	}

	@Test
	void usageErrorsExitWithTwoAndKeepStdoutEmpty() {
		for (String[] args : List.of(new String[] { "show" }, new String[] { "show", "a", "--format", "xml" },
				new String[] { "show", "a", "--bogus" }, new String[] { "frobnicate" }, new String[0])) {
			CliRun run = CliRun.of(args);
			assertEquals(2, run.exitCode(), String.join(" ", args));
			assertEquals("", run.out(), String.join(" ", args));
			assertTrue(!run.err().isBlank(), String.join(" ", args));
		}
	}

	@Test
	void notAZipIsUnusable() throws IOException {
		Path notZip = Files.createTempFile("marswb", ".zip");
		try {
			Files.writeString(notZip, "this is not a zip file");
			CliRun run = CliRun.of("show", notZip.toString());
			assertEquals(2, run.exitCode());
			assertTrue(run.err().contains("Not a zip file"), run.err());
		} finally {
			Files.delete(notZip);
		}
	}
}
