package marswb.ui.internal.configuration;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Gives the Properties view a property source for the model's objects; an attribute leaf of the configuration tree
 * shows the object it belongs to. Registered in plugin.xml (org.eclipse.core.runtime.adapters).
 */
public class ModelAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class) {
			return null;
		}
		if (adaptable instanceof ModelTreeContentProvider.AttributeNode node) {
			return adapterType.cast(new ModelPropertySource(node.owner()));
		}
		return adaptable instanceof EObject object ? adapterType.cast(new ModelPropertySource(object)) : null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
