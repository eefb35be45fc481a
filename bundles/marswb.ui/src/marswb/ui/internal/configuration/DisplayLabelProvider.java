package marswb.ui.internal.configuration;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;

import marswb.engine.DisplayValues;
import marswb.model.edit.names.DisplayNames;

/**
 * The Configuration tree in the names and values people read: an object by its class's display name and its first
 * naming attribute ("Volume C"), an attribute as "Free space: 51.8 GB (48.2 GiB)", the byte count of a size in the
 * tooltip. The model's own names stay in the Properties view's ids and in JSON.
 */
final class DisplayLabelProvider extends ColumnLabelProvider {

	private static final String[] NAMING = { "name", "hostName", "path", "taskPath", "id", "displayName" };

	@Override
	public String getText(Object element) {
		if (element instanceof ModelTreeContentProvider.AttributeNode node) {
			return NLS.bind(Messages.Configuration_attribute, DisplayNames.of(node.attribute()),
					DisplayValues.of(node.owner(), node.attribute()));
		}
		if (element instanceof EObject object) {
			String name = DisplayNames.of(object.eClass());
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

	@Override
	public String getToolTipText(Object element) {
		if (element instanceof ModelTreeContentProvider.AttributeNode node
				&& DisplayValues.isByteSize(node.attribute()) && node.owner().eGet(node.attribute()) instanceof Long bytes) {
			return DisplayValues.byteCount(bytes);
		}
		return null;
	}
}
