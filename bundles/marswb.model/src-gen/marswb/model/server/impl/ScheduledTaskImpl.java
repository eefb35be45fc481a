/**
 */
package marswb.model.server.impl;

import java.util.Collection;

import marswb.model.server.ScheduledTask;
import marswb.model.server.ServerPackage;
import marswb.model.server.TaskAction;
import marswb.model.server.TaskTrigger;

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
 * An implementation of the model object '<em><b>Scheduled Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.ScheduledTaskImpl#getPath <em>Path</em>}</li>
 *   <li>{@link marswb.model.server.impl.ScheduledTaskImpl#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link marswb.model.server.impl.ScheduledTaskImpl#getMultipleInstancesPolicy <em>Multiple Instances Policy</em>}</li>
 *   <li>{@link marswb.model.server.impl.ScheduledTaskImpl#getPrincipalUserId <em>Principal User Id</em>}</li>
 *   <li>{@link marswb.model.server.impl.ScheduledTaskImpl#getPrincipalGroupId <em>Principal Group Id</em>}</li>
 *   <li>{@link marswb.model.server.impl.ScheduledTaskImpl#getLogonType <em>Logon Type</em>}</li>
 *   <li>{@link marswb.model.server.impl.ScheduledTaskImpl#getRunLevel <em>Run Level</em>}</li>
 *   <li>{@link marswb.model.server.impl.ScheduledTaskImpl#getTriggers <em>Triggers</em>}</li>
 *   <li>{@link marswb.model.server.impl.ScheduledTaskImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScheduledTaskImpl extends LocatedImpl implements ScheduledTask {
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
	 * The default value of the '{@link #getMultipleInstancesPolicy() <em>Multiple Instances Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultipleInstancesPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String MULTIPLE_INSTANCES_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMultipleInstancesPolicy() <em>Multiple Instances Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultipleInstancesPolicy()
	 * @generated
	 * @ordered
	 */
	protected String multipleInstancesPolicy = MULTIPLE_INSTANCES_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrincipalUserId() <em>Principal User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipalUserId()
	 * @generated
	 * @ordered
	 */
	protected static final String PRINCIPAL_USER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrincipalUserId() <em>Principal User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipalUserId()
	 * @generated
	 * @ordered
	 */
	protected String principalUserId = PRINCIPAL_USER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrincipalGroupId() <em>Principal Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipalGroupId()
	 * @generated
	 * @ordered
	 */
	protected static final String PRINCIPAL_GROUP_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrincipalGroupId() <em>Principal Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipalGroupId()
	 * @generated
	 * @ordered
	 */
	protected String principalGroupId = PRINCIPAL_GROUP_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogonType() <em>Logon Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogonType()
	 * @generated
	 * @ordered
	 */
	protected static final String LOGON_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLogonType() <em>Logon Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogonType()
	 * @generated
	 * @ordered
	 */
	protected String logonType = LOGON_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunLevel() <em>Run Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String RUN_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunLevel() <em>Run Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunLevel()
	 * @generated
	 * @ordered
	 */
	protected String runLevel = RUN_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTriggers() <em>Triggers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTriggers()
	 * @generated
	 * @ordered
	 */
	protected EList<TaskTrigger> triggers;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<TaskAction> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduledTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.SCHEDULED_TASK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SCHEDULED_TASK__PATH, oldPath, path));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SCHEDULED_TASK__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMultipleInstancesPolicy() {
		return multipleInstancesPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultipleInstancesPolicy(String newMultipleInstancesPolicy) {
		String oldMultipleInstancesPolicy = multipleInstancesPolicy;
		multipleInstancesPolicy = newMultipleInstancesPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY, oldMultipleInstancesPolicy, multipleInstancesPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrincipalUserId() {
		return principalUserId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrincipalUserId(String newPrincipalUserId) {
		String oldPrincipalUserId = principalUserId;
		principalUserId = newPrincipalUserId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SCHEDULED_TASK__PRINCIPAL_USER_ID, oldPrincipalUserId, principalUserId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrincipalGroupId() {
		return principalGroupId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrincipalGroupId(String newPrincipalGroupId) {
		String oldPrincipalGroupId = principalGroupId;
		principalGroupId = newPrincipalGroupId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SCHEDULED_TASK__PRINCIPAL_GROUP_ID, oldPrincipalGroupId, principalGroupId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLogonType() {
		return logonType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogonType(String newLogonType) {
		String oldLogonType = logonType;
		logonType = newLogonType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SCHEDULED_TASK__LOGON_TYPE, oldLogonType, logonType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRunLevel() {
		return runLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunLevel(String newRunLevel) {
		String oldRunLevel = runLevel;
		runLevel = newRunLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SCHEDULED_TASK__RUN_LEVEL, oldRunLevel, runLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TaskTrigger> getTriggers() {
		if (triggers == null) {
			triggers = new EObjectContainmentEList<TaskTrigger>(TaskTrigger.class, this, ServerPackage.SCHEDULED_TASK__TRIGGERS);
		}
		return triggers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TaskAction> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<TaskAction>(TaskAction.class, this, ServerPackage.SCHEDULED_TASK__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ServerPackage.SCHEDULED_TASK__TRIGGERS:
				return ((InternalEList<?>)getTriggers()).basicRemove(otherEnd, msgs);
			case ServerPackage.SCHEDULED_TASK__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
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
			case ServerPackage.SCHEDULED_TASK__PATH:
				return getPath();
			case ServerPackage.SCHEDULED_TASK__ENABLED:
				return getEnabled();
			case ServerPackage.SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY:
				return getMultipleInstancesPolicy();
			case ServerPackage.SCHEDULED_TASK__PRINCIPAL_USER_ID:
				return getPrincipalUserId();
			case ServerPackage.SCHEDULED_TASK__PRINCIPAL_GROUP_ID:
				return getPrincipalGroupId();
			case ServerPackage.SCHEDULED_TASK__LOGON_TYPE:
				return getLogonType();
			case ServerPackage.SCHEDULED_TASK__RUN_LEVEL:
				return getRunLevel();
			case ServerPackage.SCHEDULED_TASK__TRIGGERS:
				return getTriggers();
			case ServerPackage.SCHEDULED_TASK__ACTIONS:
				return getActions();
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
			case ServerPackage.SCHEDULED_TASK__PATH:
				setPath((String)newValue);
				return;
			case ServerPackage.SCHEDULED_TASK__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case ServerPackage.SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY:
				setMultipleInstancesPolicy((String)newValue);
				return;
			case ServerPackage.SCHEDULED_TASK__PRINCIPAL_USER_ID:
				setPrincipalUserId((String)newValue);
				return;
			case ServerPackage.SCHEDULED_TASK__PRINCIPAL_GROUP_ID:
				setPrincipalGroupId((String)newValue);
				return;
			case ServerPackage.SCHEDULED_TASK__LOGON_TYPE:
				setLogonType((String)newValue);
				return;
			case ServerPackage.SCHEDULED_TASK__RUN_LEVEL:
				setRunLevel((String)newValue);
				return;
			case ServerPackage.SCHEDULED_TASK__TRIGGERS:
				getTriggers().clear();
				getTriggers().addAll((Collection<? extends TaskTrigger>)newValue);
				return;
			case ServerPackage.SCHEDULED_TASK__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends TaskAction>)newValue);
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
			case ServerPackage.SCHEDULED_TASK__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case ServerPackage.SCHEDULED_TASK__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case ServerPackage.SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY:
				setMultipleInstancesPolicy(MULTIPLE_INSTANCES_POLICY_EDEFAULT);
				return;
			case ServerPackage.SCHEDULED_TASK__PRINCIPAL_USER_ID:
				setPrincipalUserId(PRINCIPAL_USER_ID_EDEFAULT);
				return;
			case ServerPackage.SCHEDULED_TASK__PRINCIPAL_GROUP_ID:
				setPrincipalGroupId(PRINCIPAL_GROUP_ID_EDEFAULT);
				return;
			case ServerPackage.SCHEDULED_TASK__LOGON_TYPE:
				setLogonType(LOGON_TYPE_EDEFAULT);
				return;
			case ServerPackage.SCHEDULED_TASK__RUN_LEVEL:
				setRunLevel(RUN_LEVEL_EDEFAULT);
				return;
			case ServerPackage.SCHEDULED_TASK__TRIGGERS:
				getTriggers().clear();
				return;
			case ServerPackage.SCHEDULED_TASK__ACTIONS:
				getActions().clear();
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
			case ServerPackage.SCHEDULED_TASK__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case ServerPackage.SCHEDULED_TASK__ENABLED:
				return ENABLED_EDEFAULT == null ? enabled != null : !ENABLED_EDEFAULT.equals(enabled);
			case ServerPackage.SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY:
				return MULTIPLE_INSTANCES_POLICY_EDEFAULT == null ? multipleInstancesPolicy != null : !MULTIPLE_INSTANCES_POLICY_EDEFAULT.equals(multipleInstancesPolicy);
			case ServerPackage.SCHEDULED_TASK__PRINCIPAL_USER_ID:
				return PRINCIPAL_USER_ID_EDEFAULT == null ? principalUserId != null : !PRINCIPAL_USER_ID_EDEFAULT.equals(principalUserId);
			case ServerPackage.SCHEDULED_TASK__PRINCIPAL_GROUP_ID:
				return PRINCIPAL_GROUP_ID_EDEFAULT == null ? principalGroupId != null : !PRINCIPAL_GROUP_ID_EDEFAULT.equals(principalGroupId);
			case ServerPackage.SCHEDULED_TASK__LOGON_TYPE:
				return LOGON_TYPE_EDEFAULT == null ? logonType != null : !LOGON_TYPE_EDEFAULT.equals(logonType);
			case ServerPackage.SCHEDULED_TASK__RUN_LEVEL:
				return RUN_LEVEL_EDEFAULT == null ? runLevel != null : !RUN_LEVEL_EDEFAULT.equals(runLevel);
			case ServerPackage.SCHEDULED_TASK__TRIGGERS:
				return triggers != null && !triggers.isEmpty();
			case ServerPackage.SCHEDULED_TASK__ACTIONS:
				return actions != null && !actions.isEmpty();
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
		result.append(" (path: ");
		result.append(path);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", multipleInstancesPolicy: ");
		result.append(multipleInstancesPolicy);
		result.append(", principalUserId: ");
		result.append(principalUserId);
		result.append(", principalGroupId: ");
		result.append(principalGroupId);
		result.append(", logonType: ");
		result.append(logonType);
		result.append(", runLevel: ");
		result.append(runLevel);
		result.append(')');
		return result.toString();
	}

} //ScheduledTaskImpl
