package marswb.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import marswb.compare.Difference;

/**
 * How compared values read in a cell, as the command line prints them: dates as ISO instants, lists joined, an
 * object without counterpart by its attributes; one line, cut short, since a cell is no place for a whole log.
 */
final class ComparisonValues {

	private static final int MAX_LENGTH = 300;

	private ComparisonValues() {
	}

	/** The path and feature of a difference, as one text. */
	static String subject(Difference difference) {
		return difference.feature() == null ? difference.path()
				: difference.path().isEmpty() ? difference.feature() : difference.path() + "." + difference.feature();
	}

	/** The value as a cell shows it; {@code absent}: the other side only has the object. */
	static String cell(Object value, boolean absent) {
		if (absent) {
			return Messages.Compare_absent;
		}
		String text = value == null ? "" : text(value).replace('\r', ' ').replace('\n', ' ');
		return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "\u2026" : text;
	}

	private static String text(Object value) {
		if (value instanceof Date date) {
			return DateTimeFormatter.ISO_INSTANT.format(date.toInstant());
		}
		if (value instanceof Enumerator enumerator) {
			return enumerator.getLiteral();
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(ComparisonValues::text).collect(Collectors.joining(", "));
		}
		if (value instanceof EObject object) {
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
}
