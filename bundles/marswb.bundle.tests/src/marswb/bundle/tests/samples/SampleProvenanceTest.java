package marswb.bundle.tests.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.bundle.internal.text.BoundedLineReader;
import marswb.bundle.spi.Line;
import marswb.bundle.tests.Fixtures;
import marswb.model.server.Located;
import marswb.model.server.Origin;
import marswb.model.server.Server;

/**
 * Provenance is real: for every sample, every origin recorded in the model names a line of its artifact that
 * really contains the recorded text, and every attribute value read from a line has an origin.
 */
class SampleProvenanceTest {

	static Stream<Path> samples() throws IOException {
		try (Stream<Path> children = Files.list(Fixtures.repo("samples"))) {
			return children.filter(dir -> Files.isRegularFile(dir.resolve("manifest.json"))).sorted().toList()
					.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyOriginPointsAtALineThatContainsTheValue(Path sample) throws BundleOpenException, IOException {
		Server server = BundleReader.read(sample);
		Map<String, List<String>> lines = new HashMap<>();
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (TreeIterator<EObject> it = server.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (!(object instanceof Located located)) {
				continue;
			}
			for (Origin origin : located.getOrigins()) {
				List<String> artifactLines = lines.computeIfAbsent(origin.getArtifact(), a -> read(sample.resolve(a)));
				String where = object.eClass().getName() + "." + origin.getFeature() + " at " + origin.getArtifact()
						+ ":" + origin.getLine();
				if (origin.getLine() == 0) {
					// a value taken from the artifact's name (e.g. the date in a vault credentials file name)
					if (origin.getRaw() == null || origin.getRaw().isEmpty()
							|| !origin.getArtifact().contains(origin.getRaw())) {
						wrong.add(where + ": line 0 but the name does not contain '" + origin.getRaw() + "'");
					}
				} else if (origin.getLine() < 0 || origin.getLine() > artifactLines.size()) {
					wrong.add(where + ": no such line");
				} else if (origin.getRaw() == null || origin.getRaw().isEmpty() && !isEmptyValue(located, origin)) {
					wrong.add(where + ": no raw text");
				} else if (!artifactLines.get(origin.getLine() - 1).contains(origin.getRaw())) {
					wrong.add(where + ": line does not contain '" + origin.getRaw() + "'");
				}
				checked++;
			}
		}
		assertTrue(wrong.isEmpty(), String.join("\n", wrong));
		assertTrue(checked > 20, "too few origins in " + sample + ": " + checked);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyValueReadFromALineHasAnOrigin(Path sample) throws BundleOpenException {
		Server server = BundleReader.read(sample);
		List<String> missing = new ArrayList<>();
		for (TreeIterator<EObject> it = server.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (!(object instanceof Located located) || Aggregates.isAggregate(located)) {
				continue;
			}
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				Object value = object.eGet(attribute);
				boolean present = attribute.isMany() ? !((List<?>) value).isEmpty() : value != null;
				boolean hasOrigin = located.getOrigins().stream()
						.anyMatch(o -> o.getFeature().equals(attribute.getName()));
				if (present && !hasOrigin) {
					missing.add(object.eClass().getName() + "." + attribute.getName() + " = " + value);
				}
			}
		}
		assertTrue(missing.isEmpty(), "values without origin in " + sample + ":\n" + String.join("\n", missing));
	}

	/** An empty field (a volume without drive letter) has an empty raw text, which every line contains. */
	private static boolean isEmptyValue(Located owner, Origin origin) {
		var feature = owner.eClass().getEStructuralFeature(origin.getFeature());
		return feature != null && !feature.isMany() && "".equals(owner.eGet(feature));
	}

	private static List<String> read(Path file) {
		List<String> result = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file);
				BoundedLineReader reader = new BoundedLineReader(in, BundleLimits.DEFAULT.maxLineChars())) {
			Line line;
			while ((line = reader.next()) != null) {
				result.add(line.text());
			}
		} catch (IOException e) {
			throw new IllegalStateException("cannot read " + file, e);
		}
		return result;
	}
}
