/**
 */
package marswb.model.server.impl;

import java.util.Collection;

import marswb.model.server.AgentProxy;
import marswb.model.server.EndpointProbe;
import marswb.model.server.InternetSettings;
import marswb.model.server.NetworkSettings;
import marswb.model.server.ServerPackage;
import marswb.model.server.WinHttpProxy;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.NetworkSettingsImpl#getWinHttp <em>Win Http</em>}</li>
 *   <li>{@link marswb.model.server.impl.NetworkSettingsImpl#getSystemInternet <em>System Internet</em>}</li>
 *   <li>{@link marswb.model.server.impl.NetworkSettingsImpl#getAgentProxy <em>Agent Proxy</em>}</li>
 *   <li>{@link marswb.model.server.impl.NetworkSettingsImpl#getProbes <em>Probes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkSettingsImpl extends LocatedImpl implements NetworkSettings {
	/**
	 * The cached value of the '{@link #getWinHttp() <em>Win Http</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWinHttp()
	 * @generated
	 * @ordered
	 */
	protected WinHttpProxy winHttp;

	/**
	 * The cached value of the '{@link #getSystemInternet() <em>System Internet</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemInternet()
	 * @generated
	 * @ordered
	 */
	protected InternetSettings systemInternet;

	/**
	 * The cached value of the '{@link #getAgentProxy() <em>Agent Proxy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentProxy()
	 * @generated
	 * @ordered
	 */
	protected AgentProxy agentProxy;

	/**
	 * The cached value of the '{@link #getProbes() <em>Probes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbes()
	 * @generated
	 * @ordered
	 */
	protected EList<EndpointProbe> probes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.NETWORK_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WinHttpProxy getWinHttp() {
		return winHttp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWinHttp(WinHttpProxy newWinHttp, NotificationChain msgs) {
		WinHttpProxy oldWinHttp = winHttp;
		winHttp = newWinHttp;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.NETWORK_SETTINGS__WIN_HTTP, oldWinHttp, newWinHttp);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWinHttp(WinHttpProxy newWinHttp) {
		if (newWinHttp != winHttp) {
			NotificationChain msgs = null;
			if (winHttp != null)
				msgs = ((InternalEObject)winHttp).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.NETWORK_SETTINGS__WIN_HTTP, null, msgs);
			if (newWinHttp != null)
				msgs = ((InternalEObject)newWinHttp).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.NETWORK_SETTINGS__WIN_HTTP, null, msgs);
			msgs = basicSetWinHttp(newWinHttp, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.NETWORK_SETTINGS__WIN_HTTP, newWinHttp, newWinHttp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InternetSettings getSystemInternet() {
		return systemInternet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSystemInternet(InternetSettings newSystemInternet, NotificationChain msgs) {
		InternetSettings oldSystemInternet = systemInternet;
		systemInternet = newSystemInternet;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.NETWORK_SETTINGS__SYSTEM_INTERNET, oldSystemInternet, newSystemInternet);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemInternet(InternetSettings newSystemInternet) {
		if (newSystemInternet != systemInternet) {
			NotificationChain msgs = null;
			if (systemInternet != null)
				msgs = ((InternalEObject)systemInternet).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.NETWORK_SETTINGS__SYSTEM_INTERNET, null, msgs);
			if (newSystemInternet != null)
				msgs = ((InternalEObject)newSystemInternet).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.NETWORK_SETTINGS__SYSTEM_INTERNET, null, msgs);
			msgs = basicSetSystemInternet(newSystemInternet, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.NETWORK_SETTINGS__SYSTEM_INTERNET, newSystemInternet, newSystemInternet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgentProxy getAgentProxy() {
		return agentProxy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAgentProxy(AgentProxy newAgentProxy, NotificationChain msgs) {
		AgentProxy oldAgentProxy = agentProxy;
		agentProxy = newAgentProxy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.NETWORK_SETTINGS__AGENT_PROXY, oldAgentProxy, newAgentProxy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgentProxy(AgentProxy newAgentProxy) {
		if (newAgentProxy != agentProxy) {
			NotificationChain msgs = null;
			if (agentProxy != null)
				msgs = ((InternalEObject)agentProxy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.NETWORK_SETTINGS__AGENT_PROXY, null, msgs);
			if (newAgentProxy != null)
				msgs = ((InternalEObject)newAgentProxy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.NETWORK_SETTINGS__AGENT_PROXY, null, msgs);
			msgs = basicSetAgentProxy(newAgentProxy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.NETWORK_SETTINGS__AGENT_PROXY, newAgentProxy, newAgentProxy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EndpointProbe> getProbes() {
		if (probes == null) {
			probes = new EObjectContainmentEList<EndpointProbe>(EndpointProbe.class, this, ServerPackage.NETWORK_SETTINGS__PROBES);
		}
		return probes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ServerPackage.NETWORK_SETTINGS__WIN_HTTP:
				return basicSetWinHttp(null, msgs);
			case ServerPackage.NETWORK_SETTINGS__SYSTEM_INTERNET:
				return basicSetSystemInternet(null, msgs);
			case ServerPackage.NETWORK_SETTINGS__AGENT_PROXY:
				return basicSetAgentProxy(null, msgs);
			case ServerPackage.NETWORK_SETTINGS__PROBES:
				return ((InternalEList<?>)getProbes()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.NETWORK_SETTINGS__WIN_HTTP:
				return getWinHttp();
			case ServerPackage.NETWORK_SETTINGS__SYSTEM_INTERNET:
				return getSystemInternet();
			case ServerPackage.NETWORK_SETTINGS__AGENT_PROXY:
				return getAgentProxy();
			case ServerPackage.NETWORK_SETTINGS__PROBES:
				return getProbes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ServerPackage.NETWORK_SETTINGS__WIN_HTTP:
				setWinHttp((WinHttpProxy)newValue);
				return;
			case ServerPackage.NETWORK_SETTINGS__SYSTEM_INTERNET:
				setSystemInternet((InternetSettings)newValue);
				return;
			case ServerPackage.NETWORK_SETTINGS__AGENT_PROXY:
				setAgentProxy((AgentProxy)newValue);
				return;
			case ServerPackage.NETWORK_SETTINGS__PROBES:
				getProbes().clear();
				getProbes().addAll((Collection<? extends EndpointProbe>)newValue);
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
			case ServerPackage.NETWORK_SETTINGS__WIN_HTTP:
				setWinHttp((WinHttpProxy)null);
				return;
			case ServerPackage.NETWORK_SETTINGS__SYSTEM_INTERNET:
				setSystemInternet((InternetSettings)null);
				return;
			case ServerPackage.NETWORK_SETTINGS__AGENT_PROXY:
				setAgentProxy((AgentProxy)null);
				return;
			case ServerPackage.NETWORK_SETTINGS__PROBES:
				getProbes().clear();
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
			case ServerPackage.NETWORK_SETTINGS__WIN_HTTP:
				return winHttp != null;
			case ServerPackage.NETWORK_SETTINGS__SYSTEM_INTERNET:
				return systemInternet != null;
			case ServerPackage.NETWORK_SETTINGS__AGENT_PROXY:
				return agentProxy != null;
			case ServerPackage.NETWORK_SETTINGS__PROBES:
				return probes != null && !probes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //NetworkSettingsImpl
