package marswb.bundle.internal.artifacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

import marswb.bundle.spi.ArtifactParser;

/** The artifact parsers contributed to {@code marswb.bundle.artifactParsers}, in their declared order. */
public final class ParserRegistry {

	public static final String EXTENSION_POINT = "marswb.bundle.artifactParsers";

	private static volatile List<ParserDescriptor> cached;

	private ParserRegistry() {
	}

	public static List<ParserDescriptor> parsers() {
		List<ParserDescriptor> result = cached;
		if (result == null) {
			result = load(Platform.getExtensionRegistry());
			cached = result;
		}
		return result;
	}

	static List<ParserDescriptor> load(IExtensionRegistry registry) {
		List<ParserDescriptor> result = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"parser".equals(element.getName())) {
				continue;
			}
			String id = element.getAttribute("id");
			try {
				ArtifactParser parser = (ArtifactParser) element.createExecutableExtension("class");
				String order = element.getAttribute("order");
				result.add(new ParserDescriptor(id, element.getAttribute("path"),
						order == null ? 100 : Integer.parseInt(order.trim()), parser));
			} catch (CoreException | RuntimeException e) {
				ILog.of(ParserRegistry.class).error("Artifact parser " + id + " from "
						+ element.getContributor().getName() + " cannot be created; its artifacts stay unread", e);
			}
		}
		result.sort(Comparator.comparingInt(ParserDescriptor::order).thenComparing(ParserDescriptor::id));
		return List.copyOf(result);
	}
}
