package marswb.bundle.internal.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

import marswb.bundle.internal.artifacts.ParserRegistry;
import marswb.bundle.spi.ArtifactRecognizer;
import marswb.bundle.spi.Sample;

/**
 * The recognizers contributed beside the parsers of {@code marswb.bundle.artifactParsers}. A parser that has none is
 * still found when a file carries the exact name of its artifact ({@code version.txt}): some outputs (one number,
 * one version) say too little to be recognized by content.
 */
public final class Recognizers {

	/** One parser's artifact path and its recognizer (null: by the artifact's file name only). */
	public record Entry(String parserId, String pathGlob, ArtifactRecognizer recognizer) {

		/** Why the sample is this artifact, or null. */
		public String recognize(Sample sample) {
			if (recognizer != null) {
				return recognizer.recognize(sample);
			}
			String name = pathGlob.substring(pathGlob.lastIndexOf('/') + 1);
			return !name.contains("*") && name.equalsIgnoreCase(sample.fileName()) ? "file name " + name : null;
		}
	}

	private static volatile List<Entry> cached;

	private Recognizers() {
	}

	public static List<Entry> all() {
		List<Entry> result = cached;
		if (result == null) {
			IExtensionRegistry registry = Platform.getExtensionRegistry();
			// outside OSGi (the reader's fuzz targets run on a flat class path) there are no contributions: nothing
			// is recognized by content, and loose input is listed as not recognized
			result = registry == null ? List.of() : load(registry);
			cached = result;
		}
		return result;
	}

	static List<Entry> load(IExtensionRegistry registry) {
		List<Entry> result = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(ParserRegistry.EXTENSION_POINT)) {
			String path = element.getAttribute("path");
			if (!"parser".equals(element.getName()) || path == null || path.equals("manifest.json")) {
				continue;
			}
			String id = element.getAttribute("id");
			try {
				ArtifactRecognizer recognizer = element.getAttribute("recognizer") == null ? null
						: (ArtifactRecognizer) element.createExecutableExtension("recognizer");
				result.add(new Entry(id, path, recognizer));
			} catch (CoreException | RuntimeException e) {
				ILog.of(Recognizers.class).error("Recognizer of " + id + " from " + element.getContributor().getName()
						+ " cannot be created; files of its kind are recognized by name only", e);
				result.add(new Entry(id, path, null));
			}
		}
		result.sort(Comparator.comparing(Entry::pathGlob));
		return List.copyOf(result);
	}
}
