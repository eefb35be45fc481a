package marswb.cli.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON tree as indented text, written with the streaming generator and its default pretty printer: the same text
 * as {@link JsonNode#toPrettyString()}, which first builds an {@code ObjectMapper} and loads some 300 classes for it,
 * about 0.2 s of every {@code --format json} run.
 */
public final class PrettyJson {

	private static final JsonFactory FACTORY = new JsonFactory();

	private PrettyJson() {
	}

	public static String of(JsonNode node) {
		StringWriter text = new StringWriter();
		try (JsonGenerator generator = FACTORY.createGenerator(text).useDefaultPrettyPrinter()) {
			write(node, generator);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString();
	}

	private static void write(JsonNode node, JsonGenerator generator) throws IOException {
		switch (node.getNodeType()) {
		case OBJECT -> {
			generator.writeStartObject();
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				generator.writeFieldName(field.getKey());
				write(field.getValue(), generator);
			}
			generator.writeEndObject();
		}
		case ARRAY -> {
			generator.writeStartArray();
			for (JsonNode element : node) {
				write(element, generator);
			}
			generator.writeEndArray();
		}
		case NUMBER -> writeNumber(node, generator);
		case BOOLEAN -> generator.writeBoolean(node.booleanValue());
		case NULL, MISSING -> generator.writeNull();
		default -> generator.writeString(node.asText());
		}
	}

	private static void writeNumber(JsonNode node, JsonGenerator generator) throws IOException {
		switch (node.numberType()) {
		case INT -> generator.writeNumber(node.intValue());
		case LONG -> generator.writeNumber(node.longValue());
		case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
		case FLOAT -> generator.writeNumber(node.floatValue());
		case DOUBLE -> generator.writeNumber(node.doubleValue());
		default -> generator.writeNumber(node.decimalValue());
		}
	}
}
