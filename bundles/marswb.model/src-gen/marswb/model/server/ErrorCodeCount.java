/**
 */
package marswb.model.server;

import org.eclipse.emf.common.util.EList;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Error Code Count</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How often one error code occurred, with its first occurrence.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.ErrorCodeCount#getCode <em>Code</em>}</li>
 *   <li>{@link marswb.model.server.ErrorCodeCount#getCount <em>Count</em>}</li>
 *   <li>{@link marswb.model.server.ErrorCodeCount#getFirstEntry <em>First Entry</em>}</li>
 *   <li>{@link marswb.model.server.ErrorCodeCount#getTopFolders <em>Top Folders</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getErrorCodeCount()
 * @model
 * @generated
 */
public interface ErrorCodeCount extends Located {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code as the article writes it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see marswb.model.server.ServerPackage#getErrorCodeCount_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link marswb.model.server.ErrorCodeCount#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Occurrences.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(long)
	 * @see marswb.model.server.ServerPackage#getErrorCodeCount_Count()
	 * @model
	 * @generated
	 */
	long getCount();

	/**
	 * Sets the value of the '{@link marswb.model.server.ErrorCodeCount#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(long value);

	/**
	 * Returns the value of the '<em><b>First Entry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text of the first occurrence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Entry</em>' attribute.
	 * @see #setFirstEntry(String)
	 * @see marswb.model.server.ServerPackage#getErrorCodeCount_FirstEntry()
	 * @model
	 * @generated
	 */
	String getFirstEntry();

	/**
	 * Sets the value of the '{@link marswb.model.server.ErrorCodeCount#getFirstEntry <em>First Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Entry</em>' attribute.
	 * @see #getFirstEntry()
	 * @generated
	 */
	void setFirstEntry(String value);

	/**
	 * Returns the value of the '<em><b>Top Folders</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.FolderCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Folders with the most entries of this code, most first; each located at an entry of this code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Top Folders</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getErrorCodeCount_TopFolders()
	 * @model containment="true"
	 * @generated
	 */
	EList<FolderCount> getTopFolders();

} // ErrorCodeCount
