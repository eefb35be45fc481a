package marswb.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.compare.internal.Expectations;
import marswb.engine.Areas;
import marswb.compare.internal.Keys;
import marswb.compare.internal.Masks;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Located;
import marswb.model.server.Origin;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage;

/**
 * Compares two server models generically over their Ecore: every attribute of every object, objects in lists
 * matched by natural key ({@link Keys}). A value present on one side only, or carried by an artifact that is
 * missing, failed or unreadable on one side, is INCOMPLETE: the evidence is missing, which is not a difference.
 *
 * @since 0.1
 */
public final class ModelComparer {

	private static final EReference ORIGINS = ServerPackage.eINSTANCE.getLocated_Origins();
	private static final EReference ARTIFACTS = ServerPackage.eINSTANCE.getServer_Artifacts();

	private final Areas areas = Areas.platform();
	private final Keys keys;
	private final Expectations expectations;
	private final Map<String, ArtifactStatus> leftArtifacts;
	private final Map<String, ArtifactStatus> rightArtifacts;
	private final List<Difference> differences = new ArrayList<>();

	private ModelComparer(Server left, Server right, boolean sameServer) {
		Masks masks = new Masks(sameServer ? List.of() : hostNames(left, right));
		this.keys = new Keys(sameServer, masks);
		this.expectations = new Expectations(sameServer, masks);
		this.leftArtifacts = artifacts(left);
		this.rightArtifacts = artifacts(right);
	}

	/** Compares the models only. */
	public static Comparison compare(Server left, Server right) {
		return compare(left, right, null, null);
	}

	/** Compares the models and, when both are given, the findings of the two diagnoses. */
	public static Comparison compare(Server left, Server right, Diagnosis leftDiagnosis, Diagnosis rightDiagnosis) {
		boolean sameServer = sameServer(left, right);
		ModelComparer comparer = new ModelComparer(left, right, sameServer);
		comparer.compareObjects(Comparison.BASICS, "", left, right);
		List<FindingDelta> findings = leftDiagnosis == null || rightDiagnosis == null ? List.of()
				: FindingsComparer.compare(leftDiagnosis, rightDiagnosis);
		return new Comparison(left, right, sameServer, List.copyOf(comparer.differences), findings);
	}

	/** Both sides are registered with the same machine id. */
	public static boolean sameServer(Server left, Server right) {
		String l = machineId(left);
		return l != null && l.equalsIgnoreCase(machineId(right));
	}

	private static String machineId(Server server) {
		return server.getAgent() == null || server.getAgent().getRegistration() == null ? null
				: server.getAgent().getRegistration().getMachineId();
	}

	private static List<String> hostNames(Server left, Server right) {
		List<String> names = new ArrayList<>();
		for (Server server : List.of(left, right)) {
			names.add(server.getHostName());
			if (server.getOperatingSystem() != null) {
				names.add(server.getOperatingSystem().getHostName());
			}
		}
		return names;
	}

	private static Map<String, ArtifactStatus> artifacts(Server server) {
		Map<String, ArtifactStatus> statuses = new HashMap<>();
		for (Artifact artifact : server.getArtifacts()) {
			statuses.put(artifact.getPath(), artifact.getStatus());
		}
		return statuses;
	}

	private void compareObjects(String area, String path, EObject left, EObject right) {
		for (EStructuralFeature feature : left.eClass().getEAllStructuralFeatures()) {
			if (feature == ORIGINS || feature.isDerived() || feature.isTransient()) {
				continue;
			}
			String featureArea = feature == ARTIFACTS ? Comparison.EVIDENCE : areaOf(feature, area);
			if (feature instanceof EAttribute) {
				compareValue(featureArea, path, feature, left, right);
			} else if (((EReference) feature).isContainment()) {
				String childPath = path.isEmpty() ? feature.getName() : path + "/" + feature.getName();
				if (feature.isMany()) {
					compareLists(featureArea, childPath, (List<?>) left.eGet(feature), (List<?>) right.eGet(feature));
				} else {
					compareChildren(featureArea, childPath, (EObject) left.eGet(feature), (EObject) right.eGet(feature));
				}
			}
		}
	}

	/** The area that declares the feature as its own; an undeclared one stays with the object that holds it. */
	private String areaOf(EStructuralFeature feature, String ownerArea) {
		String owner = areas.owner(feature);
		return owner == null ? ownerArea : owner;
	}

	private void compareChildren(String area, String path, EObject left, EObject right) {
		if (left != null && right != null) {
			compareObjects(area, path, left, right);
		} else if (left != null || right != null) {
			unmatched(area, path, left, right);
		}
	}

