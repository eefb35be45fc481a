/**
 */
package marswb.model.server.impl;

import marswb.model.server.Registration;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Registration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.RegistrationImpl#getVaultName <em>Vault Name</em>}</li>
 *   <li>{@link marswb.model.server.impl.RegistrationImpl#getSubscriptionId <em>Subscription Id</em>}</li>
 *   <li>{@link marswb.model.server.impl.RegistrationImpl#getResourceGroupName <em>Resource Group Name</em>}</li>
 *   <li>{@link marswb.model.server.impl.RegistrationImpl#getMachineId <em>Machine Id</em>}</li>
 *   <li>{@link marswb.model.server.impl.RegistrationImpl#getResourceId <em>Resource Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegistrationImpl extends LocatedImpl implements Registration {
	/**
	 * The default value of the '{@link #getVaultName() <em>Vault Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaultName()
	 * @generated
	 * @ordered
	 */
	protected static final String VAULT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVaultName() <em>Vault Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaultName()
	 * @generated
	 * @ordered
	 */
	protected String vaultName = VAULT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubscriptionId() <em>Subscription Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscriptionId()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBSCRIPTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubscriptionId() <em>Subscription Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscriptionId()
	 * @generated
	 * @ordered
	 */
	protected String subscriptionId = SUBSCRIPTION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceGroupName() <em>Resource Group Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceGroupName()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_GROUP_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceGroupName() <em>Resource Group Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceGroupName()
	 * @generated
	 * @ordered
	 */
	protected String resourceGroupName = RESOURCE_GROUP_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMachineId() <em>Machine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachineId()
	 * @generated
	 * @ordered
	 */
	protected static final String MACHINE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMachineId() <em>Machine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachineId()
	 * @generated
	 * @ordered
	 */
	protected String machineId = MACHINE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceId() <em>Resource Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceId()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceId() <em>Resource Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceId()
	 * @generated
	 * @ordered
	 */
	protected String resourceId = RESOURCE_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegistrationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.REGISTRATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVaultName() {
		return vaultName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVaultName(String newVaultName) {
		String oldVaultName = vaultName;
		vaultName = newVaultName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.REGISTRATION__VAULT_NAME, oldVaultName, vaultName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubscriptionId() {
		return subscriptionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubscriptionId(String newSubscriptionId) {
		String oldSubscriptionId = subscriptionId;
		subscriptionId = newSubscriptionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.REGISTRATION__SUBSCRIPTION_ID, oldSubscriptionId, subscriptionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceGroupName() {
		return resourceGroupName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceGroupName(String newResourceGroupName) {
		String oldResourceGroupName = resourceGroupName;
		resourceGroupName = newResourceGroupName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.REGISTRATION__RESOURCE_GROUP_NAME, oldResourceGroupName, resourceGroupName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMachineId() {
		return machineId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachineId(String newMachineId) {
		String oldMachineId = machineId;
		machineId = newMachineId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.REGISTRATION__MACHINE_ID, oldMachineId, machineId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceId() {
		return resourceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceId(String newResourceId) {
		String oldResourceId = resourceId;
		resourceId = newResourceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.REGISTRATION__RESOURCE_ID, oldResourceId, resourceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.REGISTRATION__VAULT_NAME:
				return getVaultName();
			case ServerPackage.REGISTRATION__SUBSCRIPTION_ID:
				return getSubscriptionId();
			case ServerPackage.REGISTRATION__RESOURCE_GROUP_NAME:
				return getResourceGroupName();
			case ServerPackage.REGISTRATION__MACHINE_ID:
				return getMachineId();
			case ServerPackage.REGISTRATION__RESOURCE_ID:
				return getResourceId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ServerPackage.REGISTRATION__VAULT_NAME:
				setVaultName((String)newValue);
				return;
			case ServerPackage.REGISTRATION__SUBSCRIPTION_ID:
				setSubscriptionId((String)newValue);
				return;
			case ServerPackage.REGISTRATION__RESOURCE_GROUP_NAME:
				setResourceGroupName((String)newValue);
				return;
			case ServerPackage.REGISTRATION__MACHINE_ID:
				setMachineId((String)newValue);
				return;
			case ServerPackage.REGISTRATION__RESOURCE_ID:
				setResourceId((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ServerPackage.REGISTRATION__VAULT_NAME:
				setVaultName(VAULT_NAME_EDEFAULT);
				return;
			case ServerPackage.REGISTRATION__SUBSCRIPTION_ID:
				setSubscriptionId(SUBSCRIPTION_ID_EDEFAULT);
				return;
			case ServerPackage.REGISTRATION__RESOURCE_GROUP_NAME:
				setResourceGroupName(RESOURCE_GROUP_NAME_EDEFAULT);
				return;
			case ServerPackage.REGISTRATION__MACHINE_ID:
				setMachineId(MACHINE_ID_EDEFAULT);
				return;
			case ServerPackage.REGISTRATION__RESOURCE_ID:
				setResourceId(RESOURCE_ID_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ServerPackage.REGISTRATION__VAULT_NAME:
				return VAULT_NAME_EDEFAULT == null ? vaultName != null : !VAULT_NAME_EDEFAULT.equals(vaultName);
			case ServerPackage.REGISTRATION__SUBSCRIPTION_ID:
				return SUBSCRIPTION_ID_EDEFAULT == null ? subscriptionId != null : !SUBSCRIPTION_ID_EDEFAULT.equals(subscriptionId);
			case ServerPackage.REGISTRATION__RESOURCE_GROUP_NAME:
				return RESOURCE_GROUP_NAME_EDEFAULT == null ? resourceGroupName != null : !RESOURCE_GROUP_NAME_EDEFAULT.equals(resourceGroupName);
			case ServerPackage.REGISTRATION__MACHINE_ID:
				return MACHINE_ID_EDEFAULT == null ? machineId != null : !MACHINE_ID_EDEFAULT.equals(machineId);
			case ServerPackage.REGISTRATION__RESOURCE_ID:
				return RESOURCE_ID_EDEFAULT == null ? resourceId != null : !RESOURCE_ID_EDEFAULT.equals(resourceId);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (vaultName: ");
		result.append(vaultName);
		result.append(", subscriptionId: ");
		result.append(subscriptionId);
		result.append(", resourceGroupName: ");
		result.append(resourceGroupName);
		result.append(", machineId: ");
		result.append(machineId);
		result.append(", resourceId: ");
		result.append(resourceId);
		result.append(')');
		return result.toString();
	}

} //RegistrationImpl
