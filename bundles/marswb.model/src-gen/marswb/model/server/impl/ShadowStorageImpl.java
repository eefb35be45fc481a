/**
 */
package marswb.model.server.impl;

import marswb.model.server.ServerPackage;
import marswb.model.server.ShadowStorage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shadow Storage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.ShadowStorageImpl#getForVolume <em>For Volume</em>}</li>
 *   <li>{@link marswb.model.server.impl.ShadowStorageImpl#getStorageVolume <em>Storage Volume</em>}</li>
 *   <li>{@link marswb.model.server.impl.ShadowStorageImpl#getUsedBytes <em>Used Bytes</em>}</li>
 *   <li>{@link marswb.model.server.impl.ShadowStorageImpl#getAllocatedBytes <em>Allocated Bytes</em>}</li>
 *   <li>{@link marswb.model.server.impl.ShadowStorageImpl#getMaximumBytes <em>Maximum Bytes</em>}</li>
 *   <li>{@link marswb.model.server.impl.ShadowStorageImpl#isMaximumUnbounded <em>Maximum Unbounded</em>}</li>
 *   <li>{@link marswb.model.server.impl.ShadowStorageImpl#getMaximumPercent <em>Maximum Percent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShadowStorageImpl extends LocatedImpl implements ShadowStorage {
	/**
	 * The default value of the '{@link #getForVolume() <em>For Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForVolume()
	 * @generated
	 * @ordered
	 */
	protected static final String FOR_VOLUME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getForVolume() <em>For Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForVolume()
	 * @generated
	 * @ordered
	 */
	protected String forVolume = FOR_VOLUME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorageVolume() <em>Storage Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageVolume()
	 * @generated
	 * @ordered
	 */
	protected static final String STORAGE_VOLUME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStorageVolume() <em>Storage Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageVolume()
	 * @generated
	 * @ordered
	 */
	protected String storageVolume = STORAGE_VOLUME_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsedBytes() <em>Used Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedBytes()
	 * @generated
	 * @ordered
	 */
	protected static final Long USED_BYTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUsedBytes() <em>Used Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedBytes()
	 * @generated
	 * @ordered
	 */
	protected Long usedBytes = USED_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getAllocatedBytes() <em>Allocated Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedBytes()
	 * @generated
	 * @ordered
	 */
	protected static final Long ALLOCATED_BYTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllocatedBytes() <em>Allocated Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedBytes()
	 * @generated
	 * @ordered
	 */
	protected Long allocatedBytes = ALLOCATED_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximumBytes() <em>Maximum Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumBytes()
	 * @generated
	 * @ordered
	 */
	protected static final Long MAXIMUM_BYTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaximumBytes() <em>Maximum Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumBytes()
	 * @generated
	 * @ordered
	 */
	protected Long maximumBytes = MAXIMUM_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isMaximumUnbounded() <em>Maximum Unbounded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMaximumUnbounded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MAXIMUM_UNBOUNDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMaximumUnbounded() <em>Maximum Unbounded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMaximumUnbounded()
	 * @generated
	 * @ordered
	 */
	protected boolean maximumUnbounded = MAXIMUM_UNBOUNDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximumPercent() <em>Maximum Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumPercent()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAXIMUM_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaximumPercent() <em>Maximum Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumPercent()
	 * @generated
	 * @ordered
	 */
	protected Integer maximumPercent = MAXIMUM_PERCENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShadowStorageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.SHADOW_STORAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getForVolume() {
		return forVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForVolume(String newForVolume) {
		String oldForVolume = forVolume;
		forVolume = newForVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SHADOW_STORAGE__FOR_VOLUME, oldForVolume, forVolume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStorageVolume() {
		return storageVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageVolume(String newStorageVolume) {
		String oldStorageVolume = storageVolume;
		storageVolume = newStorageVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SHADOW_STORAGE__STORAGE_VOLUME, oldStorageVolume, storageVolume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getUsedBytes() {
		return usedBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsedBytes(Long newUsedBytes) {
		Long oldUsedBytes = usedBytes;
		usedBytes = newUsedBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SHADOW_STORAGE__USED_BYTES, oldUsedBytes, usedBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getAllocatedBytes() {
		return allocatedBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocatedBytes(Long newAllocatedBytes) {
		Long oldAllocatedBytes = allocatedBytes;
		allocatedBytes = newAllocatedBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SHADOW_STORAGE__ALLOCATED_BYTES, oldAllocatedBytes, allocatedBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getMaximumBytes() {
		return maximumBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximumBytes(Long newMaximumBytes) {
		Long oldMaximumBytes = maximumBytes;
		maximumBytes = newMaximumBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SHADOW_STORAGE__MAXIMUM_BYTES, oldMaximumBytes, maximumBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMaximumUnbounded() {
		return maximumUnbounded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximumUnbounded(boolean newMaximumUnbounded) {
		boolean oldMaximumUnbounded = maximumUnbounded;
		maximumUnbounded = newMaximumUnbounded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SHADOW_STORAGE__MAXIMUM_UNBOUNDED, oldMaximumUnbounded, maximumUnbounded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaximumPercent() {
		return maximumPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximumPercent(Integer newMaximumPercent) {
		Integer oldMaximumPercent = maximumPercent;
		maximumPercent = newMaximumPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SHADOW_STORAGE__MAXIMUM_PERCENT, oldMaximumPercent, maximumPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.SHADOW_STORAGE__FOR_VOLUME:
				return getForVolume();
			case ServerPackage.SHADOW_STORAGE__STORAGE_VOLUME:
				return getStorageVolume();
			case ServerPackage.SHADOW_STORAGE__USED_BYTES:
				return getUsedBytes();
			case ServerPackage.SHADOW_STORAGE__ALLOCATED_BYTES:
				return getAllocatedBytes();
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_BYTES:
				return getMaximumBytes();
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_UNBOUNDED:
				return isMaximumUnbounded();
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_PERCENT:
				return getMaximumPercent();
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
			case ServerPackage.SHADOW_STORAGE__FOR_VOLUME:
				setForVolume((String)newValue);
				return;
			case ServerPackage.SHADOW_STORAGE__STORAGE_VOLUME:
				setStorageVolume((String)newValue);
				return;
			case ServerPackage.SHADOW_STORAGE__USED_BYTES:
				setUsedBytes((Long)newValue);
				return;
			case ServerPackage.SHADOW_STORAGE__ALLOCATED_BYTES:
				setAllocatedBytes((Long)newValue);
				return;
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_BYTES:
				setMaximumBytes((Long)newValue);
				return;
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_UNBOUNDED:
				setMaximumUnbounded((Boolean)newValue);
				return;
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_PERCENT:
				setMaximumPercent((Integer)newValue);
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
			case ServerPackage.SHADOW_STORAGE__FOR_VOLUME:
				setForVolume(FOR_VOLUME_EDEFAULT);
				return;
			case ServerPackage.SHADOW_STORAGE__STORAGE_VOLUME:
				setStorageVolume(STORAGE_VOLUME_EDEFAULT);
				return;
			case ServerPackage.SHADOW_STORAGE__USED_BYTES:
				setUsedBytes(USED_BYTES_EDEFAULT);
				return;
			case ServerPackage.SHADOW_STORAGE__ALLOCATED_BYTES:
				setAllocatedBytes(ALLOCATED_BYTES_EDEFAULT);
				return;
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_BYTES:
				setMaximumBytes(MAXIMUM_BYTES_EDEFAULT);
				return;
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_UNBOUNDED:
				setMaximumUnbounded(MAXIMUM_UNBOUNDED_EDEFAULT);
				return;
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_PERCENT:
				setMaximumPercent(MAXIMUM_PERCENT_EDEFAULT);
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
			case ServerPackage.SHADOW_STORAGE__FOR_VOLUME:
				return FOR_VOLUME_EDEFAULT == null ? forVolume != null : !FOR_VOLUME_EDEFAULT.equals(forVolume);
			case ServerPackage.SHADOW_STORAGE__STORAGE_VOLUME:
				return STORAGE_VOLUME_EDEFAULT == null ? storageVolume != null : !STORAGE_VOLUME_EDEFAULT.equals(storageVolume);
			case ServerPackage.SHADOW_STORAGE__USED_BYTES:
				return USED_BYTES_EDEFAULT == null ? usedBytes != null : !USED_BYTES_EDEFAULT.equals(usedBytes);
			case ServerPackage.SHADOW_STORAGE__ALLOCATED_BYTES:
				return ALLOCATED_BYTES_EDEFAULT == null ? allocatedBytes != null : !ALLOCATED_BYTES_EDEFAULT.equals(allocatedBytes);
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_BYTES:
				return MAXIMUM_BYTES_EDEFAULT == null ? maximumBytes != null : !MAXIMUM_BYTES_EDEFAULT.equals(maximumBytes);
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_UNBOUNDED:
				return maximumUnbounded != MAXIMUM_UNBOUNDED_EDEFAULT;
			case ServerPackage.SHADOW_STORAGE__MAXIMUM_PERCENT:
				return MAXIMUM_PERCENT_EDEFAULT == null ? maximumPercent != null : !MAXIMUM_PERCENT_EDEFAULT.equals(maximumPercent);
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
		result.append(" (forVolume: ");
		result.append(forVolume);
		result.append(", storageVolume: ");
		result.append(storageVolume);
		result.append(", usedBytes: ");
		result.append(usedBytes);
		result.append(", allocatedBytes: ");
		result.append(allocatedBytes);
		result.append(", maximumBytes: ");
		result.append(maximumBytes);
		result.append(", maximumUnbounded: ");
		result.append(maximumUnbounded);
		result.append(", maximumPercent: ");
		result.append(maximumPercent);
		result.append(')');
		return result.toString();
	}

} //ShadowStorageImpl
