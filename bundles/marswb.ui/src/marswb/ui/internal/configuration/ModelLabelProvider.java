package marswb.ui.internal.configuration;

import java.util.Collection;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * An object is labelled with its class and its first naming attribute (name, path, host name, ...), an attribute
 * with its name and value.
 */
final class ModelLabelProvider extends LabelProvider {

	private static final String[] NAMING = { "name", "hostName", "path", "taskPath", "id", "displayName" };

	@Override
	public String getText(Object element) {
		if (element instanceof ModelTreeContentProvider.AttributeNode node) {
			return node.attribute().getName() + " = " + format(node.owner().eGet(node.attribute()));
		}
		if (element instanceof EObject object) {
			String name = object.eClass().getName();
			for (String naming : NAMING) {
				if (object.eClass().getEStructuralFeature(naming) instanceof EAttribute attribute
						&& object.eGet(attribute) != null) {
					return name + " " + object.eGet(attribute);
				}
			}
			return name;
		}
		return String.valueOf(element);
	}

	private static String format(Object value) {
		return value instanceof Collection<?> many ? String.join(", ", many.stream().map(String::valueOf).toList())
				: String.valueOf(value);
	}
}
