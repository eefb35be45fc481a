package marswb.bundle.internal.format;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.bundle.spi.ArtifactFormatException;

/**
 * A JSON document (as Windows PowerShell 5.1 ConvertTo-Json writes it) whose values remember their line and source
 * text, so that a model value can point at the line it came from.
 */
public final class LocatedJson {

	/** ConvertTo-Json of PowerShell 5.1 writes dates as "\/Date(1700000000000)\/", optionally with an offset. */
	private static final Pattern MS_DATE = Pattern.compile("^/Date\\((-?\\d+)([+-]\\d{4})?\\)/$");
	private static final int MAX_DEPTH = 64;
	/** Thread-safe, and costly to build (symbol tables): one for every document, as Jackson advises. */
	private static final JsonFactory FACTORY = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();

	private final JsonNode root;
	private final Map<JsonNode, Position> positions;

	/** Line and source text of one value. */
	public record Position(int line, String raw) {
	}

	private LocatedJson(JsonNode root, Map<JsonNode, Position> positions) {
		this.root = root;
		this.positions = positions;
	}

	public JsonNode root() {
		return root;
	}

	/** 1-based line of a value of this document, 0 when unknown. */
	public int line(JsonNode node) {
		Position position = positions.get(node);
		return position == null ? 0 : position.line();
	}

	/** The value's source text as it stands on its line (a string keeps its quotes and escapes). */
	public String raw(JsonNode node) {
		Position position = positions.get(node);
		return position == null ? "" : position.raw();
	}

	public static LocatedJson parse(String text) throws ArtifactFormatException {
		Map<JsonNode, Position> positions = new IdentityHashMap<>();
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		try (JsonParser parser = FACTORY.createParser(body)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new ArtifactFormatException("empty JSON document");
			}
			JsonNode root = read(parser, body, positions);
			if (parser.nextToken() != null) {
				throw new ArtifactFormatException("text after the JSON document", parser.currentLocation().getLineNr());
			}
			return new LocatedJson(root, positions);
		} catch (JsonProcessingException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
			throw new ArtifactFormatException("not valid JSON: " + e.getOriginalMessage(), line, e);
		} catch (IOException e) {
			throw new ArtifactFormatException("not valid JSON: " + e.getMessage(), 0, e);
		}
	}

	/**
	 * A number with a fraction or exponent. One whose exponent no BigDecimal can hold (found by fuzzing:
	 * {@code 1E00000000000000000017325183817093800846}) stays as its text, so that only a field that needs it as a
	 * number reports it and the document is read.
	 */
	private static JsonNode decimal(JsonParser parser, JsonNodeFactory nodes) throws IOException {
		try {
			return nodes.numberNode(parser.getDecimalValue());
		} catch (NumberFormatException e) {
			return nodes.textNode(parser.getText());
		}
	}

	private static JsonNode read(JsonParser parser, String text, Map<JsonNode, Position> positions)
			throws IOException {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		JsonToken token = parser.currentToken();
		int line = parser.currentTokenLocation().getLineNr();
		int start = (int) parser.currentTokenLocation().getCharOffset();
		JsonNode node;
		switch (token) {
		case START_OBJECT -> {
			ObjectNode object = nodes.objectNode();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				object.set(name, read(parser, text, positions));
			}
			node = object;
		}
		case START_ARRAY -> {
			ArrayNode array = nodes.arrayNode();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				array.add(read(parser, text, positions));
			}
			node = array;
		}
		case VALUE_STRING -> node = nodes.textNode(parser.getText());
		// PowerShell writes UInt64 values (18446744073709551615) that a long cannot hold
		case VALUE_NUMBER_INT -> node = parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
				? nodes.numberNode(parser.getBigIntegerValue())
				: nodes.numberNode(parser.getLongValue());
		case VALUE_NUMBER_FLOAT -> node = decimal(parser, nodes);
		case VALUE_TRUE -> node = nodes.booleanNode(true);
		case VALUE_FALSE -> node = nodes.booleanNode(false);
		case VALUE_NULL -> node = nodes.nullNode();
		default -> throw new IOException("unexpected " + token);
		}
		if (!node.isContainerNode()) {
			int end = (int) parser.currentLocation().getCharOffset();
			String raw = start >= 0 && end <= text.length() && end > start ? trimDelimiters(text.substring(start, end)) : "";
			positions.put(node, new Position(line, raw));
		} else {
			// an object or array is located by its opening bracket, which stands on its first line
			positions.put(node, new Position(line, node.isObject() ? "{" : "["));
		}
		return node;
	}

	private static String trimDelimiters(String raw) {
		String trimmed = raw.strip();
		while (trimmed.endsWith(",") || trimmed.endsWith("}") || trimmed.endsWith("]")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
		}
		return trimmed;
	}

	/** ConvertTo-Json writes a one-element collection as the element itself: treat both alike. */
	public static List<JsonNode> items(JsonNode node) {
		List<JsonNode> result = new ArrayList<>();
		if (node == null || node.isNull() || node.isMissingNode()) {
			return result;
		}
		if (node.isArray()) {
			node.forEach(result::add);
		} else {
			result.add(node);
		}
		return result;
	}

	/**
	 * The value that holds a date: ConvertTo-Json of PowerShell 5.1 writes a DateTime that came from Get-Date as an
	 * object, {@code {"value":"\/Date(ms)\/","DisplayHint":2,"DateTime":"<culture text>"}}, whose {@code value} is
	 * the date; any other node is itself. Callers take the line and raw text of a date from this node.
	 */
	public static JsonNode dateNode(JsonNode node) {
		if (node != null && node.isObject() && (node.has("DateTime") || node.has("DisplayHint"))) {
			JsonNode value = node.get("value");
			if (value != null && value.isValueNode()) {
				return value;
			}
		}
		return node;
	}

	/**
	 * A date as PowerShell 5.1 ("/Date(ms)/", bare or as the {@code value} of a Get-Date object, see
	 * {@link #dateNode}) or an ISO-8601 writer puts it.
	 */
	public static Optional<Instant> date(JsonNode dateOrObject) {
		JsonNode node = dateNode(dateOrObject);
		if (node == null || !node.isTextual()) {
			return Optional.empty();
		}
		String text = node.asText().trim();
		Matcher matcher = MS_DATE.matcher(text);
		if (matcher.matches()) {
			return Optional.of(Instant.ofEpochMilli(Long.parseLong(matcher.group(1))));
		}
		try {
			return Optional.of(OffsetDateTime.parse(text).toInstant());
		} catch (DateTimeParseException e) {
			try {
				return Optional.of(Instant.parse(text));
			} catch (DateTimeParseException e2) {
				return Optional.empty();
			}
		}
	}

	/** Text of a scalar value, or null for null, missing and container values. */
	public static String text(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
			return null;
		}
		return node.asText();
	}
}
