/**
 */
package marswb.model.server.impl;

import marswb.model.server.Agent;
import marswb.model.server.Registration;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.AgentImpl#getInstallPath <em>Install Path</em>}</li>
 *   <li>{@link marswb.model.server.impl.AgentImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link marswb.model.server.impl.AgentImpl#getRegistration <em>Registration</em>}</li>
 *   <li>{@link marswb.model.server.impl.AgentImpl#getEncryptionKeyStatus <em>Encryption Key Status</em>}</li>
 *   <li>{@link marswb.model.server.impl.AgentImpl#getMachineSettingEncryptionRaw <em>Machine Setting Encryption Raw</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgentImpl extends LocatedImpl implements Agent {
	/**
	 * The default value of the '{@link #getInstallPath() <em>Install Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallPath()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTALL_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstallPath() <em>Install Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallPath()
	 * @generated
	 * @ordered
	 */
	protected String installPath = INSTALL_PATH_EDEFAULT;

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
	 * The cached value of the '{@link #getRegistration() <em>Registration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistration()
	 * @generated
	 * @ordered
	 */
	protected Registration registration;

	/**
	 * The default value of the '{@link #getEncryptionKeyStatus() <em>Encryption Key Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncryptionKeyStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String ENCRYPTION_KEY_STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEncryptionKeyStatus() <em>Encryption Key Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncryptionKeyStatus()
	 * @generated
	 * @ordered
	 */
	protected String encryptionKeyStatus = ENCRYPTION_KEY_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMachineSettingEncryptionRaw() <em>Machine Setting Encryption Raw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachineSettingEncryptionRaw()
	 * @generated
	 * @ordered
	 */
	protected static final String MACHINE_SETTING_ENCRYPTION_RAW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMachineSettingEncryptionRaw() <em>Machine Setting Encryption Raw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachineSettingEncryptionRaw()
	 * @generated
	 * @ordered
	 */
	protected String machineSettingEncryptionRaw = MACHINE_SETTING_ENCRYPTION_RAW_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.AGENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstallPath() {
		return installPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstallPath(String newInstallPath) {
		String oldInstallPath = installPath;
		installPath = newInstallPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.AGENT__INSTALL_PATH, oldInstallPath, installPath));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.AGENT__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Registration getRegistration() {
		return registration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRegistration(Registration newRegistration, NotificationChain msgs) {
		Registration oldRegistration = registration;
		registration = newRegistration;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.AGENT__REGISTRATION, oldRegistration, newRegistration);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistration(Registration newRegistration) {
		if (newRegistration != registration) {
			NotificationChain msgs = null;
			if (registration != null)
				msgs = ((InternalEObject)registration).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.AGENT__REGISTRATION, null, msgs);
			if (newRegistration != null)
				msgs = ((InternalEObject)newRegistration).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.AGENT__REGISTRATION, null, msgs);
			msgs = basicSetRegistration(newRegistration, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.AGENT__REGISTRATION, newRegistration, newRegistration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEncryptionKeyStatus() {
		return encryptionKeyStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncryptionKeyStatus(String newEncryptionKeyStatus) {
		String oldEncryptionKeyStatus = encryptionKeyStatus;
		encryptionKeyStatus = newEncryptionKeyStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.AGENT__ENCRYPTION_KEY_STATUS, oldEncryptionKeyStatus, encryptionKeyStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMachineSettingEncryptionRaw() {
		return machineSettingEncryptionRaw;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachineSettingEncryptionRaw(String newMachineSettingEncryptionRaw) {
		String oldMachineSettingEncryptionRaw = machineSettingEncryptionRaw;
		machineSettingEncryptionRaw = newMachineSettingEncryptionRaw;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.AGENT__MACHINE_SETTING_ENCRYPTION_RAW, oldMachineSettingEncryptionRaw, machineSettingEncryptionRaw));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ServerPackage.AGENT__REGISTRATION:
				return basicSetRegistration(null, msgs);
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
			case ServerPackage.AGENT__INSTALL_PATH:
				return getInstallPath();
			case ServerPackage.AGENT__VERSION:
				return getVersion();
			case ServerPackage.AGENT__REGISTRATION:
				return getRegistration();
			case ServerPackage.AGENT__ENCRYPTION_KEY_STATUS:
				return getEncryptionKeyStatus();
			case ServerPackage.AGENT__MACHINE_SETTING_ENCRYPTION_RAW:
				return getMachineSettingEncryptionRaw();
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
			case ServerPackage.AGENT__INSTALL_PATH:
				setInstallPath((String)newValue);
				return;
			case ServerPackage.AGENT__VERSION:
				setVersion((String)newValue);
				return;
			case ServerPackage.AGENT__REGISTRATION:
				setRegistration((Registration)newValue);
				return;
			case ServerPackage.AGENT__ENCRYPTION_KEY_STATUS:
				setEncryptionKeyStatus((String)newValue);
				return;
			case ServerPackage.AGENT__MACHINE_SETTING_ENCRYPTION_RAW:
				setMachineSettingEncryptionRaw((String)newValue);
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
			case ServerPackage.AGENT__INSTALL_PATH:
				setInstallPath(INSTALL_PATH_EDEFAULT);
				return;
			case ServerPackage.AGENT__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ServerPackage.AGENT__REGISTRATION:
				setRegistration((Registration)null);
				return;
			case ServerPackage.AGENT__ENCRYPTION_KEY_STATUS:
				setEncryptionKeyStatus(ENCRYPTION_KEY_STATUS_EDEFAULT);
				return;
			case ServerPackage.AGENT__MACHINE_SETTING_ENCRYPTION_RAW:
				setMachineSettingEncryptionRaw(MACHINE_SETTING_ENCRYPTION_RAW_EDEFAULT);
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
			case ServerPackage.AGENT__INSTALL_PATH:
				return INSTALL_PATH_EDEFAULT == null ? installPath != null : !INSTALL_PATH_EDEFAULT.equals(installPath);
			case ServerPackage.AGENT__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ServerPackage.AGENT__REGISTRATION:
				return registration != null;
			case ServerPackage.AGENT__ENCRYPTION_KEY_STATUS:
				return ENCRYPTION_KEY_STATUS_EDEFAULT == null ? encryptionKeyStatus != null : !ENCRYPTION_KEY_STATUS_EDEFAULT.equals(encryptionKeyStatus);
			case ServerPackage.AGENT__MACHINE_SETTING_ENCRYPTION_RAW:
				return MACHINE_SETTING_ENCRYPTION_RAW_EDEFAULT == null ? machineSettingEncryptionRaw != null : !MACHINE_SETTING_ENCRYPTION_RAW_EDEFAULT.equals(machineSettingEncryptionRaw);
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
		result.append(" (installPath: ");
		result.append(installPath);
		result.append(", version: ");
		result.append(version);
		result.append(", encryptionKeyStatus: ");
		result.append(encryptionKeyStatus);
		result.append(", machineSettingEncryptionRaw: ");
		result.append(machineSettingEncryptionRaw);
		result.append(')');
		return result.toString();
	}

} //AgentImpl
