/**
 */
package marswb.model.server.impl;

import java.util.Collection;

import marswb.model.server.ExecutionPolicySetting;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Power Shell Info</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.PowerShellInfoImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link marswb.model.server.impl.PowerShellInfoImpl#getEdition <em>Edition</em>}</li>
 *   <li>{@link marswb.model.server.impl.PowerShellInfoImpl#getClrVersion <em>Clr Version</em>}</li>
 *   <li>{@link marswb.model.server.impl.PowerShellInfoImpl#getExecutionPolicies <em>Execution Policies</em>}</li>
 *   <li>{@link marswb.model.server.impl.PowerShellInfoImpl#getMachinePSModulePath <em>Machine PS Module Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PowerShellInfoImpl extends LocatedImpl implements PowerShellInfo {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEdition() <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdition()
	 * @generated
	 * @ordered
	 */
	protected static final String EDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEdition() <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdition()
	 * @generated
	 * @ordered
	 */
	protected String edition = EDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getClrVersion() <em>Clr Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClrVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CLR_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClrVersion() <em>Clr Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClrVersion()
	 * @generated
	 * @ordered
	 */
	protected String clrVersion = CLR_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExecutionPolicies() <em>Execution Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutionPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<ExecutionPolicySetting> executionPolicies;

	/**
	 * The default value of the '{@link #getMachinePSModulePath() <em>Machine PS Module Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachinePSModulePath()
	 * @generated
	 * @ordered
	 */
	protected static final String MACHINE_PS_MODULE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMachinePSModulePath() <em>Machine PS Module Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachinePSModulePath()
	 * @generated
	 * @ordered
	 */
	protected String machinePSModulePath = MACHINE_PS_MODULE_PATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PowerShellInfoImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.POWER_SHELL_INFO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.POWER_SHELL_INFO__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEdition() {
		return edition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEdition(String newEdition) {
		String oldEdition = edition;
		edition = newEdition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.POWER_SHELL_INFO__EDITION, oldEdition, edition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClrVersion() {
		return clrVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClrVersion(String newClrVersion) {
		String oldClrVersion = clrVersion;
		clrVersion = newClrVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.POWER_SHELL_INFO__CLR_VERSION, oldClrVersion, clrVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExecutionPolicySetting> getExecutionPolicies() {
		if (executionPolicies == null) {
			executionPolicies = new EObjectContainmentEList<ExecutionPolicySetting>(ExecutionPolicySetting.class, this, ServerPackage.POWER_SHELL_INFO__EXECUTION_POLICIES);
		}
		return executionPolicies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMachinePSModulePath() {
		return machinePSModulePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachinePSModulePath(String newMachinePSModulePath) {
		String oldMachinePSModulePath = machinePSModulePath;
		machinePSModulePath = newMachinePSModulePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH, oldMachinePSModulePath, machinePSModulePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ServerPackage.POWER_SHELL_INFO__EXECUTION_POLICIES:
				return ((InternalEList<?>)getExecutionPolicies()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.POWER_SHELL_INFO__VERSION:
				return getVersion();
			case ServerPackage.POWER_SHELL_INFO__EDITION:
				return getEdition();
			case ServerPackage.POWER_SHELL_INFO__CLR_VERSION:
				return getClrVersion();
			case ServerPackage.POWER_SHELL_INFO__EXECUTION_POLICIES:
				return getExecutionPolicies();
			case ServerPackage.POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH:
				return getMachinePSModulePath();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ServerPackage.POWER_SHELL_INFO__VERSION:
				setVersion((String)newValue);
				return;
			case ServerPackage.POWER_SHELL_INFO__EDITION:
				setEdition((String)newValue);
				return;
			case ServerPackage.POWER_SHELL_INFO__CLR_VERSION:
				setClrVersion((String)newValue);
				return;
			case ServerPackage.POWER_SHELL_INFO__EXECUTION_POLICIES:
				getExecutionPolicies().clear();
				getExecutionPolicies().addAll((Collection<? extends ExecutionPolicySetting>)newValue);
				return;
			case ServerPackage.POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH:
				setMachinePSModulePath((String)newValue);
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
			case ServerPackage.POWER_SHELL_INFO__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ServerPackage.POWER_SHELL_INFO__EDITION:
				setEdition(EDITION_EDEFAULT);
				return;
			case ServerPackage.POWER_SHELL_INFO__CLR_VERSION:
				setClrVersion(CLR_VERSION_EDEFAULT);
				return;
			case ServerPackage.POWER_SHELL_INFO__EXECUTION_POLICIES:
				getExecutionPolicies().clear();
				return;
			case ServerPackage.POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH:
				setMachinePSModulePath(MACHINE_PS_MODULE_PATH_EDEFAULT);
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
			case ServerPackage.POWER_SHELL_INFO__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ServerPackage.POWER_SHELL_INFO__EDITION:
				return EDITION_EDEFAULT == null ? edition != null : !EDITION_EDEFAULT.equals(edition);
			case ServerPackage.POWER_SHELL_INFO__CLR_VERSION:
				return CLR_VERSION_EDEFAULT == null ? clrVersion != null : !CLR_VERSION_EDEFAULT.equals(clrVersion);
			case ServerPackage.POWER_SHELL_INFO__EXECUTION_POLICIES:
				return executionPolicies != null && !executionPolicies.isEmpty();
			case ServerPackage.POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH:
				return MACHINE_PS_MODULE_PATH_EDEFAULT == null ? machinePSModulePath != null : !MACHINE_PS_MODULE_PATH_EDEFAULT.equals(machinePSModulePath);
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
		result.append(" (version: ");
		result.append(version);
		result.append(", edition: ");
		result.append(edition);
		result.append(", clrVersion: ");
		result.append(clrVersion);
		result.append(", machinePSModulePath: ");
		result.append(machinePSModulePath);
		result.append(')');
		return result.toString();
	}

} //PowerShellInfoImpl
