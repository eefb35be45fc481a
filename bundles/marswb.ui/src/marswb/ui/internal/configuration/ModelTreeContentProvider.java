package marswb.ui.internal.configuration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.ITreeContentProvider;

import marswb.model.server.ServerPackage;

/**
 * Walks any EMF model by its Ecore: an object's children are its set attributes, then its contained objects. The
 * provenance origins are left out (the Properties view shows them, not the configuration itself). Emf.edit.ui's
 * item providers would do this, but they are not on Maven Central.
 */
public final class ModelTreeContentProvider implements ITreeContentProvider {

	/** One attribute value of an object, shown as a leaf. */
	public record AttributeNode(EObject owner, EAttribute attribute) {
	}

	/** The input is a list of roots: JFace must not find the input itself among the elements. */
	@Override
	public Object[] getElements(Object input) {
		return input instanceof Collection<?> roots ? roots.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object element) {
		if (!(element instanceof EObject object)) {
			return new Object[0];
		}
		List<Object> children = new ArrayList<>();
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (isShown(object, attribute)) {
				children.add(new AttributeNode(object, attribute));
			}
		}
		for (EReference reference : object.eClass().getEAllContainments()) {
			if (reference.getEReferenceType() == ServerPackage.Literals.ORIGIN) {
				continue;
			}
			Object value = object.eGet(reference);
			if (value instanceof Collection<?> many) {
				children.addAll(many);
			} else if (value != null) {
				children.add(value);
			}
		}
		return children.toArray();
	}

	static boolean isShown(EObject object, EAttribute attribute) {
		Object value = object.eGet(attribute);
		return value != null && !(value instanceof Collection<?> many && many.isEmpty());
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof AttributeNode node) {
			return node.owner();
		}
		return element instanceof EObject object ? object.eContainer() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof EObject && getChildren(element).length > 0;
	}
}
