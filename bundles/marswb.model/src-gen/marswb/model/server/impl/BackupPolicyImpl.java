/**
 */
package marswb.model.server.impl;

import java.util.Collection;

import marswb.model.server.BackupPolicy;
import marswb.model.server.FileSpec;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Backup Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.BackupPolicyImpl#getPolicyName <em>Policy Name</em>}</li>
 *   <li>{@link marswb.model.server.impl.BackupPolicyImpl#getScheduleDays <em>Schedule Days</em>}</li>
 *   <li>{@link marswb.model.server.impl.BackupPolicyImpl#getScheduleTimes <em>Schedule Times</em>}</li>
 *   <li>{@link marswb.model.server.impl.BackupPolicyImpl#getSystemStateProtected <em>System State Protected</em>}</li>
 *   <li>{@link marswb.model.server.impl.BackupPolicyImpl#getFileSpecs <em>File Specs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BackupPolicyImpl extends LocatedImpl implements BackupPolicy {
	/**
	 * The default value of the '{@link #getPolicyName() <em>Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyName()
	 * @generated
	 * @ordered
	 */
	protected static final String POLICY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPolicyName() <em>Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyName()
	 * @generated
	 * @ordered
	 */
	protected String policyName = POLICY_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScheduleDays() <em>Schedule Days</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduleDays()
	 * @generated
	 * @ordered
	 */
	protected EList<String> scheduleDays;

	/**
	 * The cached value of the '{@link #getScheduleTimes() <em>Schedule Times</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduleTimes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> scheduleTimes;

	/**
	 * The default value of the '{@link #getSystemStateProtected() <em>System State Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemStateProtected()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SYSTEM_STATE_PROTECTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystemStateProtected() <em>System State Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemStateProtected()
	 * @generated
	 * @ordered
	 */
	protected Boolean systemStateProtected = SYSTEM_STATE_PROTECTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFileSpecs() <em>File Specs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileSpecs()
	 * @generated
	 * @ordered
	 */
	protected EList<FileSpec> fileSpecs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BackupPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.BACKUP_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPolicyName() {
		return policyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicyName(String newPolicyName) {
		String oldPolicyName = policyName;
		policyName = newPolicyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.BACKUP_POLICY__POLICY_NAME, oldPolicyName, policyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getScheduleDays() {
		if (scheduleDays == null) {
			scheduleDays = new EDataTypeUniqueEList<String>(String.class, this, ServerPackage.BACKUP_POLICY__SCHEDULE_DAYS);
		}
		return scheduleDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getScheduleTimes() {
		if (scheduleTimes == null) {
			scheduleTimes = new EDataTypeUniqueEList<String>(String.class, this, ServerPackage.BACKUP_POLICY__SCHEDULE_TIMES);
		}
		return scheduleTimes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getSystemStateProtected() {
		return systemStateProtected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemStateProtected(Boolean newSystemStateProtected) {
		Boolean oldSystemStateProtected = systemStateProtected;
		systemStateProtected = newSystemStateProtected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.BACKUP_POLICY__SYSTEM_STATE_PROTECTED, oldSystemStateProtected, systemStateProtected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FileSpec> getFileSpecs() {
		if (fileSpecs == null) {
			fileSpecs = new EObjectContainmentEList<FileSpec>(FileSpec.class, this, ServerPackage.BACKUP_POLICY__FILE_SPECS);
		}
		return fileSpecs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ServerPackage.BACKUP_POLICY__FILE_SPECS:
				return ((InternalEList<?>)getFileSpecs()).basicRemove(otherEnd, msgs);
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
			case ServerPackage.BACKUP_POLICY__POLICY_NAME:
				return getPolicyName();
			case ServerPackage.BACKUP_POLICY__SCHEDULE_DAYS:
				return getScheduleDays();
			case ServerPackage.BACKUP_POLICY__SCHEDULE_TIMES:
				return getScheduleTimes();
			case ServerPackage.BACKUP_POLICY__SYSTEM_STATE_PROTECTED:
				return getSystemStateProtected();
			case ServerPackage.BACKUP_POLICY__FILE_SPECS:
				return getFileSpecs();
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
			case ServerPackage.BACKUP_POLICY__POLICY_NAME:
				setPolicyName((String)newValue);
				return;
			case ServerPackage.BACKUP_POLICY__SCHEDULE_DAYS:
				getScheduleDays().clear();
				getScheduleDays().addAll((Collection<? extends String>)newValue);
				return;
			case ServerPackage.BACKUP_POLICY__SCHEDULE_TIMES:
				getScheduleTimes().clear();
				getScheduleTimes().addAll((Collection<? extends String>)newValue);
				return;
			case ServerPackage.BACKUP_POLICY__SYSTEM_STATE_PROTECTED:
				setSystemStateProtected((Boolean)newValue);
				return;
			case ServerPackage.BACKUP_POLICY__FILE_SPECS:
				getFileSpecs().clear();
				getFileSpecs().addAll((Collection<? extends FileSpec>)newValue);
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
			case ServerPackage.BACKUP_POLICY__POLICY_NAME:
				setPolicyName(POLICY_NAME_EDEFAULT);
				return;
			case ServerPackage.BACKUP_POLICY__SCHEDULE_DAYS:
				getScheduleDays().clear();
				return;
			case ServerPackage.BACKUP_POLICY__SCHEDULE_TIMES:
				getScheduleTimes().clear();
				return;
			case ServerPackage.BACKUP_POLICY__SYSTEM_STATE_PROTECTED:
				setSystemStateProtected(SYSTEM_STATE_PROTECTED_EDEFAULT);
				return;
			case ServerPackage.BACKUP_POLICY__FILE_SPECS:
				getFileSpecs().clear();
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
			case ServerPackage.BACKUP_POLICY__POLICY_NAME:
				return POLICY_NAME_EDEFAULT == null ? policyName != null : !POLICY_NAME_EDEFAULT.equals(policyName);
			case ServerPackage.BACKUP_POLICY__SCHEDULE_DAYS:
				return scheduleDays != null && !scheduleDays.isEmpty();
			case ServerPackage.BACKUP_POLICY__SCHEDULE_TIMES:
				return scheduleTimes != null && !scheduleTimes.isEmpty();
			case ServerPackage.BACKUP_POLICY__SYSTEM_STATE_PROTECTED:
				return SYSTEM_STATE_PROTECTED_EDEFAULT == null ? systemStateProtected != null : !SYSTEM_STATE_PROTECTED_EDEFAULT.equals(systemStateProtected);
			case ServerPackage.BACKUP_POLICY__FILE_SPECS:
				return fileSpecs != null && !fileSpecs.isEmpty();
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
		result.append(" (policyName: ");
		result.append(policyName);
		result.append(", scheduleDays: ");
		result.append(scheduleDays);
		result.append(", scheduleTimes: ");
		result.append(scheduleTimes);
		result.append(", systemStateProtected: ");
		result.append(systemStateProtected);
		result.append(')');
		return result.toString();
	}

} //BackupPolicyImpl
