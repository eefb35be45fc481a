/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Execution Policy Setting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Execution policy of one scope.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.ExecutionPolicySetting#getScope <em>Scope</em>}</li>
 *   <li>{@link marswb.model.server.ExecutionPolicySetting#getPolicy <em>Policy</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getExecutionPolicySetting()
 * @model
 * @generated
 */
public interface ExecutionPolicySetting extends Located {
	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MachinePolicy, UserPolicy, Process, CurrentUser or LocalMachine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see marswb.model.server.ServerPackage#getExecutionPolicySetting_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link marswb.model.server.ExecutionPolicySetting#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Restricted, AllSigned, RemoteSigned, Unrestricted, Bypass or Undefined.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' attribute.
	 * @see #setPolicy(String)
	 * @see marswb.model.server.ServerPackage#getExecutionPolicySetting_Policy()
	 * @model
	 * @generated
	 */
	String getPolicy();

	/**
	 * Sets the value of the '{@link marswb.model.server.ExecutionPolicySetting#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' attribute.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(String value);

} // ExecutionPolicySetting
