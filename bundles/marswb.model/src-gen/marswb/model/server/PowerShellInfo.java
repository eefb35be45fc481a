/**
 */
package marswb.model.server;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Power Shell Info</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * PowerShell facts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.PowerShellInfo#getVersion <em>Version</em>}</li>
 *   <li>{@link marswb.model.server.PowerShellInfo#getEdition <em>Edition</em>}</li>
 *   <li>{@link marswb.model.server.PowerShellInfo#getClrVersion <em>Clr Version</em>}</li>
 *   <li>{@link marswb.model.server.PowerShellInfo#getExecutionPolicies <em>Execution Policies</em>}</li>
 *   <li>{@link marswb.model.server.PowerShellInfo#getMachinePSModulePath <em>Machine PS Module Path</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getPowerShellInfo()
 * @model
 * @generated
 */
public interface PowerShellInfo extends Located {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PSVersion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see marswb.model.server.ServerPackage#getPowerShellInfo_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link marswb.model.server.PowerShellInfo#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PSEdition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edition</em>' attribute.
	 * @see #setEdition(String)
	 * @see marswb.model.server.ServerPackage#getPowerShellInfo_Edition()
	 * @model
	 * @generated
	 */
	String getEdition();

	/**
	 * Sets the value of the '{@link marswb.model.server.PowerShellInfo#getEdition <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edition</em>' attribute.
	 * @see #getEdition()
	 * @generated
	 */
	void setEdition(String value);

	/**
	 * Returns the value of the '<em><b>Clr Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CLRVersion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clr Version</em>' attribute.
	 * @see #setClrVersion(String)
	 * @see marswb.model.server.ServerPackage#getPowerShellInfo_ClrVersion()
	 * @model
	 * @generated
	 */
	String getClrVersion();

	/**
	 * Sets the value of the '{@link marswb.model.server.PowerShellInfo#getClrVersion <em>Clr Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clr Version</em>' attribute.
	 * @see #getClrVersion()
	 * @generated
	 */
	void setClrVersion(String value);

	/**
	 * Returns the value of the '<em><b>Execution Policies</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.ExecutionPolicySetting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Execution policy per scope, in precedence order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Execution Policies</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getPowerShellInfo_ExecutionPolicies()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExecutionPolicySetting> getExecutionPolicies();

	/**
	 * Returns the value of the '<em><b>Machine PS Module Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Machine PSModulePath (expanded strings are kept as written).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Machine PS Module Path</em>' attribute.
	 * @see #setMachinePSModulePath(String)
	 * @see marswb.model.server.ServerPackage#getPowerShellInfo_MachinePSModulePath()
	 * @model
	 * @generated
	 */
	String getMachinePSModulePath();

	/**
	 * Sets the value of the '{@link marswb.model.server.PowerShellInfo#getMachinePSModulePath <em>Machine PS Module Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine PS Module Path</em>' attribute.
	 * @see #getMachinePSModulePath()
	 * @generated
	 */
	void setMachinePSModulePath(String value);

} // PowerShellInfo
