package marswb.bundle.tests.reg;

import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ProvenanceAssertions;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;


import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.bundle.spi.ArtifactFormatException;
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

	/** A file under fixtures/reg/. */
	static byte[] fixture(String name) {
		return Fixtures.bytes("reg/" + name);
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
		return ProvenanceAssertions.origin(owner, feature);
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
		assertTrue(!result.server().getOrigins().isEmpty() || result.server().eAllContents().hasNext(), "no origins at all");
		ProvenanceAssertions.assertOriginsOnTheirLines(result.server(), null, content);
	}

	
}
