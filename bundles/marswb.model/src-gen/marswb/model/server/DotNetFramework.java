/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dot Net Framework</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * .NET Framework 4.x from NDP\v4\Full.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.DotNetFramework#getRelease <em>Release</em>}</li>
 *   <li>{@link marswb.model.server.DotNetFramework#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getDotNetFramework()
 * @model
 * @generated
 */
public interface DotNetFramework extends Located {
	/**
	 * Returns the value of the '<em><b>Release</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Release DWORD; null when the key or value is absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Release</em>' attribute.
	 * @see #setRelease(Integer)
	 * @see marswb.model.server.ServerPackage#getDotNetFramework_Release()
	 * @model
	 * @generated
	 */
	Integer getRelease();

	/**
	 * Sets the value of the '{@link marswb.model.server.DotNetFramework#getRelease <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Release</em>' attribute.
	 * @see #getRelease()
	 * @generated
	 */
	void setRelease(Integer value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version name for the release (4.8, 4.7.2, ...); the newest whose minimum release is reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see marswb.model.server.ServerPackage#getDotNetFramework_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link marswb.model.server.DotNetFramework#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

} // DotNetFramework
