/**
 */
package marswb.model.server;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task Trigger</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A task trigger.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.TaskTrigger#getKind <em>Kind</em>}</li>
 *   <li>{@link marswb.model.server.TaskTrigger#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link marswb.model.server.TaskTrigger#getStartBoundary <em>Start Boundary</em>}</li>
 *   <li>{@link marswb.model.server.TaskTrigger#getDaysOfWeek <em>Days Of Week</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getTaskTrigger()
 * @model
 * @generated
 */
public interface TaskTrigger extends Located {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CalendarTrigger, TimeTrigger, BootTrigger, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see marswb.model.server.ServerPackage#getTaskTrigger_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link marswb.model.server.TaskTrigger#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Enabled (true when absent).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(Boolean)
	 * @see marswb.model.server.ServerPackage#getTaskTrigger_Enabled()
	 * @model
	 * @generated
	 */
	Boolean getEnabled();

	/**
	 * Sets the value of the '{@link marswb.model.server.TaskTrigger#getEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #getEnabled()
	 * @generated
	 */
	void setEnabled(Boolean value);

	/**
	 * Returns the value of the '<em><b>Start Boundary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * StartBoundary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Boundary</em>' attribute.
	 * @see #setStartBoundary(String)
	 * @see marswb.model.server.ServerPackage#getTaskTrigger_StartBoundary()
	 * @model
	 * @generated
	 */
	String getStartBoundary();

	/**
	 * Sets the value of the '{@link marswb.model.server.TaskTrigger#getStartBoundary <em>Start Boundary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Boundary</em>' attribute.
	 * @see #getStartBoundary()
	 * @generated
	 */
	void setStartBoundary(String value);

	/**
	 * Returns the value of the '<em><b>Days Of Week</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days of a weekly schedule.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Days Of Week</em>' attribute list.
	 * @see marswb.model.server.ServerPackage#getTaskTrigger_DaysOfWeek()
	 * @model
	 * @generated
	 */
	EList<String> getDaysOfWeek();

} // TaskTrigger
