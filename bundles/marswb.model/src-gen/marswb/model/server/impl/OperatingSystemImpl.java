/**
 */
package marswb.model.server.impl;

import marswb.model.server.OperatingSystem;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operating System</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.OperatingSystemImpl#getHostName <em>Host Name</em>}</li>
 *   <li>{@link marswb.model.server.impl.OperatingSystemImpl#getName <em>Name</em>}</li>
 *   <li>{@link marswb.model.server.impl.OperatingSystemImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link marswb.model.server.impl.OperatingSystemImpl#getSystemType <em>System Type</em>}</li>
 *   <li>{@link marswb.model.server.impl.OperatingSystemImpl#getOriginalInstallDate <em>Original Install Date</em>}</li>
 *   <li>{@link marswb.model.server.impl.OperatingSystemImpl#getSystemBootTime <em>System Boot Time</em>}</li>
 *   <li>{@link marswb.model.server.impl.OperatingSystemImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link marswb.model.server.impl.OperatingSystemImpl#getDomain <em>Domain</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperatingSystemImpl extends LocatedImpl implements OperatingSystem {
	/**
	 * The default value of the '{@link #getHostName() <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostName()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostName() <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostName()
	 * @generated
	 * @ordered
	 */
	protected String hostName = HOST_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getSystemType() <em>System Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemType()
	 * @generated
	 * @ordered
	 */
	protected static final String SYSTEM_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystemType() <em>System Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemType()
	 * @generated
	 * @ordered
	 */
	protected String systemType = SYSTEM_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalInstallDate() <em>Original Install Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalInstallDate()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_INSTALL_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalInstallDate() <em>Original Install Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalInstallDate()
	 * @generated
	 * @ordered
	 */
	protected String originalInstallDate = ORIGINAL_INSTALL_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSystemBootTime() <em>System Boot Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemBootTime()
	 * @generated
	 * @ordered
	 */
	protected static final String SYSTEM_BOOT_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystemBootTime() <em>System Boot Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemBootTime()
	 * @generated
	 * @ordered
	 */
	protected String systemBootTime = SYSTEM_BOOT_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected String domain = DOMAIN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperatingSystemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.OPERATING_SYSTEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostName() {
		return hostName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostName(String newHostName) {
		String oldHostName = hostName;
		hostName = newHostName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.OPERATING_SYSTEM__HOST_NAME, oldHostName, hostName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.OPERATING_SYSTEM__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.OPERATING_SYSTEM__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSystemType() {
		return systemType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemType(String newSystemType) {
		String oldSystemType = systemType;
		systemType = newSystemType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.OPERATING_SYSTEM__SYSTEM_TYPE, oldSystemType, systemType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalInstallDate() {
		return originalInstallDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalInstallDate(String newOriginalInstallDate) {
		String oldOriginalInstallDate = originalInstallDate;
		originalInstallDate = newOriginalInstallDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.OPERATING_SYSTEM__ORIGINAL_INSTALL_DATE, oldOriginalInstallDate, originalInstallDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSystemBootTime() {
		return systemBootTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemBootTime(String newSystemBootTime) {
		String oldSystemBootTime = systemBootTime;
		systemBootTime = newSystemBootTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.OPERATING_SYSTEM__SYSTEM_BOOT_TIME, oldSystemBootTime, systemBootTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone) {
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.OPERATING_SYSTEM__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(String newDomain) {
		String oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.OPERATING_SYSTEM__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.OPERATING_SYSTEM__HOST_NAME:
				return getHostName();
			case ServerPackage.OPERATING_SYSTEM__NAME:
				return getName();
			case ServerPackage.OPERATING_SYSTEM__VERSION:
				return getVersion();
			case ServerPackage.OPERATING_SYSTEM__SYSTEM_TYPE:
				return getSystemType();
			case ServerPackage.OPERATING_SYSTEM__ORIGINAL_INSTALL_DATE:
				return getOriginalInstallDate();
			case ServerPackage.OPERATING_SYSTEM__SYSTEM_BOOT_TIME:
				return getSystemBootTime();
			case ServerPackage.OPERATING_SYSTEM__TIME_ZONE:
				return getTimeZone();
			case ServerPackage.OPERATING_SYSTEM__DOMAIN:
				return getDomain();
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
			case ServerPackage.OPERATING_SYSTEM__HOST_NAME:
				setHostName((String)newValue);
				return;
			case ServerPackage.OPERATING_SYSTEM__NAME:
				setName((String)newValue);
				return;
			case ServerPackage.OPERATING_SYSTEM__VERSION:
				setVersion((String)newValue);
				return;
			case ServerPackage.OPERATING_SYSTEM__SYSTEM_TYPE:
				setSystemType((String)newValue);
				return;
			case ServerPackage.OPERATING_SYSTEM__ORIGINAL_INSTALL_DATE:
				setOriginalInstallDate((String)newValue);
				return;
			case ServerPackage.OPERATING_SYSTEM__SYSTEM_BOOT_TIME:
				setSystemBootTime((String)newValue);
				return;
			case ServerPackage.OPERATING_SYSTEM__TIME_ZONE:
				setTimeZone((String)newValue);
				return;
			case ServerPackage.OPERATING_SYSTEM__DOMAIN:
				setDomain((String)newValue);
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
			case ServerPackage.OPERATING_SYSTEM__HOST_NAME:
				setHostName(HOST_NAME_EDEFAULT);
				return;
			case ServerPackage.OPERATING_SYSTEM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ServerPackage.OPERATING_SYSTEM__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ServerPackage.OPERATING_SYSTEM__SYSTEM_TYPE:
				setSystemType(SYSTEM_TYPE_EDEFAULT);
				return;
			case ServerPackage.OPERATING_SYSTEM__ORIGINAL_INSTALL_DATE:
				setOriginalInstallDate(ORIGINAL_INSTALL_DATE_EDEFAULT);
				return;
			case ServerPackage.OPERATING_SYSTEM__SYSTEM_BOOT_TIME:
				setSystemBootTime(SYSTEM_BOOT_TIME_EDEFAULT);
				return;
			case ServerPackage.OPERATING_SYSTEM__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case ServerPackage.OPERATING_SYSTEM__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
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
			case ServerPackage.OPERATING_SYSTEM__HOST_NAME:
				return HOST_NAME_EDEFAULT == null ? hostName != null : !HOST_NAME_EDEFAULT.equals(hostName);
			case ServerPackage.OPERATING_SYSTEM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ServerPackage.OPERATING_SYSTEM__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ServerPackage.OPERATING_SYSTEM__SYSTEM_TYPE:
				return SYSTEM_TYPE_EDEFAULT == null ? systemType != null : !SYSTEM_TYPE_EDEFAULT.equals(systemType);
			case ServerPackage.OPERATING_SYSTEM__ORIGINAL_INSTALL_DATE:
				return ORIGINAL_INSTALL_DATE_EDEFAULT == null ? originalInstallDate != null : !ORIGINAL_INSTALL_DATE_EDEFAULT.equals(originalInstallDate);
			case ServerPackage.OPERATING_SYSTEM__SYSTEM_BOOT_TIME:
				return SYSTEM_BOOT_TIME_EDEFAULT == null ? systemBootTime != null : !SYSTEM_BOOT_TIME_EDEFAULT.equals(systemBootTime);
			case ServerPackage.OPERATING_SYSTEM__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case ServerPackage.OPERATING_SYSTEM__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
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
		result.append(" (hostName: ");
		result.append(hostName);
		result.append(", name: ");
		result.append(name);
		result.append(", version: ");
		result.append(version);
		result.append(", systemType: ");
		result.append(systemType);
		result.append(", originalInstallDate: ");
		result.append(originalInstallDate);
		result.append(", systemBootTime: ");
		result.append(systemBootTime);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(", domain: ");
		result.append(domain);
		result.append(')');
		return result.toString();
	}

} //OperatingSystemImpl
