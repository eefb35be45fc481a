package marswb.bundle.internal.format;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/**
 * XML parser factories hardened for evidence from a customer machine: a document with a DOCTYPE is refused outright,
 * so no DTD, internal entity (billion laughs) or external entity (file or network access) is ever processed.
 */
public final class SecureXml {

	static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
	private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
	private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
	private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

	private static final ThreadLocal<SAXParser> SAX_PARSERS = ThreadLocal.withInitial(SecureXml::saxParser);

	private SecureXml() {
	}

	/** A namespace-aware DOM factory with every way to reach outside the document turned off. */
	public static DocumentBuilderFactory documentBuilderFactory() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature(DISALLOW_DOCTYPE, true);
			factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
			factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
			factory.setFeature(LOAD_EXTERNAL_DTD, false);
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK XML parser does not support a required security feature", e);
		}
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		return factory;
	}

	/**
	 * This thread's hardened SAX parser, set back to its first state: building a parser (factory, configuration,
	 * symbol tables) cost more than parsing a task's XML. Give it back with {@link #release(SAXParser)}, which drops
	 * the handlers, so that it holds no document between two uses.
	 */
	public static SAXParser reusedSaxParser() {
		SAXParser parser = SAX_PARSERS.get();
		restrictAccess(parser);
		return parser;
	}

	/** Forgets what the last parse left in a parser of {@link #reusedSaxParser()}. */
	public static void release(SAXParser parser) {
		parser.reset();
	}

	/** The SAX counterpart of {@link #documentBuilderFactory()}, for readers that need element line numbers. */
	private static SAXParser saxParser() {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		factory.setXIncludeAware(false);
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature(DISALLOW_DOCTYPE, true);
			factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
			factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
			factory.setFeature(LOAD_EXTERNAL_DTD, false);
		} catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
			throw new IllegalStateException("the JDK XML parser does not support a required security feature", e);
		}
		try {
			SAXParser parser = factory.newSAXParser();
			restrictAccess(parser);
			return parser;
		} catch (ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("the JDK XML parser does not support a required security property", e);
		}
	}

	/** Properties are set on the parser, not its factory, so a reset parser needs them again. */
	private static void restrictAccess(SAXParser parser) {
		try {
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		} catch (SAXException e) {
			throw new IllegalStateException("the JDK XML parser does not support a required security property", e);
		}
	}

	/** Turns every complaint into a failure: nothing is printed to stderr and nothing doubtful is read on. */
	public static ErrorHandler throwingErrorHandler() {
		return new ErrorHandler() {
			@Override
			public void warning(SAXParseException exception) {
				// warnings (e.g. an ignored encoding declaration) do not make the content doubtful
			}

			@Override
			public void error(SAXParseException exception) throws SAXException {
				throw exception;
			}

			@Override
			public void fatalError(SAXParseException exception) throws SAXException {
				throw exception;
			}
		};
	}
}
