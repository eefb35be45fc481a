package marswb.bundle.internal.artifacts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import marswb.model.server.Artifact;
import marswb.model.server.Server;

/** What must hold after reading any input, however hostile. */
final class Invariants {

	private Invariants() {
	}

	/** Every value in the model is one its attribute can have on a Windows server. */
	static void check(Server server) {
		checkValues(server);
		for (TreeIterator<EObject> all = server.eAllContents(); all.hasNext();) {
			checkValues(all.next());
		}
	}

	private static void checkValues(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			Object value = object.eGet(attribute);
			for (Object one : attribute.isMany() ? (List<?>) value : List.of(value == null ? "" : value)) {
				String outside = ValueDomains.outside(attribute, one);
				if (outside != null) {
					throw new AssertionError(object.eClass().getName() + "." + attribute.getName() + " " + one
							+ " " + outside);
				}
			}
		}
	}

	/**
	 * The read status of a bundle: one row per file (letter case aside), and no parser ended by an exception other
	 * than the declared one. Crashes come from the builder itself: a message may quote a file that imitates one.
	 */
	static void checkArtifacts(Server server, List<String> parserCrashes) {
		Set<String> seen = new HashSet<>();
		for (Artifact artifact : server.getArtifacts()) {
			if (!seen.add(artifact.getPath().toUpperCase(Locale.ROOT))) {
				throw new AssertionError("two rows for " + artifact.getPath());
			}
		}
		if (!parserCrashes.isEmpty()) {
			throw new AssertionError("parsers failed: " + parserCrashes);
		}
	}
}
