package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import marswb.bundle.spi.ArtifactParser;

/**
 * The parsers marswb.bundle contributes, read from its plugin.xml as the extension registry would read them: outside
 * OSGi there is no registry, and a list written here could drift from the real one.
 */
final class PluginParsers {

	private static final List<ParserDescriptor> ALL = load();
	private static final Map<String, ParserDescriptor> BY_ID = ALL.stream()
			.collect(Collectors.toMap(ParserDescriptor::id, Function.identity()));

	private PluginParsers() {
	}

	static List<ParserDescriptor> all() {
		return ALL;
	}

	static ParserDescriptor byId(String id) {
		ParserDescriptor descriptor = BY_ID.get(id);
		if (descriptor == null) {
			throw new IllegalArgumentException("marswb.bundle's plugin.xml has no parser " + id);
		}
		return descriptor;
	}

	/** A path the parser reads: its glob with each wildcard made a letter. */
	static String pathFor(ParserDescriptor descriptor) {
		return descriptor.pathGlob().replace("*", "x");
	}

	private static List<ParserDescriptor> load() {
		try {
			// the bundle's jar (or classes folder) is where ModelBuilder comes from; plugin.xml sits at its root
			Path location = Path.of(ModelBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (Files.isDirectory(location)) {
				// target/classes of the bundle's project when the reactor has not packaged it
				Path besideClasses = location.resolve("plugin.xml");
				return read(Files.exists(besideClasses) ? besideClasses
						: location.getParent().getParent().resolve("plugin.xml"));
			}
			try (FileSystem jar = FileSystems.newFileSystem(location)) {
				return read(jar.getPath("plugin.xml"));
			}
		} catch (IOException | URISyntaxException e) {
			throw new IllegalStateException("cannot read marswb.bundle's plugin.xml", e);
		}
	}

	private static List<ParserDescriptor> read(Path pluginXml) throws IOException {
		try (InputStream in = Files.newInputStream(pluginXml)) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			NodeList parsers = factory.newDocumentBuilder().parse(in).getElementsByTagName("parser");
			List<ParserDescriptor> result = new ArrayList<>();
			for (int i = 0; i < parsers.getLength(); i++) {
				Element parser = (Element) parsers.item(i);
				String order = parser.getAttribute("order");
				result.add(new ParserDescriptor(parser.getAttribute("id"), parser.getAttribute("path"),
						order.isEmpty() ? 100 : Integer.parseInt(order.trim()),
						(ArtifactParser) Class.forName(parser.getAttribute("class")).getConstructor().newInstance()));
			}
			result.sort(Comparator.comparingInt(ParserDescriptor::order).thenComparing(ParserDescriptor::id));
			return List.copyOf(result);
		} catch (ReflectiveOperationException | ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("cannot read the parsers of " + pluginXml, e);
		}
	}
}
