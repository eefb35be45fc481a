package marswb.bundle.tests.csvjson;

import marswb.bundle.tests.ProvenanceAssertions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.provenance.Provenance;
import marswb.model.server.Located;
import marswb.model.server.Origin;
import marswb.model.server.Server;

/** Runs a parser and checks the provenance rule: every origin's raw text stands on its line. */
final class CsvJsonAssertions {

	private CsvJsonAssertions() {
	}

	/** A fixture under fixtures/csvjson/. */
	static byte[] fixture(String name) {
		return Fixtures.bytes("csvjson/" + name);
	}

	/** Runs the parser, expects it not to fail, and checks every origin against the decoded lines. */
	static Result parse(ArtifactParser parser, String path, byte[] content) {
		return parse(parser, path, content, marswb.model.server.ServerFactory.eINSTANCE.createServer());
	}

	static Result parse(ArtifactParser parser, String path, byte[] content, Server server) {
		Result result = ParserHarness.run(parser, path, content, server);
		assertNull(result.failure(), () -> "unexpected failure: " + result.failure().getMessage());
		assertOriginsOnTheirLines(result.server(), path, content);
		return result;
	}

	/** A server whose manifest gave the UTC offset (in minutes) of the collection time. */
	static Server serverAtOffset(int minutes) {
		Server server = marswb.model.server.ServerFactory.eINSTANCE.createServer();
		server.setLocalUtcOffsetMinutes(minutes);
		return server;
	}

	static void assertOriginsOnTheirLines(Server server, String path, byte[] content) {
		ProvenanceAssertions.assertOriginsOnTheirLines(server, path, content);
	}

	/** The origin of a single-valued feature. */
	static Origin origin(Located owner, EStructuralFeature feature) {
		return ProvenanceAssertions.origin(owner, feature);
	}

	static void assertOrigin(int line, String raw, Located owner, EStructuralFeature feature) {
		Origin origin = origin(owner, feature);
		assertEquals(line, origin.getLine(), feature.getName() + " line");
		assertEquals(raw, origin.getRaw(), feature.getName() + " raw");
	}

	static List<String> decodedLines(byte[] content) {
		return ProvenanceAssertions.decodedLines(content);
	}

	static boolean anyProblemContains(Result result, String text) {
		return result.problems().stream().anyMatch(p -> p.contains(text));
	}
}
