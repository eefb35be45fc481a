package marswb.cli.tests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a JSON document against the subset of JSON Schema 2020-12 our schemas use: type (one or several),
 * const, enum, required, properties, additionalProperties (false or a schema), items, minItems, uniqueItems, anyOf,
 * oneOf, minimum, maximum, pattern and local $ref to #/$defs or #/definitions (the SARIF schema's draft-07 name).
 * Anything else in a schema is an error, so a schema cannot silently use an unchecked keyword.
 */
final class JsonSchemaValidator {

	private static final List<String> KNOWN = List.of("$schema", "$id", "title", "description", "type", "const",
			"enum", "required", "properties", "additionalProperties", "items", "anyOf", "pattern", "$ref", "$defs",
			"format", "definitions", "minItems", "uniqueItems", "oneOf", "minimum", "maximum");

	private final JsonNode root;
	private final List<String> errors = new ArrayList<>();

	private JsonSchemaValidator(JsonNode root) {
		this.root = root;
	}

	static List<String> validate(JsonNode schema, JsonNode document) {
		JsonSchemaValidator validator = new JsonSchemaValidator(schema);
		validator.check(schema, document, "$");
		return validator.errors;
	}

	private boolean check(JsonNode schema, JsonNode value, String path) {
		int before = errors.size();
		for (Iterator<String> names = schema.fieldNames(); names.hasNext();) {
			String keyword = names.next();
			if (!KNOWN.contains(keyword)) {
				errors.add(path + ": schema keyword not supported by the validator: " + keyword);
			}
		}
		if (schema.has("$ref")) {
			String ref = schema.get("$ref").asText();
			JsonNode target = root.at(ref.substring(1));
			if (target.isMissingNode()) {
				errors.add(path + ": unresolved $ref " + ref);
			} else {
				check(target, value, path);
			}
		}
		if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
			errors.add(path + ": expected " + schema.get("type") + " but was " + value.getNodeType());
			return false;
		}
		if (schema.has("const") && !schema.get("const").equals(value)) {
			errors.add(path + ": expected " + schema.get("const"));
		}
		if (schema.has("enum")) {
			boolean found = false;
			for (JsonNode allowed : schema.get("enum")) {
				found |= allowed.equals(value);
			}
			if (!found) {
				errors.add(path + ": " + value + " not in " + schema.get("enum"));
			}
		}
		if (schema.has("pattern") && value.isTextual()
				&& !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
			errors.add(path + ": " + value + " does not match " + schema.get("pattern"));
		}
		if (schema.has("anyOf")) {
			boolean any = false;
			for (JsonNode option : schema.get("anyOf")) {
				JsonSchemaValidator probe = new JsonSchemaValidator(root);
				probe.check(option, value, path);
				any |= probe.errors.isEmpty();
			}
			if (!any) {
				errors.add(path + ": matches no anyOf option");
			}
		}
		if (schema.has("oneOf")) {
			int matching = 0;
			for (JsonNode option : schema.get("oneOf")) {
				JsonSchemaValidator probe = new JsonSchemaValidator(root);
				probe.check(option, value, path);
				matching += probe.errors.isEmpty() ? 1 : 0;
			}
			if (matching != 1) {
				errors.add(path + ": matches " + matching + " oneOf options instead of exactly one");
			}
		}
		if (value.isNumber() && (schema.has("minimum")
				&& value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0
				|| schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0)) {
			errors.add(path + ": " + value + " outside [" + schema.path("minimum") + ", " + schema.path("maximum") + "]");
		}
		if (value.isArray() && value.size() < schema.path("minItems").asInt(0)) {
			errors.add(path + ": fewer than " + schema.get("minItems") + " items");
		}
		if (value.isArray() && schema.path("uniqueItems").asBoolean(false)) {
			Set<JsonNode> seen = new HashSet<>();
			for (JsonNode item : value) {
				if (!seen.add(item)) {
					errors.add(path + ": duplicate item " + item);
				}
			}
		}
		if (value.isObject()) {
			checkObject(schema, value, path);
		}
		if (value.isArray() && schema.has("items")) {
			int i = 0;
			for (JsonNode item : value) {
				check(schema.get("items"), item, path + "[" + i++ + "]");
			}
		}
		return errors.size() == before;
	}

	private void checkObject(JsonNode schema, JsonNode value, String path) {
		for (JsonNode required : schema.path("required")) {
			if (!value.has(required.asText())) {
				errors.add(path + ": missing required " + required.asText());
			}
		}
		JsonNode properties = schema.path("properties");
		for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			String childPath = path + "." + field.getKey();
			if (properties.has(field.getKey())) {
				check(properties.get(field.getKey()), field.getValue(), childPath);
			} else if (schema.has("additionalProperties")) {
				JsonNode additional = schema.get("additionalProperties");
				if (additional.isBoolean() && !additional.asBoolean()) {
					errors.add(childPath + ": property not allowed");
				} else if (additional.isObject()) {
					check(additional, field.getValue(), childPath);
				}
			}
		}
	}

	private static boolean typeMatches(JsonNode type, JsonNode value) {
		if (type.isArray()) {
			for (JsonNode option : type) {
				if (typeMatches(option, value)) {
					return true;
				}
			}
			return false;
		}
		return switch (type.asText()) {
		case "object" -> value.isObject();
		case "array" -> value.isArray();
		case "string" -> value.isTextual();
		case "integer" -> value.isIntegralNumber();
		case "number" -> value.isNumber();
		case "boolean" -> value.isBoolean();
		case "null" -> value.isNull();
		default -> false;
		};
	}
}
