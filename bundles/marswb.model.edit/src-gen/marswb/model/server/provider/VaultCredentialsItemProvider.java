/**
 */
package marswb.model.server.provider;


import java.util.List;

import marswb.model.server.ServerPackage;
import marswb.model.server.VaultCredentials;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link marswb.model.server.VaultCredentials} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class VaultCredentialsItemProvider extends LocatedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VaultCredentialsItemProvider(AdapterFactory adapterFactory) {
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

			addFileNamePropertyDescriptor(object);
			addFileNameDatePropertyDescriptor(object);
			addVersionPropertyDescriptor(object);
			addSubscriptionIdPropertyDescriptor(object);
			addResourceTypePropertyDescriptor(object);
			addResourceNamePropertyDescriptor(object);
			addResourceIdPropertyDescriptor(object);
			addResourceGroupPropertyDescriptor(object);
			addLocationPropertyDescriptor(object);
			addAadTenantIdPropertyDescriptor(object);
			addManagementCertPresentPropertyDescriptor(object);
			addCertSubjectPropertyDescriptor(object);
			addCertNotBeforePropertyDescriptor(object);
			addCertNotAfterPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the File Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFileNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_fileName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_fileName_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__FILE_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the File Name Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFileNameDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_fileNameDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_fileNameDate_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__FILE_NAME_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_version_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_version_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Subscription Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubscriptionIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_subscriptionId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_subscriptionId_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__SUBSCRIPTION_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resource Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResourceTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_resourceType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_resourceType_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__RESOURCE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resource Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResourceNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_resourceName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_resourceName_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__RESOURCE_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resource Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResourceIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_resourceId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_resourceId_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__RESOURCE_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resource Group feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResourceGroupPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_resourceGroup_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_resourceGroup_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__RESOURCE_GROUP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Location feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_location_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_location_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__LOCATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Aad Tenant Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAadTenantIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_aadTenantId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_aadTenantId_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__AAD_TENANT_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Management Cert Present feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addManagementCertPresentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_managementCertPresent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_managementCertPresent_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cert Subject feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCertSubjectPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_certSubject_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_certSubject_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__CERT_SUBJECT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cert Not Before feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCertNotBeforePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_certNotBefore_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_certNotBefore_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__CERT_NOT_BEFORE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cert Not After feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCertNotAfterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VaultCredentials_certNotAfter_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VaultCredentials_certNotAfter_feature", "_UI_VaultCredentials_type"),
				 ServerPackage.Literals.VAULT_CREDENTIALS__CERT_NOT_AFTER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns VaultCredentials.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/VaultCredentials"));
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
		String label = ((VaultCredentials)object).getFileName();
		return label == null || label.length() == 0 ?
			getString("_UI_VaultCredentials_type") :
			getString("_UI_VaultCredentials_type") + " " + label;
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

		switch (notification.getFeatureID(VaultCredentials.class)) {
			case ServerPackage.VAULT_CREDENTIALS__FILE_NAME:
			case ServerPackage.VAULT_CREDENTIALS__FILE_NAME_DATE:
			case ServerPackage.VAULT_CREDENTIALS__VERSION:
			case ServerPackage.VAULT_CREDENTIALS__SUBSCRIPTION_ID:
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_TYPE:
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_NAME:
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_ID:
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_GROUP:
			case ServerPackage.VAULT_CREDENTIALS__LOCATION:
			case ServerPackage.VAULT_CREDENTIALS__AAD_TENANT_ID:
			case ServerPackage.VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT:
			case ServerPackage.VAULT_CREDENTIALS__CERT_SUBJECT:
			case ServerPackage.VAULT_CREDENTIALS__CERT_NOT_BEFORE:
			case ServerPackage.VAULT_CREDENTIALS__CERT_NOT_AFTER:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

}
