/**
 */
package marswb.model.server.provider;


import java.util.Collection;
import java.util.List;

import marswb.model.server.Server;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link marswb.model.server.Server} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ServerItemProvider extends LocatedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServerItemProvider(AdapterFactory adapterFactory) {
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

			addBundleNamePropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
			addHostNamePropertyDescriptor(object);
			addCollectorNamePropertyDescriptor(object);
			addCollectorVersionPropertyDescriptor(object);
			addCollectedAtUtcPropertyDescriptor(object);
			addCollectedAtLocalPropertyDescriptor(object);
			addLocalUtcOffsetMinutesPropertyDescriptor(object);
			addInferredPropertyDescriptor(object);
			addWindowsTempTmpCountPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Bundle Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBundleNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Server_bundleName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Server_bundleName_feature", "_UI_Server_type"),
				 ServerPackage.Literals.SERVER__BUNDLE_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Server_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Server_formatVersion_feature", "_UI_Server_type"),
				 ServerPackage.Literals.SERVER__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Host Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHostNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Server_hostName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Server_hostName_feature", "_UI_Server_type"),
				 ServerPackage.Literals.SERVER__HOST_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Collector Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCollectorNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Server_collectorName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Server_collectorName_feature", "_UI_Server_type"),
				 ServerPackage.Literals.SERVER__COLLECTOR_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Collector Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCollectorVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Server_collectorVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Server_collectorVersion_feature", "_UI_Server_type"),
				 ServerPackage.Literals.SERVER__COLLECTOR_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Collected At Utc feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCollectedAtUtcPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Server_collectedAtUtc_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Server_collectedAtUtc_feature", "_UI_Server_type"),
				 ServerPackage.Literals.SERVER__COLLECTED_AT_UTC,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Collected At Local feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCollectedAtLocalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Server_collectedAtLocal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Server_collectedAtLocal_feature", "_UI_Server_type"),
				 ServerPackage.Literals.SERVER__COLLECTED_AT_LOCAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Local Utc Offset Minutes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocalUtcOffsetMinutesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Server_localUtcOffsetMinutes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Server_localUtcOffsetMinutes_feature", "_UI_Server_type"),
				 ServerPackage.Literals.SERVER__LOCAL_UTC_OFFSET_MINUTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Inferred feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInferredPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Server_inferred_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Server_inferred_feature", "_UI_Server_type"),
				 ServerPackage.Literals.SERVER__INFERRED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Windows Temp Tmp Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWindowsTempTmpCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Server_windowsTempTmpCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Server_windowsTempTmpCount_feature", "_UI_Server_type"),
				 ServerPackage.Literals.SERVER__WINDOWS_TEMP_TMP_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ServerPackage.Literals.SERVER__ARTIFACTS);
			childrenFeatures.add(ServerPackage.Literals.SERVER__OPERATING_SYSTEM);
			childrenFeatures.add(ServerPackage.Literals.SERVER__HOTFIXES);
			childrenFeatures.add(ServerPackage.Literals.SERVER__DOT_NET);
			childrenFeatures.add(ServerPackage.Literals.SERVER__TLS);
			childrenFeatures.add(ServerPackage.Literals.SERVER__POWER_SHELL);
			childrenFeatures.add(ServerPackage.Literals.SERVER__TIME);
			childrenFeatures.add(ServerPackage.Literals.SERVER__SERVICES);
			childrenFeatures.add(ServerPackage.Literals.SERVER__VOLUMES);
			childrenFeatures.add(ServerPackage.Literals.SERVER__SHADOW_STORAGES);
			childrenFeatures.add(ServerPackage.Literals.SERVER__NETWORK);
			childrenFeatures.add(ServerPackage.Literals.SERVER__AGENT);
			childrenFeatures.add(ServerPackage.Literals.SERVER__CACHE);
			childrenFeatures.add(ServerPackage.Literals.SERVER__TASKS);
			childrenFeatures.add(ServerPackage.Literals.SERVER__MODULE_FILES);
			childrenFeatures.add(ServerPackage.Literals.SERVER__POLICY);
			childrenFeatures.add(ServerPackage.Literals.SERVER__JOBS);
			childrenFeatures.add(ServerPackage.Literals.SERVER__FAILED_FILES);
			childrenFeatures.add(ServerPackage.Literals.SERVER__LOGS);
			childrenFeatures.add(ServerPackage.Literals.SERVER__EVENTS);
			childrenFeatures.add(ServerPackage.Literals.SERVER__ANTIVIRUS);
			childrenFeatures.add(ServerPackage.Literals.SERVER__ISCSI_DEVICES);
			childrenFeatures.add(ServerPackage.Literals.SERVER__CERTIFICATES);
			childrenFeatures.add(ServerPackage.Literals.SERVER__VAULT_CREDENTIALS);
			childrenFeatures.add(ServerPackage.Literals.SERVER__EXTENSIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Server.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Server"));
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
		String label = ((Server)object).getBundleName();
		return label == null || label.length() == 0 ?
			getString("_UI_Server_type") :
			getString("_UI_Server_type") + " " + label;
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

		switch (notification.getFeatureID(Server.class)) {
			case ServerPackage.SERVER__BUNDLE_NAME:
			case ServerPackage.SERVER__FORMAT_VERSION:
			case ServerPackage.SERVER__HOST_NAME:
			case ServerPackage.SERVER__COLLECTOR_NAME:
			case ServerPackage.SERVER__COLLECTOR_VERSION:
			case ServerPackage.SERVER__COLLECTED_AT_UTC:
			case ServerPackage.SERVER__COLLECTED_AT_LOCAL:
			case ServerPackage.SERVER__LOCAL_UTC_OFFSET_MINUTES:
			case ServerPackage.SERVER__INFERRED:
			case ServerPackage.SERVER__WINDOWS_TEMP_TMP_COUNT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ServerPackage.SERVER__ARTIFACTS:
			case ServerPackage.SERVER__OPERATING_SYSTEM:
			case ServerPackage.SERVER__HOTFIXES:
			case ServerPackage.SERVER__DOT_NET:
			case ServerPackage.SERVER__TLS:
			case ServerPackage.SERVER__POWER_SHELL:
			case ServerPackage.SERVER__TIME:
			case ServerPackage.SERVER__SERVICES:
			case ServerPackage.SERVER__VOLUMES:
			case ServerPackage.SERVER__SHADOW_STORAGES:
			case ServerPackage.SERVER__NETWORK:
			case ServerPackage.SERVER__AGENT:
			case ServerPackage.SERVER__CACHE:
			case ServerPackage.SERVER__TASKS:
			case ServerPackage.SERVER__MODULE_FILES:
			case ServerPackage.SERVER__POLICY:
			case ServerPackage.SERVER__JOBS:
			case ServerPackage.SERVER__FAILED_FILES:
			case ServerPackage.SERVER__LOGS:
			case ServerPackage.SERVER__EVENTS:
			case ServerPackage.SERVER__ANTIVIRUS:
			case ServerPackage.SERVER__ISCSI_DEVICES:
			case ServerPackage.SERVER__CERTIFICATES:
			case ServerPackage.SERVER__VAULT_CREDENTIALS:
			case ServerPackage.SERVER__EXTENSIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

}
