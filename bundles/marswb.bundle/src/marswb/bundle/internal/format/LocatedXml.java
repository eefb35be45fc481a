package marswb.bundle.internal.format;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.w3c.dom.Comment;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

import marswb.bundle.spi.ArtifactFormatException;

/**
 * A small XML document read into a DOM whose elements and comments know the line they start on, so that parsers can
 * record the provenance of every value. Parsed from decoded text (the encoding declaration, e.g. {@code UTF-16}, is
 * then irrelevant) by the hardened parser of {@link SecureXml}.
 */
public final class LocatedXml {

	private static final String LINE = "marswb.line";
	private static final String START_TAG = "marswb.startTag";

	/** Makes the empty documents the parser's events fill; building one per document cost as much as the parse. */
	private static final ThreadLocal<DocumentBuilder> DOCUMENTS = ThreadLocal.withInitial(() -> {
		try {
			return SecureXml.documentBuilderFactory().newDocumentBuilder();
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK cannot create an XML document", e);
		}
	});

	private final Document document;
	private final String text;
	private final int[] lineStarts;

	private LocatedXml(Document document, String text, int[] lineStarts) {
		this.document = document;
		this.text = text;
		this.lineStarts = lineStarts;
	}

	/** Parses decoded text; anything not well-formed, or with a DOCTYPE, is refused with the line of the fault. */
	public static LocatedXml parse(String text) throws ArtifactFormatException {
		int[] lineStarts = lineStarts(text);
		Document document;
		document = DOCUMENTS.get().newDocument();
		LocatedXml xml = new LocatedXml(document, text, lineStarts);
		SAXParser parser = SecureXml.reusedSaxParser();
		try {
			var reader = parser.getXMLReader();
			Builder builder = xml.new Builder();
			reader.setContentHandler(builder);
			reader.setProperty("http://xml.org/sax/properties/lexical-handler", builder);
			reader.setErrorHandler(SecureXml.throwingErrorHandler());
			reader.parse(new InputSource(new StringReader(text)));
		} catch (SAXParseException e) {
			throw new ArtifactFormatException(describe(e), Math.max(e.getLineNumber(), 0));
		} catch (SAXException | DOMException e) {
			throw new ArtifactFormatException("not well-formed XML: " + e.getMessage());
		} catch (IOException e) {
			throw new IllegalStateException("reading from a string cannot fail", e);
		} finally {
			SecureXml.release(parser);
		}
		if (document.getDocumentElement() == null) {
			throw new ArtifactFormatException("the XML document has no root element");
		}
		return xml;
	}

	private static String describe(SAXParseException e) {
		String message = String.valueOf(e.getMessage());
		if (message.contains("DOCTYPE") || message.contains(SecureXml.DISALLOW_DOCTYPE)) {
			return "XML with a DOCTYPE declaration is refused: a bundle may not carry DTDs or entities,"
					+ " which could read local files or expand without bound";
		}
		return "not well-formed XML: " + message;
	}

	public Element root() {
		return document.getDocumentElement();
	}

	/** 1-based line on which an element or comment starts. */
	public int line(Node node) {
		Object line = node.getUserData(LINE);
		return line instanceof Integer number ? number : 0;
	}

	/** The part of an element's start tag that stands on its first line, e.g. {@code <Settings>}. */
	public String startTag(Element element) {
		Object tag = element.getUserData(START_TAG);
		return tag instanceof String text ? text : "";
	}

	/** Raw text for a value read from an element: the value itself when it stands on the element's line, else the start tag. */
	public String raw(Element element, String value) {
		return value != null && !value.isEmpty() && lineText(line(element)).contains(value) ? value
				: startTag(element);
	}

	/** The text of a line of the document. */
	public String lineText(int line) {
		if (line < 1 || line > lineStarts.length) {
			return "";
		}
		int start = lineStarts[line - 1];
		int end = text.indexOf('\n', start);
		return text.substring(start, end < 0 ? text.length() : end);
	}

	/** Child elements, in document order. */
	public static List<Element> children(Element parent) {
		List<Element> result = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				result.add(element);
			}
		}
		return result;
	}

	/** The first child element with this local name, whatever its namespace. */
	public static Optional<Element> child(Element parent, String localName) {
		if (parent == null) {
			return Optional.empty();
		}
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && localName.equals(element.getLocalName())) {
				return Optional.of(element);
			}
		}
		return Optional.empty();
	}

	/** The trimmed text of an element; {@code null} when it is empty. */
	public static String text(Element element) {
		String content = element.getTextContent();
		if (content == null || content.isBlank()) {
			return null;
		}
		return content.strip();
	}

	/** The comment just before an element (only white space between), e.g. the task name schtasks writes. */
	public static Optional<Comment> precedingComment(Element element) {
		for (Node node = element.getPreviousSibling(); node != null; node = node.getPreviousSibling()) {
			if (node instanceof Comment comment) {
				return Optional.of(comment);
			}
			if (node.getNodeType() != Node.TEXT_NODE || !node.getTextContent().isBlank()) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static int[] lineStarts(String text) {
		int[] starts = new int[64];
		int count = 0;
		starts[count++] = 0;
		for (int i = text.indexOf('\n'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\n', i + 1)) {
			if (count == starts.length) {
				starts = Arrays.copyOf(starts, count * 2);
			}
			starts[count++] = i + 1;
		}
		return Arrays.copyOf(starts, count);
	}

	private int lineOf(int offset) {
		int index = Arrays.binarySearch(lineStarts, offset);
		return index >= 0 ? index + 1 : -index - 1;
	}

	/** Offset in the text of a locator position (1-based line and column, pointing after the construct). */
	private int offset(Locator locator) {
		int line = Math.min(Math.max(locator.getLineNumber(), 1), lineStarts.length);
		return Math.min(lineStarts[line - 1] + Math.max(locator.getColumnNumber() - 1, 0), text.length());
	}

	/** Builds the DOM from SAX events; the locator only knows where a construct ends, so its start is searched back. */
	private final class Builder extends DefaultHandler2 {
		private final Deque<Node> open = new ArrayDeque<>();
		private Locator locator;

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
			for (int i = 0; i < attributes.getLength(); i++) {
				String attributeUri = attributes.getURI(i);
				element.setAttributeNS(attributeUri.isEmpty() ? null : attributeUri, attributes.getQName(i),
						attributes.getValue(i));
			}
			int start = locator == null ? -1 : text.lastIndexOf('<', offset(locator) - 1);
			if (start >= 0) {
				int line = lineOf(start);
				element.setUserData(LINE, line, null);
				int lineEnd = text.indexOf('\n', start);
				int tagEnd = text.indexOf('>', start);
				int end = lineEnd < 0 ? text.length() : lineEnd;
				if (tagEnd >= 0 && tagEnd < end) {
					end = tagEnd + 1;
				}
				element.setUserData(START_TAG, text.substring(start, end), null);
			}
			parent().appendChild(element);
			open.push(element);
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			open.pop();
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (!open.isEmpty()) {
				open.peek().appendChild(document.createTextNode(new String(ch, start, length)));
			}
		}

		@Override
		public void comment(char[] ch, int start, int length) {
			Comment comment = document.createComment(new String(ch, start, length));
			int begin = locator == null ? -1 : text.lastIndexOf("<!--", offset(locator) - 1);
			if (begin >= 0) {
				comment.setUserData(LINE, lineOf(begin), null);
			}
			parent().appendChild(comment);
		}

		private Node parent() {
			return open.isEmpty() ? document : open.peek();
		}
	}
}
