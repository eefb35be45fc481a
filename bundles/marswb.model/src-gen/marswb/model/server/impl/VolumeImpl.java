/**
 */
package marswb.model.server.impl;

import marswb.model.server.ServerPackage;
import marswb.model.server.Volume;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.VolumeImpl#getDriveLetter <em>Drive Letter</em>}</li>
 *   <li>{@link marswb.model.server.impl.VolumeImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link marswb.model.server.impl.VolumeImpl#getFileSystem <em>File System</em>}</li>
 *   <li>{@link marswb.model.server.impl.VolumeImpl#getDriveType <em>Drive Type</em>}</li>
 *   <li>{@link marswb.model.server.impl.VolumeImpl#getHealthStatus <em>Health Status</em>}</li>
 *   <li>{@link marswb.model.server.impl.VolumeImpl#getOperationalStatus <em>Operational Status</em>}</li>
 *   <li>{@link marswb.model.server.impl.VolumeImpl#getSize <em>Size</em>}</li>
 *   <li>{@link marswb.model.server.impl.VolumeImpl#getSizeRemaining <em>Size Remaining</em>}</li>
 *   <li>{@link marswb.model.server.impl.VolumeImpl#getPath <em>Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeImpl extends LocatedImpl implements Volume {
	/**
	 * The default value of the '{@link #getDriveLetter() <em>Drive Letter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriveLetter()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVE_LETTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriveLetter() <em>Drive Letter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriveLetter()
	 * @generated
	 * @ordered
	 */
	protected String driveLetter = DRIVE_LETTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileSystem() <em>File System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileSystem() <em>File System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileSystem()
	 * @generated
	 * @ordered
	 */
	protected String fileSystem = FILE_SYSTEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriveType() <em>Drive Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriveType()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriveType() <em>Drive Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriveType()
	 * @generated
	 * @ordered
	 */
	protected String driveType = DRIVE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHealthStatus() <em>Health Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHealthStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String HEALTH_STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHealthStatus() <em>Health Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHealthStatus()
	 * @generated
	 * @ordered
	 */
	protected String healthStatus = HEALTH_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperationalStatus() <em>Operational Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperationalStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATIONAL_STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperationalStatus() <em>Operational Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperationalStatus()
	 * @generated
	 * @ordered
	 */
	protected String operationalStatus = OPERATIONAL_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final Long SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected Long size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSizeRemaining() <em>Size Remaining</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeRemaining()
	 * @generated
	 * @ordered
	 */
	protected static final Long SIZE_REMAINING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSizeRemaining() <em>Size Remaining</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeRemaining()
	 * @generated
	 * @ordered
	 */
	protected Long sizeRemaining = SIZE_REMAINING_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.VOLUME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriveLetter() {
		return driveLetter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriveLetter(String newDriveLetter) {
		String oldDriveLetter = driveLetter;
		driveLetter = newDriveLetter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VOLUME__DRIVE_LETTER, oldDriveLetter, driveLetter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VOLUME__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileSystem() {
		return fileSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileSystem(String newFileSystem) {
		String oldFileSystem = fileSystem;
		fileSystem = newFileSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VOLUME__FILE_SYSTEM, oldFileSystem, fileSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriveType() {
		return driveType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriveType(String newDriveType) {
		String oldDriveType = driveType;
		driveType = newDriveType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VOLUME__DRIVE_TYPE, oldDriveType, driveType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHealthStatus() {
		return healthStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHealthStatus(String newHealthStatus) {
		String oldHealthStatus = healthStatus;
		healthStatus = newHealthStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VOLUME__HEALTH_STATUS, oldHealthStatus, healthStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperationalStatus() {
		return operationalStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperationalStatus(String newOperationalStatus) {
		String oldOperationalStatus = operationalStatus;
		operationalStatus = newOperationalStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VOLUME__OPERATIONAL_STATUS, oldOperationalStatus, operationalStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(Long newSize) {
		Long oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VOLUME__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getSizeRemaining() {
		return sizeRemaining;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizeRemaining(Long newSizeRemaining) {
		Long oldSizeRemaining = sizeRemaining;
		sizeRemaining = newSizeRemaining;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VOLUME__SIZE_REMAINING, oldSizeRemaining, sizeRemaining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VOLUME__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.VOLUME__DRIVE_LETTER:
				return getDriveLetter();
			case ServerPackage.VOLUME__LABEL:
				return getLabel();
			case ServerPackage.VOLUME__FILE_SYSTEM:
				return getFileSystem();
			case ServerPackage.VOLUME__DRIVE_TYPE:
				return getDriveType();
			case ServerPackage.VOLUME__HEALTH_STATUS:
				return getHealthStatus();
			case ServerPackage.VOLUME__OPERATIONAL_STATUS:
				return getOperationalStatus();
			case ServerPackage.VOLUME__SIZE:
				return getSize();
			case ServerPackage.VOLUME__SIZE_REMAINING:
				return getSizeRemaining();
			case ServerPackage.VOLUME__PATH:
				return getPath();
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
			case ServerPackage.VOLUME__DRIVE_LETTER:
				setDriveLetter((String)newValue);
				return;
			case ServerPackage.VOLUME__LABEL:
				setLabel((String)newValue);
				return;
			case ServerPackage.VOLUME__FILE_SYSTEM:
				setFileSystem((String)newValue);
				return;
			case ServerPackage.VOLUME__DRIVE_TYPE:
				setDriveType((String)newValue);
				return;
			case ServerPackage.VOLUME__HEALTH_STATUS:
				setHealthStatus((String)newValue);
				return;
			case ServerPackage.VOLUME__OPERATIONAL_STATUS:
				setOperationalStatus((String)newValue);
				return;
			case ServerPackage.VOLUME__SIZE:
				setSize((Long)newValue);
				return;
			case ServerPackage.VOLUME__SIZE_REMAINING:
				setSizeRemaining((Long)newValue);
				return;
			case ServerPackage.VOLUME__PATH:
				setPath((String)newValue);
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
			case ServerPackage.VOLUME__DRIVE_LETTER:
				setDriveLetter(DRIVE_LETTER_EDEFAULT);
				return;
			case ServerPackage.VOLUME__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ServerPackage.VOLUME__FILE_SYSTEM:
				setFileSystem(FILE_SYSTEM_EDEFAULT);
				return;
			case ServerPackage.VOLUME__DRIVE_TYPE:
				setDriveType(DRIVE_TYPE_EDEFAULT);
				return;
			case ServerPackage.VOLUME__HEALTH_STATUS:
				setHealthStatus(HEALTH_STATUS_EDEFAULT);
				return;
			case ServerPackage.VOLUME__OPERATIONAL_STATUS:
				setOperationalStatus(OPERATIONAL_STATUS_EDEFAULT);
				return;
			case ServerPackage.VOLUME__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case ServerPackage.VOLUME__SIZE_REMAINING:
				setSizeRemaining(SIZE_REMAINING_EDEFAULT);
				return;
			case ServerPackage.VOLUME__PATH:
				setPath(PATH_EDEFAULT);
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
			case ServerPackage.VOLUME__DRIVE_LETTER:
				return DRIVE_LETTER_EDEFAULT == null ? driveLetter != null : !DRIVE_LETTER_EDEFAULT.equals(driveLetter);
			case ServerPackage.VOLUME__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ServerPackage.VOLUME__FILE_SYSTEM:
				return FILE_SYSTEM_EDEFAULT == null ? fileSystem != null : !FILE_SYSTEM_EDEFAULT.equals(fileSystem);
			case ServerPackage.VOLUME__DRIVE_TYPE:
				return DRIVE_TYPE_EDEFAULT == null ? driveType != null : !DRIVE_TYPE_EDEFAULT.equals(driveType);
			case ServerPackage.VOLUME__HEALTH_STATUS:
				return HEALTH_STATUS_EDEFAULT == null ? healthStatus != null : !HEALTH_STATUS_EDEFAULT.equals(healthStatus);
			case ServerPackage.VOLUME__OPERATIONAL_STATUS:
				return OPERATIONAL_STATUS_EDEFAULT == null ? operationalStatus != null : !OPERATIONAL_STATUS_EDEFAULT.equals(operationalStatus);
			case ServerPackage.VOLUME__SIZE:
				return SIZE_EDEFAULT == null ? size != null : !SIZE_EDEFAULT.equals(size);
			case ServerPackage.VOLUME__SIZE_REMAINING:
				return SIZE_REMAINING_EDEFAULT == null ? sizeRemaining != null : !SIZE_REMAINING_EDEFAULT.equals(sizeRemaining);
			case ServerPackage.VOLUME__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
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
		result.append(" (driveLetter: ");
		result.append(driveLetter);
		result.append(", label: ");
		result.append(label);
		result.append(", fileSystem: ");
		result.append(fileSystem);
		result.append(", driveType: ");
		result.append(driveType);
		result.append(", healthStatus: ");
		result.append(healthStatus);
		result.append(", operationalStatus: ");
		result.append(operationalStatus);
		result.append(", size: ");
		result.append(size);
		result.append(", sizeRemaining: ");
		result.append(sizeRemaining);
		result.append(", path: ");
		result.append(path);
		result.append(')');
		return result.toString();
	}

} //VolumeImpl
