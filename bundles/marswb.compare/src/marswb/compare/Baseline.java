package marswb.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;

import marswb.compare.internal.BaselineHeader;
import marswb.compare.internal.Messages;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage;

/**
 * A server model saved under a name, to compare later bundles against: an XMI file with two roots, a header (format
 * version, name, time saved, source bundle) and the server with the origins of its values. Written atomically
 * (temporary file beside it, then a move). A reader refuses a newer format version before interpreting the model.
 *
 * @param name          name the engineer gave the baseline
 * @param formatVersion format version of the file
 * @param savedAt       instant the baseline was saved (ISO-8601)
 * @param sourceBundle  bundle the model was read from
 *
 * @since 0.1
 */
public record Baseline(String name, int formatVersion, String savedAt, String sourceBundle, Server server) {

	public static final int FORMAT_VERSION = 1;
	public static final String EXTENSION = ".baseline";

	/** Whether a command-line argument names a baseline file rather than a bundle. */
	public static boolean isBaseline(Path path) {
		return Files.isRegularFile(path) && path.getFileName().toString().endsWith(EXTENSION);
	}

	/** Saves a copy of the server (the given model is left as it is). */
	public static void save(Server server, String name, Path file) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(BaselineHeader.create(FORMAT_VERSION, name, Instant.now().toString(),
				server.getBundleName()));
		resource.getContents().add(EcoreUtil.copy(server));
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	public static Baseline load(Path file) throws BaselineException {
		int version = formatVersion(file);
		if (version > FORMAT_VERSION) {
			throw new BaselineException(NLS.bind(Messages.Baseline_newer,
					new Object[] { file, Integer.valueOf(version), Integer.valueOf(FORMAT_VERSION) }));
		}
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(ServerPackage.eNS_URI, ServerPackage.eINSTANCE);
		set.getPackageRegistry().put(BaselineHeader.NS_URI, BaselineHeader.PACKAGE);
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		set.getResources().add(resource);
		Map<Object, Object> options = new HashMap<>();
		// a baseline is data: no DOCTYPE, so no external entities
		options.put(XMLResource.OPTION_PARSER_FEATURES,
				Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, options);
		} catch (IOException | RuntimeException e) {
			throw new BaselineException(NLS.bind(Messages.Baseline_unreadable, file, e.getMessage()));
		}
		EObject header = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (header == null || !BaselineHeader.is(header) || resource.getContents().size() != 2
				|| !(resource.getContents().get(1) instanceof Server server)) {
			throw new BaselineException(NLS.bind(Messages.Baseline_notABaseline, file));
		}
		return new Baseline(BaselineHeader.name(header), version, BaselineHeader.savedAt(header),
				BaselineHeader.sourceBundle(header), server);
	}

	/** The format version in the header, read before anything else of the file is interpreted. */
	private static int formatVersion(Path file) throws BaselineException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			// the header is the root itself or the first element inside xmi:XMI
			for (int elements = 0; reader.hasNext() && elements < 2;) {
				if (reader.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				elements++;
				if (BaselineHeader.NS_URI.equals(reader.getNamespaceURI())
						&& BaselineHeader.CLASS_NAME.equals(reader.getLocalName())) {
					String version = reader.getAttributeValue(null, BaselineHeader.FORMAT_VERSION);
					if (version != null && version.matches("\\d{1,9}")) {
						return Integer.parseInt(version);
					}
				}
			}
		} catch (IOException | XMLStreamException e) {
			throw new BaselineException(NLS.bind(Messages.Baseline_unreadable, file, e.getMessage()));
		}
		throw new BaselineException(NLS.bind(Messages.Baseline_notABaseline, file));
	}
}
