/**
 */
package marswb.model.server;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Network configuration relevant to the agent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.NetworkSettings#getWinHttp <em>Win Http</em>}</li>
 *   <li>{@link marswb.model.server.NetworkSettings#getSystemInternet <em>System Internet</em>}</li>
 *   <li>{@link marswb.model.server.NetworkSettings#getAgentProxy <em>Agent Proxy</em>}</li>
 *   <li>{@link marswb.model.server.NetworkSettings#getProbes <em>Probes</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getNetworkSettings()
 * @model
 * @generated
 */
public interface NetworkSettings extends Located {
	/**
	 * Returns the value of the '<em><b>Win Http</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * netsh winhttp show proxy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Win Http</em>' containment reference.
	 * @see #setWinHttp(WinHttpProxy)
	 * @see marswb.model.server.ServerPackage#getNetworkSettings_WinHttp()
	 * @model containment="true"
	 * @generated
	 */
	WinHttpProxy getWinHttp();

	/**
	 * Sets the value of the '{@link marswb.model.server.NetworkSettings#getWinHttp <em>Win Http</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Win Http</em>' containment reference.
	 * @see #getWinHttp()
	 * @generated
	 */
	void setWinHttp(WinHttpProxy value);

	/**
	 * Returns the value of the '<em><b>System Internet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WinINet settings of the SYSTEM account (what the agent uses).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Internet</em>' containment reference.
	 * @see #setSystemInternet(InternetSettings)
	 * @see marswb.model.server.ServerPackage#getNetworkSettings_SystemInternet()
	 * @model containment="true"
	 * @generated
	 */
	InternetSettings getSystemInternet();

	/**
	 * Sets the value of the '{@link marswb.model.server.NetworkSettings#getSystemInternet <em>System Internet</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Internet</em>' containment reference.
	 * @see #getSystemInternet()
	 * @generated
	 */
	void setSystemInternet(InternetSettings value);

	/**
	 * Returns the value of the '<em><b>Agent Proxy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agent's own proxy (Get-OBMachineSetting).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent Proxy</em>' containment reference.
	 * @see #setAgentProxy(AgentProxy)
	 * @see marswb.model.server.ServerPackage#getNetworkSettings_AgentProxy()
	 * @model containment="true"
	 * @generated
	 */
	AgentProxy getAgentProxy();

	/**
	 * Sets the value of the '{@link marswb.model.server.NetworkSettings#getAgentProxy <em>Agent Proxy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent Proxy</em>' containment reference.
	 * @see #getAgentProxy()
	 * @generated
	 */
	void setAgentProxy(AgentProxy value);

	/**
	 * Returns the value of the '<em><b>Probes</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.EndpointProbe}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Endpoint probes run by the collector.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probes</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getNetworkSettings_Probes()
	 * @model containment="true"
	 * @generated
	 */
	EList<EndpointProbe> getProbes();

} // NetworkSettings
