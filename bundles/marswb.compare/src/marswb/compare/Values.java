package marswb.compare;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.engine.DisplayValues;
import marswb.model.edit.names.DisplayNames;
import marswb.model.server.Origin;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage;

/**
 * How compared values read. {@link #text} is the machine's form that JSON and baselines write: dates as ISO instants,
 * enums by their literal, lists joined, an object without counterpart by its attributes. {@link #display} and
 * {@link #displaySubject} are the people's form that the command line's text and the workbench show: display names,
 * sizes in GB, times in the server's local time with UTC beside, enumerations and yes/no as words.
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

	/**
	 * One side's value of a difference as people read it, its moments in {@code server}'s local time (the server of
	 * that side); null stays null.
	 */
	public static String display(Difference difference, Object value, Server server) {
		if (value instanceof EObject object) {
			return DisplayValues.attributes(object);
		}
		return feature(difference) instanceof EAttribute attribute ? DisplayValues.value(attribute, value, server)
				: text(value);
	}

	/** The exact byte count behind a size that {@link #display} writes in GB, for a tooltip; null for other values. */
	public static String byteCount(Difference difference, Object value) {
		return value instanceof Long bytes && feature(difference) instanceof EAttribute attribute
				&& DisplayValues.isByteSize(attribute) ? DisplayValues.byteCount(bytes) : null;
	}

	/** {@code artifact:line}, or null when the origin is unknown. */
	public static String where(Origin origin) {
		return origin == null ? null : origin.getArtifact() + ":" + origin.getLine();
	}

	/**
	 * The path and feature of a difference in the names people read, in the platform's language, e.g. "Scheduled
	 * tasks [\Microsoft\OnlineBackup\...] › If the task is already running" for
	 * {@code tasks[\Microsoft\OnlineBackup\...].multipleInstancesPolicy}; the model's path when a name is not
	 * the model's (a path of a newer model).
	 */
	public static String displaySubject(Difference difference) {
		List<String> names = new ArrayList<>();
		EClass type = walk(difference, (reference, key) -> names
				.add(DisplayNames.of(reference) + (key.isEmpty() ? "" : " " + key)));
		if (type == null) {
			return subject(difference);
		}
		if (difference.feature() != null) {
			EStructuralFeature feature = type.getEStructuralFeature(difference.feature());
			if (feature == null) {
				return subject(difference);
			}
			names.add(DisplayNames.of(feature));
		}
		return String.join(" \u203a ", names);
	}

	/** The model's feature that a difference compares; null for an object entry or a path of a newer model. */
	private static EStructuralFeature feature(Difference difference) {
		EClass type = difference.feature() == null ? null : walk(difference, (reference, key) -> {
		});
		return type == null ? null : type.getEStructuralFeature(difference.feature());
	}

	/**
	 * Follows the difference's path through the model from the server, telling {@code step} each reference with its
	 * bracketed key; the class reached, or null when a segment is not a reference of the model.
	 */
	private static EClass walk(Difference difference, BiConsumer<EReference, String> step) {
		EClass type = ServerPackage.Literals.SERVER;
		for (String segment : segments(difference.path())) {
			int bracket = segment.indexOf('[');
			String name = bracket < 0 ? segment : segment.substring(0, bracket);
			if (!(type.getEStructuralFeature(name) instanceof EReference reference)) {
				return null;
			}
			step.accept(reference, bracket < 0 ? "" : segment.substring(bracket));
			type = reference.getEReferenceType();
		}
		return type;
	}

	/** The path's segments: split at a slash outside the brackets, since a label may hold slashes. */
	private static List<String> segments(String path) {
		List<String> segments = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '[') {
				depth++;
			} else if (c == ']') {
				depth--;
			} else if (c == '/' && depth == 0) {
				segments.add(path.substring(start, i));
				start = i + 1;
			}
		}
		if (start < path.length()) {
			segments.add(path.substring(start));
		}
		return segments;
	}

	/** The path and feature of a difference, as one text. */
	public static String subject(Difference difference) {
		return difference.feature() == null ? difference.path()
				: difference.path().isEmpty() ? difference.feature() : difference.path() + "." + difference.feature();
	}
}
