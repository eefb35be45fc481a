package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;

import com.fasterxml.jackson.databind.JsonNode;

import marswb.bundle.BundleLimits;
import marswb.bundle.internal.format.LocatedJson;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Located;

/** Reads a ConvertTo-Json artifact and puts its scalar values into the model with their line and source text. */
final class JsonValues {

	private final ParseContext context;
	private final LocatedJson json;

	private JsonValues(ParseContext context, LocatedJson json) {
		this.context = context;
		this.json = json;
	}

	/**
	 * The document, or null when the file holds only blanks: ConvertTo-Json of no object writes nothing, so for
	 * commands that may return nothing an empty file is an answer, not damage.
	 */
	static JsonValues readOrEmpty(ArtifactInput input, ParseContext context)
			throws IOException, ArtifactFormatException {
		String text = input.readText(BundleLimits.DEFAULT.maxDocumentChars());
		if (text.strip().replace("\uFEFF", "").isEmpty()) {
			return null;
		}
		return new JsonValues(context, LocatedJson.parse(text));
	}

	LocatedJson json() {
		return json;
	}

	JsonNode root() {
		return json.root();
	}

	int line(JsonNode node) {
		return json.line(node);
	}

	String raw(JsonNode node) {
		return json.raw(node);
	}

	/**
	 * A PowerShell or ISO date; empty when the value is not one. LocatedJson.date lets an out-of-range millisecond
	 * count escape as an exception: damaged input, so it is caught here.
	 */
	static Optional<Instant> date(JsonNode node) {
		try {
			return LocatedJson.date(node);
		} catch (RuntimeException e) {
			return Optional.empty();
		}
	}

	/** Sets a text attribute from a scalar; null, empty and container values are left out. */
	String setText(Located owner, EAttribute feature, JsonNode node) {
		String text = LocatedJson.text(node);
		if (text == null || text.isEmpty()) {
			if (node != null && node.isContainerNode()) {
				context.problem(feature.getName() + " is not a single value (line " + line(node) + ")");
			}
			return null;
		}
		context.set(owner, feature, text, line(node), raw(node));
		return text;
	}

	/** Sets a Boolean attribute from true/false (or the strings True/False); other values are reported. */
	void setBoolean(Located owner, EAttribute feature, JsonNode node, String name) {
		if (node == null || node.isNull()) {
			return;
		}
		Boolean value = null;
		if (node.isBoolean()) {
			value = node.booleanValue();
		} else if (node.isTextual()) {
			String text = node.textValue().strip().toLowerCase(Locale.ROOT);
			value = text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
		}
		if (value == null) {
			context.problem(name + " " + raw(node) + " is neither true nor false (line " + line(node) + ")");
		} else {
			context.set(owner, feature, value, line(node), raw(node));
		}
	}

	/** Sets an Integer attribute from a whole number (or a string of one); other values are reported. */
	void setInteger(Located owner, EAttribute feature, JsonNode node, String name) {
		if (node == null || node.isNull()) {
			return;
		}
		Integer value = null;
		if (node.isIntegralNumber() && node.canConvertToInt()) {
			value = node.intValue();
		} else if (node.isTextual()) {
			try {
				value = Integer.valueOf(node.textValue().strip());
			} catch (NumberFormatException e) {
				// reported below
			}
		}
		if (value == null) {
			context.problem(name + " " + raw(node) + " is not a whole number (line " + line(node) + ")");
		} else {
			context.set(owner, feature, value, line(node), raw(node));
		}
	}
}
