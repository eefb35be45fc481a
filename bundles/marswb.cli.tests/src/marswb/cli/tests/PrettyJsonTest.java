package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.bundle.BundleReader;
import marswb.cli.internal.ModelJson;
import marswb.cli.internal.PrettyJson;

/** The commands print JSON with the streaming generator; it must be the text Jackson's own mapper writes. */
class PrettyJsonTest {

	static Iterable<Path> samples() throws IOException {
		return ShowCommandTest.samples().toList();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void theShowDocumentOfEverySampleIsWrittenAsTheMapperWritesIt(Path sample) throws Exception {
		JsonNode document = ModelJson.showDocument(BundleReader.read(sample));
		assertEquals(document.toPrettyString(), PrettyJson.of(document));
	}

	@Test
	void everyKindOfValueIsWrittenAsTheMapperWritesIt() {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		ObjectNode document = nodes.objectNode();
		document.put("int", 7).put("long", 1L << 40).put("double", 0.25).put("float", 1.5f)
				.put("big", new java.math.BigDecimal("12345678901234567890.5")).put("text", "二进制 \"q\" \t\u0001")
				.put("yes", true).putNull("none");
		document.set("bigInteger", nodes.numberNode(new java.math.BigInteger("123456789012345678901234")));
		document.putArray("empty");
		document.putObject("emptyObject");
		document.putArray("mixed").add(1).add("a").addObject().put("k", false);
		assertEquals(document.toPrettyString(), PrettyJson.of(document));
	}
}
