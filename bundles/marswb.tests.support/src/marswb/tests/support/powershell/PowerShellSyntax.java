package marswb.tests.support.powershell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import marswb.tests.support.SampleVariant;

/**
 * Parses PowerShell text with a real PowerShell grammar (tree-sitter's, in its WebAssembly build, run by Node.js
 * from {@code bundles/marswb.tests.support/powershell/parse.cjs}), for tests of the scripts the product writes.
 * No PowerShell can be installed where the tests run, and a hand-written parser would only agree with itself.
 *
 * <p>The build sets {@code marswb.powershellParser} (the parse.cjs path) and installs its node_modules with
 * {@code npm ci}; {@code marswb.node} names the node executable when it is not on the PATH. Without Node.js the
 * parse fails with a message saying what to install: a test that cannot parse must not pass.
 *
 * @since 0.1
 */
public final class PowerShellSyntax {

	private static final long TIMEOUT_SECONDS = 120;

	// Expression chains in the grammar are about fifteen nodes deep per operand, so ordinary nesting of blocks
	// goes past Jackson's default depth limit of 1000.
	private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000)
					.maxStringLength(Integer.MAX_VALUE).build())
			.build());

	private PowerShellSyntax() {
	}

	/** Parses a script file, read as UTF-8 (a BOM stays in the text, as PowerShell 5.1 needs it there). */
	public static ParsedScript parse(Path script) {
		try {
			return parse(Files.readString(script, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Parses script text. */
	public static ParsedScript parse(String script) {
		Path parser = parser();
		try {
			Path input = Files.createTempFile("marswb-ps-", ".ps1");
			Path output = Files.createTempFile("marswb-ps-", ".json");
			Path errors = Files.createTempFile("marswb-ps-", ".err");
			try {
				Files.writeString(input, script, StandardCharsets.UTF_8);
				int exit = run(List.of(node(), parser.toString(), input.toString()), output, errors);
				if (exit != 0) {
					throw new IllegalStateException("the PowerShell parser (" + parser + ") exited with " + exit + ": "
							+ Files.readString(errors, StandardCharsets.UTF_8).strip());
				}
				return read(script, MAPPER.readTree(output.toFile()));
			} finally {
				Files.deleteIfExists(input);
				Files.deleteIfExists(output);
				Files.deleteIfExists(errors);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int run(List<String> command, Path output, Path errors) throws IOException {
		Process process;
		try {
			// Output goes to files, not pipes: a big tree would fill a pipe while we wait for the exit.
			process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile())
					.start();
		} catch (IOException e) {
			throw new IllegalStateException("Node.js is needed to parse PowerShell in the tests and '" + command.get(0)
					+ "' could not be started (" + e.getMessage() + "). Install it (Debian: apt-get install nodejs npm)"
					+ " or set -Dmarswb.node=<path to node>.", e);
		}
		try {
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("the PowerShell parser took more than " + TIMEOUT_SECONDS + " s");
			}
			return process.exitValue();
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while parsing PowerShell", e);
		}
	}

	private static String node() {
		return System.getProperty("marswb.node", "node");
	}

	private static Path parser() {
		String configured = System.getProperty("marswb.powershellParser");
		Path parser = configured != null ? Path.of(configured)
				: SampleVariant.repo().resolve("bundles/marswb.tests.support/powershell/parse.cjs");
		if (!Files.isRegularFile(parser)) {
			throw new IllegalStateException("the PowerShell parser script " + parser + " does not exist");
		}
		if (!Files.isDirectory(parser.resolveSibling("node_modules/web-tree-sitter"))) {
			throw new IllegalStateException("the PowerShell parser's modules are not installed: run 'npm ci' in "
					+ parser.getParent() + " (the Maven build of marswb.tests.support does this)");
		}
		return parser;
	}

	private static ParsedScript read(String source, JsonNode json) {
		List<SyntaxError> errors = new ArrayList<>();
		for (JsonNode error : json.get("errors")) {
			errors.add(new SyntaxError(error.get("kind").asText(), error.get("line").asInt(),
					error.get("column").asInt(), error.get("text").asText()));
		}
		return new ParsedScript(source, errors, node(source, json.get("tree"), null));
	}

	private static SyntaxNode node(String source, JsonNode json, SyntaxNode parent) {
		JsonNode start = json.get("start");
		JsonNode end = json.get("end");
		JsonNode field = json.get("field");
		SyntaxNode node = new SyntaxNode(source, parent, json.get("type").asText(), json.get("named").asBoolean(),
				json.path("missing").asBoolean(false), field == null ? null : field.asText(), json.get("from").asInt(),
				json.get("to").asInt(), start.get(0).asInt(), start.get(1).asInt(), end.get(0).asInt(),
				end.get(1).asInt());
		JsonNode children = json.get("children");
		if (children != null) {
			for (JsonNode child : children) {
				node.add(node(source, child, node));
			}
		}
		return node;
	}
}
