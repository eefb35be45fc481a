/**
 */
package marswb.model.server.provider;


import java.util.List;

import marswb.model.server.ServerPackage;
import marswb.model.server.ShadowStorage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link marswb.model.server.ShadowStorage} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ShadowStorageItemProvider extends LocatedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ShadowStorageItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addForVolumePropertyDescriptor(object);
			addStorageVolumePropertyDescriptor(object);
			addUsedBytesPropertyDescriptor(object);
			addAllocatedBytesPropertyDescriptor(object);
			addMaximumBytesPropertyDescriptor(object);
			addMaximumUnboundedPropertyDescriptor(object);
			addMaximumPercentPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the For Volume feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addForVolumePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShadowStorage_forVolume_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShadowStorage_forVolume_feature", "_UI_ShadowStorage_type"),
				 ServerPackage.Literals.SHADOW_STORAGE__FOR_VOLUME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Storage Volume feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStorageVolumePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShadowStorage_storageVolume_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShadowStorage_storageVolume_feature", "_UI_ShadowStorage_type"),
				 ServerPackage.Literals.SHADOW_STORAGE__STORAGE_VOLUME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Used Bytes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUsedBytesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShadowStorage_usedBytes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShadowStorage_usedBytes_feature", "_UI_ShadowStorage_type"),
				 ServerPackage.Literals.SHADOW_STORAGE__USED_BYTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Allocated Bytes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAllocatedBytesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShadowStorage_allocatedBytes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShadowStorage_allocatedBytes_feature", "_UI_ShadowStorage_type"),
				 ServerPackage.Literals.SHADOW_STORAGE__ALLOCATED_BYTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Maximum Bytes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaximumBytesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShadowStorage_maximumBytes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShadowStorage_maximumBytes_feature", "_UI_ShadowStorage_type"),
				 ServerPackage.Literals.SHADOW_STORAGE__MAXIMUM_BYTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Maximum Unbounded feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaximumUnboundedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShadowStorage_maximumUnbounded_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShadowStorage_maximumUnbounded_feature", "_UI_ShadowStorage_type"),
				 ServerPackage.Literals.SHADOW_STORAGE__MAXIMUM_UNBOUNDED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Maximum Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaximumPercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShadowStorage_maximumPercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShadowStorage_maximumPercent_feature", "_UI_ShadowStorage_type"),
				 ServerPackage.Literals.SHADOW_STORAGE__MAXIMUM_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ShadowStorage.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ShadowStorage"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ShadowStorage)object).getForVolume();
		return label == null || label.length() == 0 ?
			getString("_UI_ShadowStorage_type") :
			getString("_UI_ShadowStorage_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ShadowStorage.class)) {
			case ServerPackage.SHADOW_STORAGE__FOR_VOLUME:
			case ServerPackage.SHADOW_STORAGE__STORAGE_VOLUME:
			case ServerPackage.SHADOW_STORAGE__USED_BYTES:
			case ServerPackage.SHADOW_STORAGE__ALLOCATED_BYTES:
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_BYTES:
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_UNBOUNDED:
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_PERCENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

}
