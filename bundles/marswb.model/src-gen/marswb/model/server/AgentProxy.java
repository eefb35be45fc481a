/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agent Proxy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Proxy configured in the MARS agent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.AgentProxy#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link marswb.model.server.AgentProxy#getProxyServer <em>Proxy Server</em>}</li>
 *   <li>{@link marswb.model.server.AgentProxy#getProxyPort <em>Proxy Port</em>}</li>
 *   <li>{@link marswb.model.server.AgentProxy#getUserName <em>User Name</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getAgentProxy()
 * @model
 * @generated
 */
public interface AgentProxy extends Located {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ProxySetting.Enabled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(Boolean)
	 * @see marswb.model.server.ServerPackage#getAgentProxy_Enabled()
	 * @model
	 * @generated
	 */
	Boolean getEnabled();

	/**
	 * Sets the value of the '{@link marswb.model.server.AgentProxy#getEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #getEnabled()
	 * @generated
	 */
	void setEnabled(Boolean value);

	/**
	 * Returns the value of the '<em><b>Proxy Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ProxySetting.ProxyServer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proxy Server</em>' attribute.
	 * @see #setProxyServer(String)
	 * @see marswb.model.server.ServerPackage#getAgentProxy_ProxyServer()
	 * @model
	 * @generated
	 */
	String getProxyServer();

	/**
	 * Sets the value of the '{@link marswb.model.server.AgentProxy#getProxyServer <em>Proxy Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proxy Server</em>' attribute.
	 * @see #getProxyServer()
	 * @generated
	 */
	void setProxyServer(String value);

	/**
	 * Returns the value of the '<em><b>Proxy Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ProxySetting.ProxyPort.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proxy Port</em>' attribute.
	 * @see #setProxyPort(Integer)
	 * @see marswb.model.server.ServerPackage#getAgentProxy_ProxyPort()
	 * @model
	 * @generated
	 */
	Integer getProxyPort();

	/**
	 * Sets the value of the '{@link marswb.model.server.AgentProxy#getProxyPort <em>Proxy Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proxy Port</em>' attribute.
	 * @see #getProxyPort()
	 * @generated
	 */
	void setProxyPort(Integer value);

	/**
	 * Returns the value of the '<em><b>User Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proxy user name, when set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Name</em>' attribute.
	 * @see #setUserName(String)
	 * @see marswb.model.server.ServerPackage#getAgentProxy_UserName()
	 * @model
	 * @generated
	 */
	String getUserName();

	/**
	 * Sets the value of the '{@link marswb.model.server.AgentProxy#getUserName <em>User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Name</em>' attribute.
	 * @see #getUserName()
	 * @generated
	 */
	void setUserName(String value);

} // AgentProxy
