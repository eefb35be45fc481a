package marswb.bundle.internal.format;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Property look-up for ConvertTo-Json output whose property names are not a contract: PowerShell keeps the .NET
 * spelling, which has changed case between agent versions, so names are matched without regard to case.
 */
public final class JsonFields {

	private JsonFields() {
	}

	/** The value of the first of the names that the object has, or null (also for null and non-objects). */
	public static JsonNode get(JsonNode object, String... names) {
		if (object == null || !object.isObject()) {
			return null;
		}
		for (String name : names) {
			JsonNode exact = object.get(name);
			if (exact != null) {
				return exact;
			}
			Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (field.getKey().equalsIgnoreCase(name)) {
					return field.getValue();
				}
			}
		}
		return null;
	}

	/** True for a missing value and JSON null. */
	public static boolean isAbsent(JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode();
	}
}
