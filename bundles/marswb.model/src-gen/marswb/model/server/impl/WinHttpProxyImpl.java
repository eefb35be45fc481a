/**
 */
package marswb.model.server.impl;

import marswb.model.server.ServerPackage;
import marswb.model.server.WinHttpProxy;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Win Http Proxy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.WinHttpProxyImpl#getDirectAccess <em>Direct Access</em>}</li>
 *   <li>{@link marswb.model.server.impl.WinHttpProxyImpl#getProxyServer <em>Proxy Server</em>}</li>
 *   <li>{@link marswb.model.server.impl.WinHttpProxyImpl#getBypassList <em>Bypass List</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WinHttpProxyImpl extends LocatedImpl implements WinHttpProxy {
	/**
	 * The default value of the '{@link #getDirectAccess() <em>Direct Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectAccess()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean DIRECT_ACCESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDirectAccess() <em>Direct Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectAccess()
	 * @generated
	 * @ordered
	 */
	protected Boolean directAccess = DIRECT_ACCESS_EDEFAULT;

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
	 * The default value of the '{@link #getBypassList() <em>Bypass List</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBypassList()
	 * @generated
	 * @ordered
	 */
	protected static final String BYPASS_LIST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBypassList() <em>Bypass List</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBypassList()
	 * @generated
	 * @ordered
	 */
	protected String bypassList = BYPASS_LIST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WinHttpProxyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.WIN_HTTP_PROXY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getDirectAccess() {
		return directAccess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectAccess(Boolean newDirectAccess) {
		Boolean oldDirectAccess = directAccess;
		directAccess = newDirectAccess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.WIN_HTTP_PROXY__DIRECT_ACCESS, oldDirectAccess, directAccess));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.WIN_HTTP_PROXY__PROXY_SERVER, oldProxyServer, proxyServer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBypassList() {
		return bypassList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBypassList(String newBypassList) {
		String oldBypassList = bypassList;
		bypassList = newBypassList;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.WIN_HTTP_PROXY__BYPASS_LIST, oldBypassList, bypassList));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.WIN_HTTP_PROXY__DIRECT_ACCESS:
				return getDirectAccess();
			case ServerPackage.WIN_HTTP_PROXY__PROXY_SERVER:
				return getProxyServer();
			case ServerPackage.WIN_HTTP_PROXY__BYPASS_LIST:
				return getBypassList();
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
			case ServerPackage.WIN_HTTP_PROXY__DIRECT_ACCESS:
				setDirectAccess((Boolean)newValue);
				return;
			case ServerPackage.WIN_HTTP_PROXY__PROXY_SERVER:
				setProxyServer((String)newValue);
				return;
			case ServerPackage.WIN_HTTP_PROXY__BYPASS_LIST:
				setBypassList((String)newValue);
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
			case ServerPackage.WIN_HTTP_PROXY__DIRECT_ACCESS:
				setDirectAccess(DIRECT_ACCESS_EDEFAULT);
				return;
			case ServerPackage.WIN_HTTP_PROXY__PROXY_SERVER:
				setProxyServer(PROXY_SERVER_EDEFAULT);
				return;
			case ServerPackage.WIN_HTTP_PROXY__BYPASS_LIST:
				setBypassList(BYPASS_LIST_EDEFAULT);
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
			case ServerPackage.WIN_HTTP_PROXY__DIRECT_ACCESS:
				return DIRECT_ACCESS_EDEFAULT == null ? directAccess != null : !DIRECT_ACCESS_EDEFAULT.equals(directAccess);
			case ServerPackage.WIN_HTTP_PROXY__PROXY_SERVER:
				return PROXY_SERVER_EDEFAULT == null ? proxyServer != null : !PROXY_SERVER_EDEFAULT.equals(proxyServer);
			case ServerPackage.WIN_HTTP_PROXY__BYPASS_LIST:
				return BYPASS_LIST_EDEFAULT == null ? bypassList != null : !BYPASS_LIST_EDEFAULT.equals(bypassList);
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
		result.append(" (directAccess: ");
		result.append(directAccess);
		result.append(", proxyServer: ");
		result.append(proxyServer);
		result.append(", bypassList: ");
		result.append(bypassList);
		result.append(')');
		return result.toString();
	}

} //WinHttpProxyImpl
