/**
 */
package marswb.model.server.impl;

import marswb.model.server.InternetSettings;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Internet Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.InternetSettingsImpl#getProxyEnable <em>Proxy Enable</em>}</li>
 *   <li>{@link marswb.model.server.impl.InternetSettingsImpl#getProxyServer <em>Proxy Server</em>}</li>
 *   <li>{@link marswb.model.server.impl.InternetSettingsImpl#getProxyOverride <em>Proxy Override</em>}</li>
 *   <li>{@link marswb.model.server.impl.InternetSettingsImpl#getAutoConfigUrl <em>Auto Config Url</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InternetSettingsImpl extends LocatedImpl implements InternetSettings {
	/**
	 * The default value of the '{@link #getProxyEnable() <em>Proxy Enable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProxyEnable()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PROXY_ENABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProxyEnable() <em>Proxy Enable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProxyEnable()
	 * @generated
	 * @ordered
	 */
	protected Integer proxyEnable = PROXY_ENABLE_EDEFAULT;

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
	 * The default value of the '{@link #getProxyOverride() <em>Proxy Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProxyOverride()
	 * @generated
	 * @ordered
	 */
	protected static final String PROXY_OVERRIDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProxyOverride() <em>Proxy Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProxyOverride()
	 * @generated
	 * @ordered
	 */
	protected String proxyOverride = PROXY_OVERRIDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAutoConfigUrl() <em>Auto Config Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutoConfigUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTO_CONFIG_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAutoConfigUrl() <em>Auto Config Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutoConfigUrl()
	 * @generated
	 * @ordered
	 */
	protected String autoConfigUrl = AUTO_CONFIG_URL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InternetSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.INTERNET_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getProxyEnable() {
		return proxyEnable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProxyEnable(Integer newProxyEnable) {
		Integer oldProxyEnable = proxyEnable;
		proxyEnable = newProxyEnable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.INTERNET_SETTINGS__PROXY_ENABLE, oldProxyEnable, proxyEnable));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.INTERNET_SETTINGS__PROXY_SERVER, oldProxyServer, proxyServer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProxyOverride() {
		return proxyOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProxyOverride(String newProxyOverride) {
		String oldProxyOverride = proxyOverride;
		proxyOverride = newProxyOverride;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.INTERNET_SETTINGS__PROXY_OVERRIDE, oldProxyOverride, proxyOverride));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAutoConfigUrl() {
		return autoConfigUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutoConfigUrl(String newAutoConfigUrl) {
		String oldAutoConfigUrl = autoConfigUrl;
		autoConfigUrl = newAutoConfigUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.INTERNET_SETTINGS__AUTO_CONFIG_URL, oldAutoConfigUrl, autoConfigUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.INTERNET_SETTINGS__PROXY_ENABLE:
				return getProxyEnable();
			case ServerPackage.INTERNET_SETTINGS__PROXY_SERVER:
				return getProxyServer();
			case ServerPackage.INTERNET_SETTINGS__PROXY_OVERRIDE:
				return getProxyOverride();
			case ServerPackage.INTERNET_SETTINGS__AUTO_CONFIG_URL:
				return getAutoConfigUrl();
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
			case ServerPackage.INTERNET_SETTINGS__PROXY_ENABLE:
				setProxyEnable((Integer)newValue);
				return;
			case ServerPackage.INTERNET_SETTINGS__PROXY_SERVER:
				setProxyServer((String)newValue);
				return;
			case ServerPackage.INTERNET_SETTINGS__PROXY_OVERRIDE:
				setProxyOverride((String)newValue);
				return;
			case ServerPackage.INTERNET_SETTINGS__AUTO_CONFIG_URL:
				setAutoConfigUrl((String)newValue);
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
			case ServerPackage.INTERNET_SETTINGS__PROXY_ENABLE:
				setProxyEnable(PROXY_ENABLE_EDEFAULT);
				return;
			case ServerPackage.INTERNET_SETTINGS__PROXY_SERVER:
				setProxyServer(PROXY_SERVER_EDEFAULT);
				return;
			case ServerPackage.INTERNET_SETTINGS__PROXY_OVERRIDE:
				setProxyOverride(PROXY_OVERRIDE_EDEFAULT);
				return;
			case ServerPackage.INTERNET_SETTINGS__AUTO_CONFIG_URL:
				setAutoConfigUrl(AUTO_CONFIG_URL_EDEFAULT);
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
			case ServerPackage.INTERNET_SETTINGS__PROXY_ENABLE:
				return PROXY_ENABLE_EDEFAULT == null ? proxyEnable != null : !PROXY_ENABLE_EDEFAULT.equals(proxyEnable);
			case ServerPackage.INTERNET_SETTINGS__PROXY_SERVER:
				return PROXY_SERVER_EDEFAULT == null ? proxyServer != null : !PROXY_SERVER_EDEFAULT.equals(proxyServer);
			case ServerPackage.INTERNET_SETTINGS__PROXY_OVERRIDE:
				return PROXY_OVERRIDE_EDEFAULT == null ? proxyOverride != null : !PROXY_OVERRIDE_EDEFAULT.equals(proxyOverride);
			case ServerPackage.INTERNET_SETTINGS__AUTO_CONFIG_URL:
				return AUTO_CONFIG_URL_EDEFAULT == null ? autoConfigUrl != null : !AUTO_CONFIG_URL_EDEFAULT.equals(autoConfigUrl);
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
		result.append(" (proxyEnable: ");
		result.append(proxyEnable);
		result.append(", proxyServer: ");
		result.append(proxyServer);
		result.append(", proxyOverride: ");
		result.append(proxyOverride);
		result.append(", autoConfigUrl: ");
		result.append(autoConfigUrl);
		result.append(')');
		return result.toString();
	}

} //InternetSettingsImpl
