package marswb.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIResource;
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
 * @param skipped       what was left out of the model, one text per model extension that no installed plugin
 *                      defines (its objects were saved by a plugin that is not installed now); empty when nothing was
 *
 * @since 0.1
 */
public record Baseline(String name, int formatVersion, String savedAt, String sourceBundle, Server server,
		List<String> skipped) {

	public static final int FORMAT_VERSION = 1;
	public static final String EXTENSION = ".baseline";

	/** Namespaces of XML and XMI themselves, which no package defines. */
	private static final Set<String> XML_NAMESPACES = Set.of(XMIResource.XMI_URI, XMLResource.XSI_URI,
			XMLResource.XML_NS, "http://www.omg.org/spec/XMI/20131001");

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

	/**
	 * Reads a baseline. Objects of a model extension that no installed plugin defines (the plugin that saved them was
	 * uninstalled) are left out, and {@link #skipped()} says so: the rest of the server still compares.
	 */
	public static Baseline load(Path file) throws BaselineException {
		Header head = header(file);
		if (head.formatVersion() > FORMAT_VERSION) {
			throw new BaselineException(NLS.bind(Messages.Baseline_newer,
					new Object[] { file, Integer.valueOf(head.formatVersion()), Integer.valueOf(FORMAT_VERSION) }));
		}
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(ServerPackage.eNS_URI, ServerPackage.eINSTANCE);
		set.getPackageRegistry().put(BaselineHeader.NS_URI, BaselineHeader.PACKAGE);
		// an empty stand-in for a package nobody defines: EMF then skips its objects, one error each, instead of
		// fetching the namespace URI from the network
		Map<EPackage, String> missing = new LinkedHashMap<>();
		for (String namespace : head.namespaces()) {
			if (!XML_NAMESPACES.contains(namespace) && set.getPackageRegistry().getEPackage(namespace) == null) {
				EPackage standIn = EcoreFactory.eINSTANCE.createEPackage();
				standIn.setNsURI(namespace);
				set.getPackageRegistry().put(namespace, standIn);
				missing.put(standIn, namespace);
			}
		}
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		set.getResources().add(resource);
		Map<Object, Object> options = new HashMap<>();
		// a baseline is data: no DOCTYPE, so no external entities
		options.put(XMLResource.OPTION_PARSER_FEATURES,
				Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, options);
		} catch (IOException | RuntimeException e) {
			if (missing.isEmpty() || !resource.getErrors().stream().allMatch(error -> skipped(error, missing))) {
				throw new BaselineException(NLS.bind(Messages.Baseline_unreadable, file, e.getMessage()));
			}
		}
		EObject header = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (header == null || !BaselineHeader.is(header) || resource.getContents().size() != 2
				|| !(resource.getContents().get(1) instanceof Server server)) {
			throw new BaselineException(NLS.bind(Messages.Baseline_notABaseline, file));
		}
		return new Baseline(BaselineHeader.name(header), head.formatVersion(), BaselineHeader.savedAt(header),
				BaselineHeader.sourceBundle(header), server, skipped(resource.getErrors(), missing));
	}

	/** An object of a stand-in package: left out, not a broken file. */
	private static boolean skipped(Resource.Diagnostic error, Map<EPackage, String> missing) {
		return error instanceof ClassNotFoundException notFound && notFound.getFactory() != null
				&& missing.containsKey(notFound.getFactory().getEPackage());
	}

	private static List<String> skipped(List<Resource.Diagnostic> errors, Map<EPackage, String> missing) {
		Map<String, List<String>> lines = new LinkedHashMap<>();
		for (Resource.Diagnostic error : errors) {
			if (skipped(error, missing)) {
				lines.computeIfAbsent(missing.get(((ClassNotFoundException) error).getFactory().getEPackage()),
						namespace -> new ArrayList<>()).add(String.valueOf(error.getLine()));
			}
		}
		List<String> texts = new ArrayList<>();
		lines.forEach((namespace, at) -> texts.add(NLS.bind(Messages.Baseline_skipped,
				new Object[] { Integer.valueOf(at.size()), namespace, String.join(", ", at) })));
		return List.copyOf(texts);
	}

	/** The header's format version and the namespaces the file declares. */
	private record Header(int formatVersion, List<String> namespaces) {
	}

	/**
	 * The format version in the header, read before anything else of the file is interpreted, and the namespaces
	 * declared up to it (EMF declares them all on the root).
	 */
	private static Header header(Path file) throws BaselineException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		List<String> namespaces = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			// the header is the root itself or the first element inside xmi:XMI
			for (int elements = 0; reader.hasNext() && elements < 2;) {
				if (reader.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				elements++;
				for (int i = 0; i < reader.getNamespaceCount(); i++) {
					namespaces.add(reader.getNamespaceURI(i));
				}
				if (BaselineHeader.NS_URI.equals(reader.getNamespaceURI())
						&& BaselineHeader.CLASS_NAME.equals(reader.getLocalName())) {
					String version = reader.getAttributeValue(null, BaselineHeader.FORMAT_VERSION);
					if (version != null && version.matches("\\d{1,9}")) {
						return new Header(Integer.parseInt(version), List.copyOf(namespaces));
					}
				}
			}
		} catch (IOException | XMLStreamException e) {
			throw new BaselineException(NLS.bind(Messages.Baseline_unreadable, file, e.getMessage()));
		}
		throw new BaselineException(NLS.bind(Messages.Baseline_notABaseline, file));
	}
}
