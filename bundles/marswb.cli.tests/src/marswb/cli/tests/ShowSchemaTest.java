package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import marswb.cli.internal.ModelJsonSchema;

/** docs/schema/show.schema.json is the schema derived from the Ecore; regenerate with -Dtycho.testArgLine=-Dmarswb.updateDocs=true. */
class ShowSchemaTest {

	static final Path SCHEMA = Path.of("docs", "schema", "show.schema.json");

	@Test
	void committedSchemaIsTheGeneratedOne() throws IOException {
		Path file = RepoFiles.resolve(SCHEMA.toString());
		String generated = new ObjectMapper().writerWithDefaultPrettyPrinter()
				.writeValueAsString(ModelJsonSchema.showSchema()) + "\n";
		if (Boolean.getBoolean("marswb.updateDocs")) {
			Files.createDirectories(file.getParent());
			Files.writeString(file, generated, StandardCharsets.UTF_8);
		}
		assertTrue(Files.isRegularFile(file), "missing " + file + ": run the tests once with -Dtycho.testArgLine=-Dmarswb.updateDocs=true");
		assertEquals(generated, Files.readString(file, StandardCharsets.UTF_8),
				SCHEMA + " is out of date: run the tests with -Dtycho.testArgLine=-Dmarswb.updateDocs=true and commit it");
	}

	@Test
	void validatorRejectsWhatTheSchemaForbids() throws IOException {
		JsonNode schema = ModelJsonSchema.showSchema();
		ObjectMapper mapper = new ObjectMapper();
		List<String> errors = JsonSchemaValidator.validate(schema,
				mapper.readTree("{\"format\":\"marswb-show/1\",\"bundle\":\"x\",\"server\":{\"hostName\":5}}"));
		assertFalse(errors.isEmpty());
		assertTrue(errors.stream().anyMatch(e -> e.contains("$.server.hostName")), errors.toString());
		assertTrue(errors.stream().anyMatch(e -> e.contains("missing required")), errors.toString());
	}
}
