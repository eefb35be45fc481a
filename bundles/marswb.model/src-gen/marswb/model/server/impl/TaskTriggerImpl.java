/**
 */
package marswb.model.server.impl;

import java.util.Collection;

import marswb.model.server.ServerPackage;
import marswb.model.server.TaskTrigger;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Task Trigger</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.TaskTriggerImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link marswb.model.server.impl.TaskTriggerImpl#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link marswb.model.server.impl.TaskTriggerImpl#getStartBoundary <em>Start Boundary</em>}</li>
 *   <li>{@link marswb.model.server.impl.TaskTriggerImpl#getDaysOfWeek <em>Days Of Week</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TaskTriggerImpl extends LocatedImpl implements TaskTrigger {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ENABLED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabled()
	 * @generated
	 * @ordered
	 */
	protected Boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartBoundary() <em>Start Boundary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartBoundary()
	 * @generated
	 * @ordered
	 */
	protected static final String START_BOUNDARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartBoundary() <em>Start Boundary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartBoundary()
	 * @generated
	 * @ordered
	 */
	protected String startBoundary = START_BOUNDARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDaysOfWeek() <em>Days Of Week</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysOfWeek()
	 * @generated
	 * @ordered
	 */
	protected EList<String> daysOfWeek;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TaskTriggerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.TASK_TRIGGER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.TASK_TRIGGER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(Boolean newEnabled) {
		Boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.TASK_TRIGGER__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStartBoundary() {
		return startBoundary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartBoundary(String newStartBoundary) {
		String oldStartBoundary = startBoundary;
		startBoundary = newStartBoundary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.TASK_TRIGGER__START_BOUNDARY, oldStartBoundary, startBoundary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDaysOfWeek() {
		if (daysOfWeek == null) {
			daysOfWeek = new EDataTypeUniqueEList<String>(String.class, this, ServerPackage.TASK_TRIGGER__DAYS_OF_WEEK);
		}
		return daysOfWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.TASK_TRIGGER__KIND:
				return getKind();
			case ServerPackage.TASK_TRIGGER__ENABLED:
				return getEnabled();
			case ServerPackage.TASK_TRIGGER__START_BOUNDARY:
				return getStartBoundary();
			case ServerPackage.TASK_TRIGGER__DAYS_OF_WEEK:
				return getDaysOfWeek();
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
			case ServerPackage.TASK_TRIGGER__KIND:
				setKind((String)newValue);
				return;
			case ServerPackage.TASK_TRIGGER__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case ServerPackage.TASK_TRIGGER__START_BOUNDARY:
				setStartBoundary((String)newValue);
				return;
			case ServerPackage.TASK_TRIGGER__DAYS_OF_WEEK:
				getDaysOfWeek().clear();
				getDaysOfWeek().addAll((Collection<? extends String>)newValue);
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
			case ServerPackage.TASK_TRIGGER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ServerPackage.TASK_TRIGGER__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case ServerPackage.TASK_TRIGGER__START_BOUNDARY:
				setStartBoundary(START_BOUNDARY_EDEFAULT);
				return;
			case ServerPackage.TASK_TRIGGER__DAYS_OF_WEEK:
				getDaysOfWeek().clear();
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
			case ServerPackage.TASK_TRIGGER__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case ServerPackage.TASK_TRIGGER__ENABLED:
				return ENABLED_EDEFAULT == null ? enabled != null : !ENABLED_EDEFAULT.equals(enabled);
			case ServerPackage.TASK_TRIGGER__START_BOUNDARY:
				return START_BOUNDARY_EDEFAULT == null ? startBoundary != null : !START_BOUNDARY_EDEFAULT.equals(startBoundary);
			case ServerPackage.TASK_TRIGGER__DAYS_OF_WEEK:
				return daysOfWeek != null && !daysOfWeek.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", startBoundary: ");
		result.append(startBoundary);
		result.append(", daysOfWeek: ");
		result.append(daysOfWeek);
		result.append(')');
		return result.toString();
	}

} //TaskTriggerImpl
