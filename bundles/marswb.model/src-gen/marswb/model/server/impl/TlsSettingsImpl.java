/**
 */
package marswb.model.server.impl;

import java.util.Collection;

import marswb.model.server.SchannelProtocol;
import marswb.model.server.ServerPackage;
import marswb.model.server.TlsSettings;

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
 * An implementation of the model object '<em><b>Tls Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.TlsSettingsImpl#getProtocols <em>Protocols</em>}</li>
 *   <li>{@link marswb.model.server.impl.TlsSettingsImpl#getSchUseStrongCrypto <em>Sch Use Strong Crypto</em>}</li>
 *   <li>{@link marswb.model.server.impl.TlsSettingsImpl#getSystemDefaultTlsVersions <em>System Default Tls Versions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TlsSettingsImpl extends LocatedImpl implements TlsSettings {
	/**
	 * The cached value of the '{@link #getProtocols() <em>Protocols</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocols()
	 * @generated
	 * @ordered
	 */
	protected EList<SchannelProtocol> protocols;

	/**
	 * The default value of the '{@link #getSchUseStrongCrypto() <em>Sch Use Strong Crypto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchUseStrongCrypto()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SCH_USE_STRONG_CRYPTO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchUseStrongCrypto() <em>Sch Use Strong Crypto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchUseStrongCrypto()
	 * @generated
	 * @ordered
	 */
	protected Integer schUseStrongCrypto = SCH_USE_STRONG_CRYPTO_EDEFAULT;

	/**
	 * The default value of the '{@link #getSystemDefaultTlsVersions() <em>System Default Tls Versions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemDefaultTlsVersions()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SYSTEM_DEFAULT_TLS_VERSIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystemDefaultTlsVersions() <em>System Default Tls Versions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemDefaultTlsVersions()
	 * @generated
	 * @ordered
	 */
	protected Integer systemDefaultTlsVersions = SYSTEM_DEFAULT_TLS_VERSIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TlsSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.TLS_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SchannelProtocol> getProtocols() {
		if (protocols == null) {
			protocols = new EObjectContainmentEList<SchannelProtocol>(SchannelProtocol.class, this, ServerPackage.TLS_SETTINGS__PROTOCOLS);
		}
		return protocols;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSchUseStrongCrypto() {
		return schUseStrongCrypto;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchUseStrongCrypto(Integer newSchUseStrongCrypto) {
		Integer oldSchUseStrongCrypto = schUseStrongCrypto;
		schUseStrongCrypto = newSchUseStrongCrypto;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.TLS_SETTINGS__SCH_USE_STRONG_CRYPTO, oldSchUseStrongCrypto, schUseStrongCrypto));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSystemDefaultTlsVersions() {
		return systemDefaultTlsVersions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemDefaultTlsVersions(Integer newSystemDefaultTlsVersions) {
		Integer oldSystemDefaultTlsVersions = systemDefaultTlsVersions;
		systemDefaultTlsVersions = newSystemDefaultTlsVersions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.TLS_SETTINGS__SYSTEM_DEFAULT_TLS_VERSIONS, oldSystemDefaultTlsVersions, systemDefaultTlsVersions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ServerPackage.TLS_SETTINGS__PROTOCOLS:
				return ((InternalEList<?>)getProtocols()).basicRemove(otherEnd, msgs);
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
			case ServerPackage.TLS_SETTINGS__PROTOCOLS:
				return getProtocols();
			case ServerPackage.TLS_SETTINGS__SCH_USE_STRONG_CRYPTO:
				return getSchUseStrongCrypto();
			case ServerPackage.TLS_SETTINGS__SYSTEM_DEFAULT_TLS_VERSIONS:
				return getSystemDefaultTlsVersions();
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
			case ServerPackage.TLS_SETTINGS__PROTOCOLS:
				getProtocols().clear();
				getProtocols().addAll((Collection<? extends SchannelProtocol>)newValue);
				return;
			case ServerPackage.TLS_SETTINGS__SCH_USE_STRONG_CRYPTO:
				setSchUseStrongCrypto((Integer)newValue);
				return;
			case ServerPackage.TLS_SETTINGS__SYSTEM_DEFAULT_TLS_VERSIONS:
				setSystemDefaultTlsVersions((Integer)newValue);
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
			case ServerPackage.TLS_SETTINGS__PROTOCOLS:
				getProtocols().clear();
				return;
			case ServerPackage.TLS_SETTINGS__SCH_USE_STRONG_CRYPTO:
				setSchUseStrongCrypto(SCH_USE_STRONG_CRYPTO_EDEFAULT);
				return;
			case ServerPackage.TLS_SETTINGS__SYSTEM_DEFAULT_TLS_VERSIONS:
				setSystemDefaultTlsVersions(SYSTEM_DEFAULT_TLS_VERSIONS_EDEFAULT);
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
			case ServerPackage.TLS_SETTINGS__PROTOCOLS:
				return protocols != null && !protocols.isEmpty();
			case ServerPackage.TLS_SETTINGS__SCH_USE_STRONG_CRYPTO:
				return SCH_USE_STRONG_CRYPTO_EDEFAULT == null ? schUseStrongCrypto != null : !SCH_USE_STRONG_CRYPTO_EDEFAULT.equals(schUseStrongCrypto);
			case ServerPackage.TLS_SETTINGS__SYSTEM_DEFAULT_TLS_VERSIONS:
				return SYSTEM_DEFAULT_TLS_VERSIONS_EDEFAULT == null ? systemDefaultTlsVersions != null : !SYSTEM_DEFAULT_TLS_VERSIONS_EDEFAULT.equals(systemDefaultTlsVersions);
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
		result.append(" (schUseStrongCrypto: ");
		result.append(schUseStrongCrypto);
		result.append(", systemDefaultTlsVersions: ");
		result.append(systemDefaultTlsVersions);
		result.append(')');
		return result.toString();
	}

} //TlsSettingsImpl
