/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Windows service (Win32_Service).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.Service#getName <em>Name</em>}</li>
 *   <li>{@link marswb.model.server.Service#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link marswb.model.server.Service#getState <em>State</em>}</li>
 *   <li>{@link marswb.model.server.Service#getStartMode <em>Start Mode</em>}</li>
 *   <li>{@link marswb.model.server.Service#getStartName <em>Start Name</em>}</li>
 *   <li>{@link marswb.model.server.Service#getPathName <em>Path Name</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getService()
 * @model
 * @generated
 */
public interface Service extends Located {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see marswb.model.server.ServerPackage#getService_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link marswb.model.server.Service#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Display name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see marswb.model.server.ServerPackage#getService_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link marswb.model.server.Service#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Running, Stopped, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see marswb.model.server.ServerPackage#getService_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link marswb.model.server.Service#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

	/**
	 * Returns the value of the '<em><b>Start Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Auto, Manual, Disabled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Mode</em>' attribute.
	 * @see #setStartMode(String)
	 * @see marswb.model.server.ServerPackage#getService_StartMode()
	 * @model
	 * @generated
	 */
	String getStartMode();

	/**
	 * Sets the value of the '{@link marswb.model.server.Service#getStartMode <em>Start Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Mode</em>' attribute.
	 * @see #getStartMode()
	 * @generated
	 */
	void setStartMode(String value);

	/**
	 * Returns the value of the '<em><b>Start Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Account.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Name</em>' attribute.
	 * @see #setStartName(String)
	 * @see marswb.model.server.ServerPackage#getService_StartName()
	 * @model
	 * @generated
	 */
	String getStartName();

	/**
	 * Sets the value of the '{@link marswb.model.server.Service#getStartName <em>Start Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Name</em>' attribute.
	 * @see #getStartName()
	 * @generated
	 */
	void setStartName(String value);

	/**
	 * Returns the value of the '<em><b>Path Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Image path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path Name</em>' attribute.
	 * @see #setPathName(String)
	 * @see marswb.model.server.ServerPackage#getService_PathName()
	 * @model
	 * @generated
	 */
	String getPathName();

	/**
	 * Sets the value of the '{@link marswb.model.server.Service#getPathName <em>Path Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path Name</em>' attribute.
	 * @see #getPathName()
	 * @generated
	 */
	void setPathName(String value);

} // Service
