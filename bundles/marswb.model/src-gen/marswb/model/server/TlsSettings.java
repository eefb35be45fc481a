/**
 */
package marswb.model.server;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tls Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * TLS configuration.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.TlsSettings#getProtocols <em>Protocols</em>}</li>
 *   <li>{@link marswb.model.server.TlsSettings#getSchUseStrongCrypto <em>Sch Use Strong Crypto</em>}</li>
 *   <li>{@link marswb.model.server.TlsSettings#getSystemDefaultTlsVersions <em>System Default Tls Versions</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getTlsSettings()
 * @model
 * @generated
 */
public interface TlsSettings extends Located {
	/**
	 * Returns the value of the '<em><b>Protocols</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.SchannelProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SCHANNEL protocol keys present in the registry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocols</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getTlsSettings_Protocols()
	 * @model containment="true"
	 * @generated
	 */
	EList<SchannelProtocol> getProtocols();

	/**
	 * Returns the value of the '<em><b>Sch Use Strong Crypto</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * .NET 4 SchUseStrongCrypto.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sch Use Strong Crypto</em>' attribute.
	 * @see #setSchUseStrongCrypto(Integer)
	 * @see marswb.model.server.ServerPackage#getTlsSettings_SchUseStrongCrypto()
	 * @model
	 * @generated
	 */
	Integer getSchUseStrongCrypto();

	/**
	 * Sets the value of the '{@link marswb.model.server.TlsSettings#getSchUseStrongCrypto <em>Sch Use Strong Crypto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sch Use Strong Crypto</em>' attribute.
	 * @see #getSchUseStrongCrypto()
	 * @generated
	 */
	void setSchUseStrongCrypto(Integer value);

	/**
	 * Returns the value of the '<em><b>System Default Tls Versions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * .NET 4 SystemDefaultTlsVersions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Default Tls Versions</em>' attribute.
	 * @see #setSystemDefaultTlsVersions(Integer)
	 * @see marswb.model.server.ServerPackage#getTlsSettings_SystemDefaultTlsVersions()
	 * @model
	 * @generated
	 */
	Integer getSystemDefaultTlsVersions();

	/**
	 * Sets the value of the '{@link marswb.model.server.TlsSettings#getSystemDefaultTlsVersions <em>System Default Tls Versions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Default Tls Versions</em>' attribute.
	 * @see #getSystemDefaultTlsVersions()
	 * @generated
	 */
	void setSystemDefaultTlsVersions(Integer value);

} // TlsSettings
