/**
 */
package marswb.model.server.impl;

import marswb.model.server.AgentProxy;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agent Proxy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.AgentProxyImpl#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link marswb.model.server.impl.AgentProxyImpl#getProxyServer <em>Proxy Server</em>}</li>
 *   <li>{@link marswb.model.server.impl.AgentProxyImpl#getProxyPort <em>Proxy Port</em>}</li>
 *   <li>{@link marswb.model.server.impl.AgentProxyImpl#getUserName <em>User Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgentProxyImpl extends LocatedImpl implements AgentProxy {
	/**
	 * The default value of the '{@link #getEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ENABLED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabled()
	 * @generated
	 * @ordered
	 */
	protected Boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getProxyServer() <em>Proxy Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProxyServer()
	 * @generated
	 * @ordered
	 */
	protected static final String PROXY_SERVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProxyServer() <em>Proxy Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProxyServer()
	 * @generated
	 * @ordered
	 */
	protected String proxyServer = PROXY_SERVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getProxyPort() <em>Proxy Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProxyPort()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PROXY_PORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProxyPort() <em>Proxy Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProxyPort()
	 * @generated
	 * @ordered
	 */
	protected Integer proxyPort = PROXY_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserName() <em>User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserName()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserName() <em>User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserName()
	 * @generated
	 * @ordered
	 */
	protected String userName = USER_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgentProxyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.AGENT_PROXY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(Boolean newEnabled) {
		Boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.AGENT_PROXY__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProxyServer() {
		return proxyServer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProxyServer(String newProxyServer) {
		String oldProxyServer = proxyServer;
		proxyServer = newProxyServer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.AGENT_PROXY__PROXY_SERVER, oldProxyServer, proxyServer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getProxyPort() {
		return proxyPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProxyPort(Integer newProxyPort) {
		Integer oldProxyPort = proxyPort;
		proxyPort = newProxyPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.AGENT_PROXY__PROXY_PORT, oldProxyPort, proxyPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserName() {
		return userName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserName(String newUserName) {
		String oldUserName = userName;
		userName = newUserName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.AGENT_PROXY__USER_NAME, oldUserName, userName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.AGENT_PROXY__ENABLED:
				return getEnabled();
			case ServerPackage.AGENT_PROXY__PROXY_SERVER:
				return getProxyServer();
			case ServerPackage.AGENT_PROXY__PROXY_PORT:
				return getProxyPort();
			case ServerPackage.AGENT_PROXY__USER_NAME:
				return getUserName();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ServerPackage.AGENT_PROXY__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case ServerPackage.AGENT_PROXY__PROXY_SERVER:
				setProxyServer((String)newValue);
				return;
			case ServerPackage.AGENT_PROXY__PROXY_PORT:
				setProxyPort((Integer)newValue);
				return;
			case ServerPackage.AGENT_PROXY__USER_NAME:
				setUserName((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ServerPackage.AGENT_PROXY__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case ServerPackage.AGENT_PROXY__PROXY_SERVER:
				setProxyServer(PROXY_SERVER_EDEFAULT);
				return;
			case ServerPackage.AGENT_PROXY__PROXY_PORT:
				setProxyPort(PROXY_PORT_EDEFAULT);
				return;
			case ServerPackage.AGENT_PROXY__USER_NAME:
				setUserName(USER_NAME_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ServerPackage.AGENT_PROXY__ENABLED:
				return ENABLED_EDEFAULT == null ? enabled != null : !ENABLED_EDEFAULT.equals(enabled);
			case ServerPackage.AGENT_PROXY__PROXY_SERVER:
				return PROXY_SERVER_EDEFAULT == null ? proxyServer != null : !PROXY_SERVER_EDEFAULT.equals(proxyServer);
			case ServerPackage.AGENT_PROXY__PROXY_PORT:
				return PROXY_PORT_EDEFAULT == null ? proxyPort != null : !PROXY_PORT_EDEFAULT.equals(proxyPort);
			case ServerPackage.AGENT_PROXY__USER_NAME:
				return USER_NAME_EDEFAULT == null ? userName != null : !USER_NAME_EDEFAULT.equals(userName);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (enabled: ");
		result.append(enabled);
		result.append(", proxyServer: ");
		result.append(proxyServer);
		result.append(", proxyPort: ");
		result.append(proxyPort);
		result.append(", userName: ");
		result.append(userName);
		result.append(')');
		return result.toString();
	}

} //AgentProxyImpl
