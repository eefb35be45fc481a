package marswb.bundle.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.bundle.BundleLimits;
import marswb.bundle.internal.text.BoundedLineReader;
import marswb.bundle.spi.Line;
import marswb.model.provenance.Provenance;
import marswb.model.server.Located;
import marswb.model.server.Origin;
import marswb.model.server.Server;

/** Assertions on where parsed values say they came from. */
public final class ProvenanceAssertions {

	private ProvenanceAssertions() {
	}

	/**
	 * Every origin of {@code artifact} (every origin when null) that has a line names a line of the decoded
	 * {@code content} on which its raw text literally stands; origins with line 0 come from the artifact's name.
	 */
	public static void assertOriginsOnTheirLines(Server server, String artifact, byte[] content) {
		List<String> lines = decodedLines(content);
		List<EObject> objects = new ArrayList<>();
		objects.add(server);
		server.eAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			if (!(object instanceof Located located)) {
				continue;
			}
			for (Origin origin : located.getOrigins()) {
				if (artifact != null && !artifact.equals(origin.getArtifact()) || origin.getLine() == 0) {
					continue;
				}
				String where = object.eClass().getName() + "." + origin.getFeature() + " at line " + origin.getLine();
				assertTrue(origin.getLine() >= 1 && origin.getLine() <= lines.size(), where + ": no such line");
				String line = lines.get(origin.getLine() - 1);
				assertTrue(origin.getRaw() != null && line.contains(origin.getRaw()),
						where + ": '" + origin.getRaw() + "' is not on '" + line + "'");
			}
		}
	}

	/** The origin of a single-valued feature, which must exist. */
	public static Origin origin(Located owner, EStructuralFeature feature) {
		return Provenance.of(owner, feature).orElseThrow(() -> new AssertionError("no origin for " + feature.getName()));
	}

	/** The lines of Windows text as the bundle reader decodes them. */
	public static List<String> decodedLines(byte[] content) {
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
