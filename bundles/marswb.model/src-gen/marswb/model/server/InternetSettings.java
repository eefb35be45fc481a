/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Internet Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * WinINet Internet Settings of one account.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.InternetSettings#getProxyEnable <em>Proxy Enable</em>}</li>
 *   <li>{@link marswb.model.server.InternetSettings#getProxyServer <em>Proxy Server</em>}</li>
 *   <li>{@link marswb.model.server.InternetSettings#getProxyOverride <em>Proxy Override</em>}</li>
 *   <li>{@link marswb.model.server.InternetSettings#getAutoConfigUrl <em>Auto Config Url</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getInternetSettings()
 * @model
 * @generated
 */
public interface InternetSettings extends Located {
	/**
	 * Returns the value of the '<em><b>Proxy Enable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ProxyEnable DWORD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proxy Enable</em>' attribute.
	 * @see #setProxyEnable(Integer)
	 * @see marswb.model.server.ServerPackage#getInternetSettings_ProxyEnable()
	 * @model
	 * @generated
	 */
	Integer getProxyEnable();

	/**
	 * Sets the value of the '{@link marswb.model.server.InternetSettings#getProxyEnable <em>Proxy Enable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proxy Enable</em>' attribute.
	 * @see #getProxyEnable()
	 * @generated
	 */
	void setProxyEnable(Integer value);

	/**
	 * Returns the value of the '<em><b>Proxy Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ProxyServer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proxy Server</em>' attribute.
	 * @see #setProxyServer(String)
	 * @see marswb.model.server.ServerPackage#getInternetSettings_ProxyServer()
	 * @model
	 * @generated
	 */
	String getProxyServer();

	/**
	 * Sets the value of the '{@link marswb.model.server.InternetSettings#getProxyServer <em>Proxy Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proxy Server</em>' attribute.
	 * @see #getProxyServer()
	 * @generated
	 */
	void setProxyServer(String value);

	/**
	 * Returns the value of the '<em><b>Proxy Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ProxyOverride.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proxy Override</em>' attribute.
	 * @see #setProxyOverride(String)
	 * @see marswb.model.server.ServerPackage#getInternetSettings_ProxyOverride()
	 * @model
	 * @generated
	 */
	String getProxyOverride();

	/**
	 * Sets the value of the '{@link marswb.model.server.InternetSettings#getProxyOverride <em>Proxy Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proxy Override</em>' attribute.
	 * @see #getProxyOverride()
	 * @generated
	 */
	void setProxyOverride(String value);

	/**
	 * Returns the value of the '<em><b>Auto Config Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AutoConfigURL (PAC file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Auto Config Url</em>' attribute.
	 * @see #setAutoConfigUrl(String)
	 * @see marswb.model.server.ServerPackage#getInternetSettings_AutoConfigUrl()
	 * @model
	 * @generated
	 */
	String getAutoConfigUrl();

	/**
	 * Sets the value of the '{@link marswb.model.server.InternetSettings#getAutoConfigUrl <em>Auto Config Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Auto Config Url</em>' attribute.
	 * @see #getAutoConfigUrl()
	 * @generated
	 */
	void setAutoConfigUrl(String value);

} // InternetSettings
