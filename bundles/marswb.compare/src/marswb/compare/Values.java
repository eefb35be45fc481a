package marswb.compare;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import marswb.model.server.Origin;

/**
 * How compared values read, in the command line and in the workbench: dates as ISO instants, enums by their
 * literal, lists joined, an object without counterpart by its attributes.
 *
 * @since 0.1
 */
public final class Values {

	private Values() {
	}

	/** The value as text; null stays null. */
	public static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return DateTimeFormatter.ISO_INSTANT.format(date.toInstant());
		}
		if (value instanceof Enumerator enumerator) {
			return enumerator.getLiteral();
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(Values::text).collect(Collectors.joining(", "));
		}
		if (value instanceof EObject object) {
			// an object without counterpart: what it says, without its parts
			StringJoiner joiner = new StringJoiner(", ");
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				Object attributeValue = object.eGet(attribute);
				if (attributeValue != null && !(attributeValue instanceof Collection<?> c && c.isEmpty())) {
					joiner.add(attribute.getName() + "=" + text(attributeValue));
				}
			}
			return joiner.toString();
		}
		return value.toString();
	}

	/** {@code artifact:line}, or null when the origin is unknown. */
	public static String where(Origin origin) {
		return origin == null ? null : origin.getArtifact() + ":" + origin.getLine();
	}

	/** The path and feature of a difference, as one text. */
	public static String subject(Difference difference) {
		return difference.feature() == null ? difference.path()
				: difference.path().isEmpty() ? difference.feature() : difference.path() + "." + difference.feature();
	}
}
