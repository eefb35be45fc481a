/**
 */
package marswb.model.server.provider;


import java.util.List;

import marswb.model.server.CacheSettings;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link marswb.model.server.CacheSettings} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CacheSettingsItemProvider extends LocatedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CacheSettingsItemProvider(AdapterFactory adapterFactory) {
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

			addConfigScratchLocationPropertyDescriptor(object);
			addProviderScratchLocationPropertyDescriptor(object);
			addFolderExistsPropertyDescriptor(object);
			addFolderFullNamePropertyDescriptor(object);
			addFolderAttributesPropertyDescriptor(object);
			addKekPresentPropertyDescriptor(object);
			addListedEntriesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Config Scratch Location feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConfigScratchLocationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CacheSettings_configScratchLocation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CacheSettings_configScratchLocation_feature", "_UI_CacheSettings_type"),
				 ServerPackage.Literals.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Provider Scratch Location feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProviderScratchLocationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CacheSettings_providerScratchLocation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CacheSettings_providerScratchLocation_feature", "_UI_CacheSettings_type"),
				 ServerPackage.Literals.CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Folder Exists feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFolderExistsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CacheSettings_folderExists_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CacheSettings_folderExists_feature", "_UI_CacheSettings_type"),
				 ServerPackage.Literals.CACHE_SETTINGS__FOLDER_EXISTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Folder Full Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFolderFullNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CacheSettings_folderFullName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CacheSettings_folderFullName_feature", "_UI_CacheSettings_type"),
				 ServerPackage.Literals.CACHE_SETTINGS__FOLDER_FULL_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Folder Attributes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFolderAttributesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CacheSettings_folderAttributes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CacheSettings_folderAttributes_feature", "_UI_CacheSettings_type"),
				 ServerPackage.Literals.CACHE_SETTINGS__FOLDER_ATTRIBUTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kek Present feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKekPresentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CacheSettings_kekPresent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CacheSettings_kekPresent_feature", "_UI_CacheSettings_type"),
				 ServerPackage.Literals.CACHE_SETTINGS__KEK_PRESENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Listed Entries feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addListedEntriesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CacheSettings_listedEntries_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CacheSettings_listedEntries_feature", "_UI_CacheSettings_type"),
				 ServerPackage.Literals.CACHE_SETTINGS__LISTED_ENTRIES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns CacheSettings.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CacheSettings"));
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
		String label = ((CacheSettings)object).getFolderFullName();
		return label == null || label.length() == 0 ?
			getString("_UI_CacheSettings_type") :
			getString("_UI_CacheSettings_type") + " " + label;
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

		switch (notification.getFeatureID(CacheSettings.class)) {
			case ServerPackage.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION:
			case ServerPackage.CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION:
			case ServerPackage.CACHE_SETTINGS__FOLDER_EXISTS:
			case ServerPackage.CACHE_SETTINGS__FOLDER_FULL_NAME:
			case ServerPackage.CACHE_SETTINGS__FOLDER_ATTRIBUTES:
			case ServerPackage.CACHE_SETTINGS__KEK_PRESENT:
			case ServerPackage.CACHE_SETTINGS__LISTED_ENTRIES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

}
