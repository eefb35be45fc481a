/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Win Http Proxy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * WinHTTP proxy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.WinHttpProxy#getDirectAccess <em>Direct Access</em>}</li>
 *   <li>{@link marswb.model.server.WinHttpProxy#getProxyServer <em>Proxy Server</em>}</li>
 *   <li>{@link marswb.model.server.WinHttpProxy#getBypassList <em>Bypass List</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getWinHttpProxy()
 * @model
 * @generated
 */
public interface WinHttpProxy extends Located {
	/**
	 * Returns the value of the '<em><b>Direct Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for direct access.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direct Access</em>' attribute.
	 * @see #setDirectAccess(Boolean)
	 * @see marswb.model.server.ServerPackage#getWinHttpProxy_DirectAccess()
	 * @model
	 * @generated
	 */
	Boolean getDirectAccess();

	/**
	 * Sets the value of the '{@link marswb.model.server.WinHttpProxy#getDirectAccess <em>Direct Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direct Access</em>' attribute.
	 * @see #getDirectAccess()
	 * @generated
	 */
	void setDirectAccess(Boolean value);

	/**
	 * Returns the value of the '<em><b>Proxy Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proxy Server(s).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proxy Server</em>' attribute.
	 * @see #setProxyServer(String)
	 * @see marswb.model.server.ServerPackage#getWinHttpProxy_ProxyServer()
	 * @model
	 * @generated
	 */
	String getProxyServer();

	/**
	 * Sets the value of the '{@link marswb.model.server.WinHttpProxy#getProxyServer <em>Proxy Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proxy Server</em>' attribute.
	 * @see #getProxyServer()
	 * @generated
	 */
	void setProxyServer(String value);

	/**
	 * Returns the value of the '<em><b>Bypass List</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bypass List.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bypass List</em>' attribute.
	 * @see #setBypassList(String)
	 * @see marswb.model.server.ServerPackage#getWinHttpProxy_BypassList()
	 * @model
	 * @generated
	 */
	String getBypassList();

	/**
	 * Sets the value of the '{@link marswb.model.server.WinHttpProxy#getBypassList <em>Bypass List</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bypass List</em>' attribute.
	 * @see #getBypassList()
	 * @generated
	 */
	void setBypassList(String value);

} // WinHttpProxy
