/**
 */
package marswb.model.server;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Certificate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A certificate of LocalMachine\My.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.Certificate#getSubject <em>Subject</em>}</li>
 *   <li>{@link marswb.model.server.Certificate#getFriendlyName <em>Friendly Name</em>}</li>
 *   <li>{@link marswb.model.server.Certificate#getThumbprint <em>Thumbprint</em>}</li>
 *   <li>{@link marswb.model.server.Certificate#getNotBefore <em>Not Before</em>}</li>
 *   <li>{@link marswb.model.server.Certificate#getNotAfter <em>Not After</em>}</li>
 *   <li>{@link marswb.model.server.Certificate#getHasPrivateKey <em>Has Private Key</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getCertificate()
 * @model
 * @generated
 */
public interface Certificate extends Located {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subject.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see marswb.model.server.ServerPackage#getCertificate_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link marswb.model.server.Certificate#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Friendly Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FriendlyName.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Friendly Name</em>' attribute.
	 * @see #setFriendlyName(String)
	 * @see marswb.model.server.ServerPackage#getCertificate_FriendlyName()
	 * @model
	 * @generated
	 */
	String getFriendlyName();

	/**
	 * Sets the value of the '{@link marswb.model.server.Certificate#getFriendlyName <em>Friendly Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Friendly Name</em>' attribute.
	 * @see #getFriendlyName()
	 * @generated
	 */
	void setFriendlyName(String value);

	/**
	 * Returns the value of the '<em><b>Thumbprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thumbprint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thumbprint</em>' attribute.
	 * @see #setThumbprint(String)
	 * @see marswb.model.server.ServerPackage#getCertificate_Thumbprint()
	 * @model id="true"
	 * @generated
	 */
	String getThumbprint();

	/**
	 * Sets the value of the '{@link marswb.model.server.Certificate#getThumbprint <em>Thumbprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thumbprint</em>' attribute.
	 * @see #getThumbprint()
	 * @generated
	 */
	void setThumbprint(String value);

	/**
	 * Returns the value of the '<em><b>Not Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NotBefore.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not Before</em>' attribute.
	 * @see #setNotBefore(Date)
	 * @see marswb.model.server.ServerPackage#getCertificate_NotBefore()
	 * @model
	 * @generated
	 */
	Date getNotBefore();

	/**
	 * Sets the value of the '{@link marswb.model.server.Certificate#getNotBefore <em>Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Before</em>' attribute.
	 * @see #getNotBefore()
	 * @generated
	 */
	void setNotBefore(Date value);

	/**
	 * Returns the value of the '<em><b>Not After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NotAfter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not After</em>' attribute.
	 * @see #setNotAfter(Date)
	 * @see marswb.model.server.ServerPackage#getCertificate_NotAfter()
	 * @model
	 * @generated
	 */
	Date getNotAfter();

	/**
	 * Sets the value of the '{@link marswb.model.server.Certificate#getNotAfter <em>Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not After</em>' attribute.
	 * @see #getNotAfter()
	 * @generated
	 */
	void setNotAfter(Date value);

	/**
	 * Returns the value of the '<em><b>Has Private Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HasPrivateKey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Has Private Key</em>' attribute.
	 * @see #setHasPrivateKey(Boolean)
	 * @see marswb.model.server.ServerPackage#getCertificate_HasPrivateKey()
	 * @model
	 * @generated
	 */
	Boolean getHasPrivateKey();

	/**
	 * Sets the value of the '{@link marswb.model.server.Certificate#getHasPrivateKey <em>Has Private Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Has Private Key</em>' attribute.
	 * @see #getHasPrivateKey()
	 * @generated
	 */
	void setHasPrivateKey(Boolean value);

} // Certificate
