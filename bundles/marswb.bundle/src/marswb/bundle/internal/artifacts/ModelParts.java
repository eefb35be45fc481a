package marswb.bundle.internal.artifacts;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The single-valued parts of the server model (network, agent, cache, ...) are created on first use by whichever
 * parser needs them, e.g. {@code part(server, ServerPackage.Literals.SERVER__NETWORK)}.
 */
public final class ModelParts {

	private ModelParts() {
	}

	@SuppressWarnings("unchecked")
	public static <T extends EObject> T part(EObject owner, EReference containment) {
		Object value = owner.eGet(containment);
		if (value == null) {
			value = EcoreUtil.create(containment.getEReferenceType());
			owner.eSet(containment, value);
		}
		return (T) value;
	}
}
