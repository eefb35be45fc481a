/**
 */
package marswb.model.server;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scheduled Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Task Scheduler task.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.ScheduledTask#getPath <em>Path</em>}</li>
 *   <li>{@link marswb.model.server.ScheduledTask#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link marswb.model.server.ScheduledTask#getMultipleInstancesPolicy <em>Multiple Instances Policy</em>}</li>
 *   <li>{@link marswb.model.server.ScheduledTask#getPrincipalUserId <em>Principal User Id</em>}</li>
 *   <li>{@link marswb.model.server.ScheduledTask#getPrincipalGroupId <em>Principal Group Id</em>}</li>
 *   <li>{@link marswb.model.server.ScheduledTask#getLogonType <em>Logon Type</em>}</li>
 *   <li>{@link marswb.model.server.ScheduledTask#getRunLevel <em>Run Level</em>}</li>
 *   <li>{@link marswb.model.server.ScheduledTask#getTriggers <em>Triggers</em>}</li>
 *   <li>{@link marswb.model.server.ScheduledTask#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getScheduledTask()
 * @model
 * @generated
 */
public interface ScheduledTask extends Located {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Task path, e.g. \Microsoft\OnlineBackup\Microsoft-OnlineBackup.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see marswb.model.server.ServerPackage#getScheduledTask_Path()
	 * @model id="true"
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link marswb.model.server.ScheduledTask#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Settings/Enabled (true when absent).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(Boolean)
	 * @see marswb.model.server.ServerPackage#getScheduledTask_Enabled()
	 * @model
	 * @generated
	 */
	Boolean getEnabled();

	/**
	 * Sets the value of the '{@link marswb.model.server.ScheduledTask#getEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #getEnabled()
	 * @generated
	 */
	void setEnabled(Boolean value);

	/**
	 * Returns the value of the '<em><b>Multiple Instances Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Settings/MultipleInstancesPolicy (IgnoreNew when absent).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Multiple Instances Policy</em>' attribute.
	 * @see #setMultipleInstancesPolicy(String)
	 * @see marswb.model.server.ServerPackage#getScheduledTask_MultipleInstancesPolicy()
	 * @model
	 * @generated
	 */
	String getMultipleInstancesPolicy();

	/**
	 * Sets the value of the '{@link marswb.model.server.ScheduledTask#getMultipleInstancesPolicy <em>Multiple Instances Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multiple Instances Policy</em>' attribute.
	 * @see #getMultipleInstancesPolicy()
	 * @generated
	 */
	void setMultipleInstancesPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Principal User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Principal UserId.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Principal User Id</em>' attribute.
	 * @see #setPrincipalUserId(String)
	 * @see marswb.model.server.ServerPackage#getScheduledTask_PrincipalUserId()
	 * @model
	 * @generated
	 */
	String getPrincipalUserId();

	/**
	 * Sets the value of the '{@link marswb.model.server.ScheduledTask#getPrincipalUserId <em>Principal User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Principal User Id</em>' attribute.
	 * @see #getPrincipalUserId()
	 * @generated
	 */
	void setPrincipalUserId(String value);

	/**
	 * Returns the value of the '<em><b>Principal Group Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Principal GroupId.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Principal Group Id</em>' attribute.
	 * @see #setPrincipalGroupId(String)
	 * @see marswb.model.server.ServerPackage#getScheduledTask_PrincipalGroupId()
	 * @model
	 * @generated
	 */
	String getPrincipalGroupId();

	/**
	 * Sets the value of the '{@link marswb.model.server.ScheduledTask#getPrincipalGroupId <em>Principal Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Principal Group Id</em>' attribute.
	 * @see #getPrincipalGroupId()
	 * @generated
	 */
	void setPrincipalGroupId(String value);

	/**
	 * Returns the value of the '<em><b>Logon Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Principal LogonType.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Logon Type</em>' attribute.
	 * @see #setLogonType(String)
	 * @see marswb.model.server.ServerPackage#getScheduledTask_LogonType()
	 * @model
	 * @generated
	 */
	String getLogonType();

	/**
	 * Sets the value of the '{@link marswb.model.server.ScheduledTask#getLogonType <em>Logon Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logon Type</em>' attribute.
	 * @see #getLogonType()
	 * @generated
	 */
	void setLogonType(String value);

	/**
	 * Returns the value of the '<em><b>Run Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Principal RunLevel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Run Level</em>' attribute.
	 * @see #setRunLevel(String)
	 * @see marswb.model.server.ServerPackage#getScheduledTask_RunLevel()
	 * @model
	 * @generated
	 */
	String getRunLevel();

	/**
	 * Sets the value of the '{@link marswb.model.server.ScheduledTask#getRunLevel <em>Run Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Level</em>' attribute.
	 * @see #getRunLevel()
	 * @generated
	 */
	void setRunLevel(String value);

	/**
	 * Returns the value of the '<em><b>Triggers</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.TaskTrigger}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Triggers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Triggers</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getScheduledTask_Triggers()
	 * @model containment="true"
	 * @generated
	 */
	EList<TaskTrigger> getTriggers();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.TaskAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exec actions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getScheduledTask_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<TaskAction> getActions();

} // ScheduledTask
