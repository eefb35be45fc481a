package marswb.ui.internal.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import marswb.engine.DisplayValues;
import marswb.model.edit.names.DisplayNames;
import marswb.model.provenance.Provenance;
import marswb.model.server.Located;
import marswb.model.server.Origin;

/**
 * An object of the model in the Properties view, read-only: one property per set attribute, named and valued as people
 * read them ({@link DisplayNames}, {@link DisplayValues}), grouped by the artifact it was read from, the description
 * (status line) saying "from artifact:line".
 */
public final class ModelPropertySource implements IPropertySource {

	private final EObject object;

	ModelPropertySource(EObject object) {
		this.object = object;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (ModelTreeContentProvider.isShown(object, attribute)) {
				PropertyDescriptor descriptor = new PropertyDescriptor(attribute.getName(), DisplayNames.of(attribute));
				List<Origin> origins = origins(object, attribute);
				descriptor.setCategory(origins.isEmpty() ? Messages.Properties_noOrigin : origins.get(0).getArtifact());
				descriptor.setDescription(origins.isEmpty() ? Messages.Properties_noOrigin
						: origins.stream().map(ModelPropertySource::from).collect(Collectors.joining(", ")));
				descriptors.add(descriptor);
			}
		}
		return descriptors.toArray(new IPropertyDescriptor[0]);
	}

	/** Where the attribute's value (or each value of a list) was read from; empty when not from an artifact. */
	public static List<Origin> origins(EObject object, EAttribute attribute) {
		if (!(object instanceof Located located)) {
			return List.of();
		}
		return attribute.isMany() ? Provenance.allOf(located, attribute)
				: Provenance.of(located, attribute).map(List::of).orElse(List.of());
	}

	private static String from(Origin origin) {
		return NLS.bind(Messages.Properties_from, origin.getArtifact(), origin.getLine());
	}

	/** The value as people read it; a size with its byte count beside, since a property cell has no tooltip. */
	@Override
	public Object getPropertyValue(Object id) {
		EAttribute attribute = (EAttribute) object.eClass().getEStructuralFeature((String) id);
		String text = DisplayValues.of(object, attribute);
		return DisplayValues.isByteSize(attribute) && object.eGet(attribute) instanceof Long bytes
				? text + ", " + DisplayValues.byteCount(bytes)
				: String.valueOf(text);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only: the configuration is what the bundle says
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only: the configuration is what the bundle says
	}
}
