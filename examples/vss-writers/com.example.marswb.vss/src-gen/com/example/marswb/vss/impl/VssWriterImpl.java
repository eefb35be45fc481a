/**
 */
package com.example.marswb.vss.impl;

import com.example.marswb.vss.VssPackage;
import com.example.marswb.vss.VssWriter;

import marswb.model.server.impl.LocatedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Writer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link com.example.marswb.vss.impl.VssWriterImpl#getName <em>Name</em>}</li>
 *   <li>{@link com.example.marswb.vss.impl.VssWriterImpl#getWriterId <em>Writer Id</em>}</li>
 *   <li>{@link com.example.marswb.vss.impl.VssWriterImpl#getInstanceId <em>Instance Id</em>}</li>
 *   <li>{@link com.example.marswb.vss.impl.VssWriterImpl#getStateCode <em>State Code</em>}</li>
 *   <li>{@link com.example.marswb.vss.impl.VssWriterImpl#getState <em>State</em>}</li>
 *   <li>{@link com.example.marswb.vss.impl.VssWriterImpl#getLastError <em>Last Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VssWriterImpl extends LocatedImpl implements VssWriter {
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
	 * The default value of the '{@link #getWriterId() <em>Writer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWriterId()
	 * @generated
	 * @ordered
	 */
	protected static final String WRITER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWriterId() <em>Writer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWriterId()
	 * @generated
	 * @ordered
	 */
	protected String writerId = WRITER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstanceId() <em>Instance Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceId()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTANCE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstanceId() <em>Instance Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceId()
	 * @generated
	 * @ordered
	 */
	protected String instanceId = INSTANCE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateCode() <em>State Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateCode()
	 * @generated
	 * @ordered
	 */
	protected static final Integer STATE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStateCode() <em>State Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateCode()
	 * @generated
	 * @ordered
	 */
	protected Integer stateCode = STATE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected String state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastError() <em>Last Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastError()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastError() <em>Last Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastError()
	 * @generated
	 * @ordered
	 */
	protected String lastError = LAST_ERROR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VssWriterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VssPackage.Literals.VSS_WRITER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, VssPackage.VSS_WRITER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWriterId() {
		return writerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWriterId(String newWriterId) {
		String oldWriterId = writerId;
		writerId = newWriterId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VssPackage.VSS_WRITER__WRITER_ID, oldWriterId, writerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstanceId() {
		return instanceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstanceId(String newInstanceId) {
		String oldInstanceId = instanceId;
		instanceId = newInstanceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VssPackage.VSS_WRITER__INSTANCE_ID, oldInstanceId, instanceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getStateCode() {
		return stateCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateCode(Integer newStateCode) {
		Integer oldStateCode = stateCode;
		stateCode = newStateCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VssPackage.VSS_WRITER__STATE_CODE, oldStateCode, stateCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(String newState) {
		String oldState = state;
		state = newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VssPackage.VSS_WRITER__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastError() {
		return lastError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastError(String newLastError) {
		String oldLastError = lastError;
		lastError = newLastError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VssPackage.VSS_WRITER__LAST_ERROR, oldLastError, lastError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VssPackage.VSS_WRITER__NAME:
				return getName();
			case VssPackage.VSS_WRITER__WRITER_ID:
				return getWriterId();
			case VssPackage.VSS_WRITER__INSTANCE_ID:
				return getInstanceId();
			case VssPackage.VSS_WRITER__STATE_CODE:
				return getStateCode();
			case VssPackage.VSS_WRITER__STATE:
				return getState();
			case VssPackage.VSS_WRITER__LAST_ERROR:
				return getLastError();
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
			case VssPackage.VSS_WRITER__NAME:
				setName((String)newValue);
				return;
			case VssPackage.VSS_WRITER__WRITER_ID:
				setWriterId((String)newValue);
				return;
			case VssPackage.VSS_WRITER__INSTANCE_ID:
				setInstanceId((String)newValue);
				return;
			case VssPackage.VSS_WRITER__STATE_CODE:
				setStateCode((Integer)newValue);
				return;
			case VssPackage.VSS_WRITER__STATE:
				setState((String)newValue);
				return;
			case VssPackage.VSS_WRITER__LAST_ERROR:
				setLastError((String)newValue);
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
			case VssPackage.VSS_WRITER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case VssPackage.VSS_WRITER__WRITER_ID:
				setWriterId(WRITER_ID_EDEFAULT);
				return;
			case VssPackage.VSS_WRITER__INSTANCE_ID:
				setInstanceId(INSTANCE_ID_EDEFAULT);
				return;
			case VssPackage.VSS_WRITER__STATE_CODE:
				setStateCode(STATE_CODE_EDEFAULT);
				return;
			case VssPackage.VSS_WRITER__STATE:
				setState(STATE_EDEFAULT);
				return;
			case VssPackage.VSS_WRITER__LAST_ERROR:
				setLastError(LAST_ERROR_EDEFAULT);
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
			case VssPackage.VSS_WRITER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case VssPackage.VSS_WRITER__WRITER_ID:
				return WRITER_ID_EDEFAULT == null ? writerId != null : !WRITER_ID_EDEFAULT.equals(writerId);
			case VssPackage.VSS_WRITER__INSTANCE_ID:
				return INSTANCE_ID_EDEFAULT == null ? instanceId != null : !INSTANCE_ID_EDEFAULT.equals(instanceId);
			case VssPackage.VSS_WRITER__STATE_CODE:
				return STATE_CODE_EDEFAULT == null ? stateCode != null : !STATE_CODE_EDEFAULT.equals(stateCode);
			case VssPackage.VSS_WRITER__STATE:
				return STATE_EDEFAULT == null ? state != null : !STATE_EDEFAULT.equals(state);
			case VssPackage.VSS_WRITER__LAST_ERROR:
				return LAST_ERROR_EDEFAULT == null ? lastError != null : !LAST_ERROR_EDEFAULT.equals(lastError);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", writerId: ");
		result.append(writerId);
		result.append(", instanceId: ");
		result.append(instanceId);
		result.append(", stateCode: ");
		result.append(stateCode);
		result.append(", state: ");
		result.append(state);
		result.append(", lastError: ");
		result.append(lastError);
		result.append(')');
		return result.toString();
	}

} //VssWriterImpl
