package marswb.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.engine.internal.CheckRegistry;
import marswb.model.server.ServerPackage;

/**
 * The installed troubleshooting areas in their declared order, their names in the current language, and which area
 * owns each model feature (so that a comparison can be summarized area by area).
 *
 * @since 0.1
 */
public final class Areas {

	private static final Comparator<Area> ORDER = Comparator.comparingInt(Area::order).thenComparing(Area::id);

	private final List<Area> areas;
	private final Map<String, Area> byId = new LinkedHashMap<>();
	private final Map<EStructuralFeature, String> owners = new HashMap<>();
	private final Map<String, List<EStructuralFeature>> owned = new HashMap<>();
	private final List<String> problems = new ArrayList<>();

	private Areas(List<Area> declared) {
		for (Area area : declared.stream().sorted(ORDER).toList()) {
			if (byId.putIfAbsent(area.id(), area) != null) {
				problems.add("area " + area.id() + " of " + area.contributor() + " is declared twice");
				continue;
			}
			List<EStructuralFeature> features = new ArrayList<>();
			owned.put(area.id(), features);
			for (String name : area.features()) {
				EStructuralFeature feature = feature(name);
				String other = feature == null ? null : owners.putIfAbsent(feature, area.id());
				if (feature != null && other == null) {
					features.add(feature);
				}
				if (feature == null) {
					problems.add("area " + area.id() + " of " + area.contributor() + " names " + name
							+ ", which is no feature of an installed model");
				} else if (other != null) {
					problems.add("area " + area.id() + " of " + area.contributor() + " claims " + name
							+ ", which area " + other + " owns (one owner per fact)");
				}
			}
		}
		this.areas = List.copyOf(byId.values());
	}

	/** The areas contributed to the running platform. */
	public static Areas platform() {
		return CheckRegistry.platform().areas();
	}

	/** Given areas (tests, or a caller that declares its own). */
	public static Areas of(List<Area> declared) {
		return new Areas(declared);
	}

	/** Every area, in display order. */
	public List<Area> all() {
		return areas;
	}

	public Optional<Area> get(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** The display name of an area, or its id when no installed bundle declares it. */
	public String name(String id) {
		Area area = byId.get(id);
		return area == null ? id : area.name();
	}

	/** The area that declares the feature as its own, or null when none does. */
	public String owner(EStructuralFeature feature) {
		return owners.get(feature);
	}

	/** The features an area owns, in the order it declares them; empty for an area that is not installed. */
	public List<EStructuralFeature> features(String id) {
		return List.copyOf(owned.getOrDefault(id, List.of()));
	}

	/** Area ids in display order; ids that no installed bundle declares come after them, by id. */
	public Comparator<String> order() {
		return Comparator.comparingInt((String id) -> byId.containsKey(id) ? byId.get(id).order() : Integer.MAX_VALUE)
				.thenComparing(Comparator.naturalOrder());
	}

	/** Declarations that could not be honored: a feature that does not exist, a fact with two owners. */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	private static EStructuralFeature feature(String name) {
		int hash = name.lastIndexOf('#');
		EPackage ePackage = hash < 0 ? ServerPackage.eINSTANCE
				: EPackage.Registry.INSTANCE.getEPackage(name.substring(0, hash));
		String[] parts = name.substring(hash + 1).split("\\.", 2);
		if (ePackage == null || parts.length != 2) {
			return null;
		}
		EClassifier owner = ePackage.getEClassifier(parts[0]);
		return owner instanceof EClass type ? type.getEStructuralFeature(parts[1]) : null;
	}
}
