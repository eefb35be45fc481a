package marswb.bundle.tests.csvjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.bundle.BundleLimits;
import marswb.bundle.internal.text.BoundedLineReader;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
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
		List<String> lines = decodedLines(content);
		List<EObject> objects = new ArrayList<>();
		objects.add(server);
		server.eAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			if (!(object instanceof Located located)) {
				continue;
			}
			for (Origin origin : located.getOrigins()) {
				if (!path.equals(origin.getArtifact())) {
					continue;
				}
				if (origin.getLine() == 0) {
					assertEquals("", origin.getRaw(), "an origin without a line has no raw text");
					continue;
				}
				if (origin.getLine() < 0 || origin.getLine() > lines.size()) {
					fail("origin of " + origin.getFeature() + " points at line " + origin.getLine() + " of "
							+ lines.size());
				}
				String line = lines.get(origin.getLine() - 1);
				assertTrue(line.contains(origin.getRaw()), () -> "raw '" + origin.getRaw() + "' of "
						+ object.eClass().getName() + "." + origin.getFeature() + " is not on line " + origin.getLine()
						+ ": " + line);
			}
		}
	}

	/** The origin of a single-valued feature. */
	static Origin origin(Located owner, EStructuralFeature feature) {
		return Provenance.of(owner, feature).orElseThrow(() -> new AssertionError("no origin for " + feature.getName()));
	}

	static void assertOrigin(int line, String raw, Located owner, EStructuralFeature feature) {
		Origin origin = origin(owner, feature);
		assertEquals(line, origin.getLine(), feature.getName() + " line");
		assertEquals(raw, origin.getRaw(), feature.getName() + " raw");
	}

	static List<String> decodedLines(byte[] content) {
		List<String> lines = new ArrayList<>();
		try (BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(content),
				BundleLimits.DEFAULT.maxLineChars())) {
			Line line;
			while ((line = reader.next()) != null) {
				lines.add(line.text());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return lines;
	}

	static boolean anyProblemContains(Result result, String text) {
		return result.problems().stream().anyMatch(p -> p.contains(text));
	}
}