	private void compareLists(String area, String path, List<?> left, List<?> right) {
		if (left.isEmpty() && right.isEmpty()) {
			return;
		}
		Map<String, Keyed> l = keyed(left);
		Map<String, Keyed> r = keyed(right);
		for (Map.Entry<String, Keyed> entry : l.entrySet()) {
			String childPath = path + "[" + entry.getValue().label() + "]";
			Keyed match = r.get(entry.getKey());
			if (match == null) {
				unmatched(area, childPath, entry.getValue().object(), null);
			} else {
				compareObjects(area, childPath, entry.getValue().object(), match.object());
			}
		}
		for (Map.Entry<String, Keyed> entry : r.entrySet()) {
			if (!l.containsKey(entry.getKey())) {
				unmatched(area, path + "[" + entry.getValue().label() + "]", null, entry.getValue().object());
			}
		}
	}

	/** An object of a list and the label of its key in paths. */
	private record Keyed(String label, EObject object) {
	}

	/**
	 * Objects by key, compared case-insensitively as Windows does; a repeated key gets {@code #2}, {@code #3} in
	 * the order of occurrence (or of time).
	 */
	private Map<String, Keyed> keyed(List<?> objects) {
		Map<String, Keyed> keyed = new LinkedHashMap<>(objects.size() * 2);
		if (objects.isEmpty()) {
			return keyed;
		}
		List<EObject> ordered = new ArrayList<>(objects.size());
		objects.forEach(o -> ordered.add((EObject) o));
		Comparator<EObject> order = keys.order(ordered.get(0).eClass());
		if (order != null) {
			ordered.sort(order);
		}
		Map<String, Integer> repeats = null;
		for (EObject object : ordered) {
			String label = keys.of(object);
			if (label == null) {
				throw new IllegalStateException("no natural key for " + object.eClass().getName());
			}
			label = label.replace('|', ',');
			String key = label.toLowerCase(Locale.ROOT);
			if (keyed.containsKey(key)) {
				if (repeats == null) {
					repeats = new HashMap<>();
				}
				String suffix = "#" + repeats.merge(key, 2, (a, b) -> a + 1);
				label += suffix;
				key += suffix;
			}
			keyed.put(key, new Keyed(label, object));
		}
		return keyed;
	}

	private void unmatched(String area, String path, EObject left, EObject right) {
		EObject present = left != null ? left : right;
		Origin origin = origin(present, "");
		boolean evidenceMissing = present instanceof Located located && located.getOrigins().stream()
				.anyMatch(o -> unusable(o.getArtifact()));
		State state = evidenceMissing ? State.INCOMPLETE : left != null ? State.ONLY_LEFT : State.ONLY_RIGHT;
		boolean expected = present.eClass() == ServerPackage.eINSTANCE.getArtifact();
		differences.add(new Difference(area, path, null, state, expected, left, right, left == null ? null : origin,
				right == null ? null : origin));
	}

	private void compareValue(String area, String path, EStructuralFeature feature, EObject left, EObject right) {
		Object l = left.eGet(feature);
		Object r = right.eGet(feature);
		Origin lo = origin(left, feature.getName());
		Origin ro = origin(right, feature.getName());
		State state;
		boolean expected = false;
		if (equal(feature, l, r)) {
			state = State.SAME;
		} else if (l == null || r == null || lo != null && unusable(lo.getArtifact())
				|| ro != null && unusable(ro.getArtifact()) || feature == ServerPackage.eINSTANCE.getArtifact_Status()) {
			state = State.INCOMPLETE;
		} else {
			state = State.DIFFERENT;
			expected = expectations.expected(feature, l, r);
		}
		differences.add(new Difference(area, path, feature.getName(), state, expected, l, r, lo, ro));
	}

	private static boolean equal(EStructuralFeature feature, Object left, Object right) {
		if (feature.isMany()) {
			// lists of names and days: the order Windows lists them in carries no meaning
			Collection<?> l = (Collection<?>) left;
			Collection<?> r = (Collection<?>) right;
			return l.size() == r.size() && new HashSet<>(l).equals(new HashSet<>(r));
		}
		return Objects.equals(left, right);
	}

	/**
	 * The artifact is missing, failed or unreadable on either side. A file one side does not list at all (a
	 * second errlog, another vault credentials file) is not missing evidence: its content exists on one side only.
	 */
	private boolean unusable(String artifact) {
		return unusable(leftArtifacts.get(artifact)) || unusable(rightArtifacts.get(artifact));
	}

	private static boolean unusable(ArtifactStatus status) {
		return status == ArtifactStatus.MISSING || status == ArtifactStatus.FAILED
				|| status == ArtifactStatus.UNREADABLE;
	}

	private static Origin origin(EObject object, String feature) {
		if (object instanceof Located located) {
			Origin first = null;
			for (Origin origin : located.getOrigins()) {
				if (feature.equals(origin.getFeature())) {
					return origin;
				}
				if (first == null) {
					first = origin;
				}
			}
			// an object without an origin of its own is shown where its first value was read
			return feature.isEmpty() ? first : null;
		}
		return null;
	}
}
