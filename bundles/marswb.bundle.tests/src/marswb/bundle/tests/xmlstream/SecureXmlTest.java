package marswb.bundle.tests.xmlstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilder;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import marswb.bundle.internal.format.LocatedXml;
import marswb.bundle.internal.format.SecureXml;
import marswb.bundle.spi.ArtifactFormatException;

class SecureXmlTest {

	private static final String XXE = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
			+ "<r>&e;</r>\n";

	@Test
	void documentBuilderRefusesDoctypes() throws Exception {
		DocumentBuilder builder = SecureXml.documentBuilderFactory().newDocumentBuilder();
		builder.setErrorHandler(SecureXml.throwingErrorHandler());
		// assertThrows needs org.junit.jupiter.api.function, which this fragment does not import
		try {
			builder.parse(new InputSource(new StringReader(XXE)));
			fail("a DOCTYPE was accepted");
		} catch (SAXParseException refused) {
			assertFalse(String.valueOf(refused.getMessage()).contains("root:"));
		}
	}

	@Test
	void elementsAndCommentsKnowTheirLines() throws ArtifactFormatException {
		LocatedXml xml = LocatedXml.parse("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a>\n  <!-- name -->\n"
				+ "  <b x=\"1\"\n     y=\"2\">text</b>\n  <c/>\n</a>\n");
		Element b = LocatedXml.child(xml.root(), "b").orElseThrow();
		assertEquals(4, xml.line(b));
		assertEquals("<b x=\"1\"", xml.startTag(b));
		assertEquals("text", LocatedXml.text(b));
		// the value is on the start tag's second line, so the raw text falls back to the start tag
		assertEquals("<b x=\"1\"", xml.raw(b, "text"));
		assertEquals(3, xml.line(LocatedXml.precedingComment(b).orElseThrow()));
		Element c = LocatedXml.child(xml.root(), "c").orElseThrow();
		assertEquals(6, xml.line(c));
		assertEquals("<c/>", xml.startTag(c));
		assertTrue(LocatedXml.precedingComment(c).isEmpty());
	}

	@Test
	void refusalsAreFormatErrors() {
		assertTrue(refusal(XXE).contains("DOCTYPE"), refusal(XXE));
		assertTrue(refusal("").startsWith("not well-formed XML"), refusal(""));
	}

	/**
	 * A thread's parser is reused: a refusal or a broken document leaves it as strict and as usable as a new one, and
	 * a document parsed after a failed one keeps nothing of it.
	 */
	@Test
	void aReusedParserStaysHardened() throws ArtifactFormatException {
		for (int i = 0; i < 3; i++) {
			assertTrue(refusal(XXE).contains("DOCTYPE"), refusal(XXE));
			assertTrue(refusal("<a><b></a>").startsWith("not well-formed XML"), refusal("<a><b></a>"));
			LocatedXml xml = LocatedXml.parse("<a>\n  <b/>\n</a>\n");
			assertEquals("a", xml.root().getTagName());
			assertEquals(2, xml.line(LocatedXml.child(xml.root(), "b").orElseThrow()));
			assertTrue(LocatedXml.child(xml.root(), "r").isEmpty());
		}
	}

	private static String refusal(String text) {
		try {
			LocatedXml.parse(text);
			return "accepted";
		} catch (ArtifactFormatException e) {
			return e.getMessage();
		}
	}
}
