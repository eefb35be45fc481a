package marswb.model.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.model.server.Located;
import marswb.model.server.Origin;
import marswb.model.server.ServerFactory;

/**
 * Records and answers where a value of the server model came from. Parsers set a value and its origin together,
 * so that every value shown to a support engineer can be traced back to an artifact line.
 *
 * @since 0.1
 */
public final class Provenance {

	private Provenance() {
	}

	/** Sets a single-valued feature and records its origin, replacing an earlier origin of the same feature. */
	public static void set(Located owner, EStructuralFeature feature, Object value, String artifact, int line,
			String raw) {
		owner.eSet(feature, value);
		owner.getOrigins().removeIf(o -> o.getFeature().equals(feature.getName()));
		owner.getOrigins().add(origin(feature, -1, artifact, line, raw));
	}

	/** Appends a value to a many-valued feature and records the origin of that value. */
	@SuppressWarnings("unchecked")
	public static void add(Located owner, EStructuralFeature feature, Object value, String artifact, int line,
			String raw) {
		List<Object> values = (List<Object>) owner.eGet(feature);
		values.add(value);
		owner.getOrigins().add(origin(feature, values.size() - 1, artifact, line, raw));
	}

	/** Records where an object as a whole was read from (feature name {@code ""}). */
	public static void located(Located owner, String artifact, int line, String raw) {
		owner.getOrigins().add(origin(null, -1, artifact, line, raw));
	}

	/** The origin of a single-valued feature, if the value was read from evidence. */
	public static Optional<Origin> of(Located owner, EStructuralFeature feature) {
		for (Origin origin : owner.getOrigins()) {
			if (origin.getFeature().equals(feature.getName())) {
				return Optional.of(origin);
			}
		}
		return Optional.empty();
	}

	/** Where the object itself was read from, falling back to the first origin of any of its values. */
	public static Optional<Origin> ofObject(Located owner) {
		for (Origin origin : owner.getOrigins()) {
			if (origin.getFeature().isEmpty()) {
				return Optional.of(origin);
			}
		}
		return owner.getOrigins().stream().findFirst();
	}

	/** Origins of every value of a many-valued feature, in value order. */
	public static List<Origin> allOf(Located owner, EStructuralFeature feature) {
		List<Origin> result = new ArrayList<>();
		for (Origin origin : owner.getOrigins()) {
			if (origin.getFeature().equals(feature.getName())) {
				result.add(origin);
			}
		}
		return result;
	}

	private static Origin origin(EStructuralFeature feature, int index, String artifact, int line, String raw) {
		Origin origin = ServerFactory.eINSTANCE.createOrigin();
		origin.setFeature(feature == null ? "" : feature.getName());
		origin.setIndex(index);
		origin.setArtifact(artifact);
		origin.setLine(line);
		origin.setRaw(raw);
		return origin;
	}
}
