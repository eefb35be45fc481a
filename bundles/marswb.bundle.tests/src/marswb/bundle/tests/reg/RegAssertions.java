package marswb.bundle.tests.reg;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import marswb.bundle.BundleLimits;
import marswb.bundle.internal.text.BoundedLineReader;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.Line;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.provenance.Provenance;
import marswb.model.server.Located;
import marswb.model.server.Origin;

/** Provenance assertions shared by the tests of this package. */
final class RegAssertions {

	private RegAssertions() {
	}

	/** Something that should be refused as unreadable. */
	interface Refusable {
		void run() throws Exception;
	}

	/**
	 * A file under fixtures/reg/. Read with findEntries, which also looks into fragments such as this test bundle
	 * (Fixtures.bytes uses getEntry, which only looks into the host bundle).
	 */
	static byte[] fixture(String name) {
		Bundle bundle = FrameworkUtil.getBundle(RegAssertions.class);
		Enumeration<URL> entries = bundle.findEntries("fixtures/reg", name, false);
		if (entries == null || !entries.hasMoreElements()) {
			throw new IllegalArgumentException("no fixture fixtures/reg/" + name);
		}
		try (InputStream in = entries.nextElement().openStream()) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The ArtifactFormatException the action throws (assertThrows needs org.junit.jupiter.api.function, which this
	 * test bundle does not import).
	 */
	static ArtifactFormatException refused(Refusable action) {
		try {
			action.run();
		} catch (ArtifactFormatException e) {
			return e;
		} catch (Exception e) {
			throw new AssertionError("expected an ArtifactFormatException", e);
		}
		throw new AssertionError("expected an ArtifactFormatException, nothing was thrown");
	}

	/** The failure of a parser run, which must exist. */
	static ArtifactFormatException failure(Result result) {
		assertNotNull(result.failure(), "expected the artifact to be refused; problems: " + result.problems());
		return result.failure();
	}

	/** The origin of a single-valued feature, which must exist. */
	static Origin origin(Located owner, EStructuralFeature feature) {
		return Provenance.of(owner, feature).orElseThrow(() -> new AssertionError("no origin for " + feature.getName()));
	}

	/** The run went without failure and without problems. */
	static void assertClean(Result result) {
		if (result.failure() != null) {
			fail("unexpected failure: " + result.failure().getMessage(), result.failure());
		}
		assertTrue(result.problems().isEmpty(), result.problems().toString());
	}

	/** Every origin in the model names a line of the artifact on which its raw text literally occurs. */
	static void assertOriginsOnTheirLines(Result result, byte[] content) {
		List<String> lines = decodedLines(content);
		List<Located> located = new ArrayList<>();
		located.add(result.server());
		for (var it = result.server().eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof Located each) {
				located.add(each);
			}
		}
		int checked = 0;
		for (Located owner : located) {
			for (Origin origin : owner.getOrigins()) {
				assertNotNull(origin.getRaw(), origin.getFeature());
				assertTrue(origin.getLine() >= 1 && origin.getLine() <= lines.size(),
						origin.getFeature() + ": line " + origin.getLine());
				String line = lines.get(origin.getLine() - 1);
				assertTrue(line.contains(origin.getRaw()),
						origin.getFeature() + ": '" + origin.getRaw() + "' not on line " + origin.getLine() + " '" + line + "'");
				checked++;
			}
		}
		assertTrue(checked > 0, "no origins at all");
	}

	private static List<String> decodedLines(byte[] content) {
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
}
