/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One file spec of the policy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.FileSpec#getFileSpec <em>File Spec</em>}</li>
 *   <li>{@link marswb.model.server.FileSpec#getIsExclude <em>Is Exclude</em>}</li>
 *   <li>{@link marswb.model.server.FileSpec#getIsRecursive <em>Is Recursive</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getFileSpec()
 * @model
 * @generated
 */
public interface FileSpec extends Located {
	/**
	 * Returns the value of the '<em><b>File Spec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path or pattern.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Spec</em>' attribute.
	 * @see #setFileSpec(String)
	 * @see marswb.model.server.ServerPackage#getFileSpec_FileSpec()
	 * @model
	 * @generated
	 */
	String getFileSpec();

	/**
	 * Sets the value of the '{@link marswb.model.server.FileSpec#getFileSpec <em>File Spec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Spec</em>' attribute.
	 * @see #getFileSpec()
	 * @generated
	 */
	void setFileSpec(String value);

	/**
	 * Returns the value of the '<em><b>Is Exclude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exclusion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Is Exclude</em>' attribute.
	 * @see #setIsExclude(Boolean)
	 * @see marswb.model.server.ServerPackage#getFileSpec_IsExclude()
	 * @model
	 * @generated
	 */
	Boolean getIsExclude();

	/**
	 * Sets the value of the '{@link marswb.model.server.FileSpec#getIsExclude <em>Is Exclude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Exclude</em>' attribute.
	 * @see #getIsExclude()
	 * @generated
	 */
	void setIsExclude(Boolean value);

	/**
	 * Returns the value of the '<em><b>Is Recursive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Applies to subfolders.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Is Recursive</em>' attribute.
	 * @see #setIsRecursive(Boolean)
	 * @see marswb.model.server.ServerPackage#getFileSpec_IsRecursive()
	 * @model
	 * @generated
	 */
	Boolean getIsRecursive();

	/**
	 * Sets the value of the '{@link marswb.model.server.FileSpec#getIsRecursive <em>Is Recursive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Recursive</em>' attribute.
	 * @see #getIsRecursive()
	 * @generated
	 */
	void setIsRecursive(Boolean value);

} // FileSpec
