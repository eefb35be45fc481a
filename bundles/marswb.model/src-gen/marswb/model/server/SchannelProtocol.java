/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schannel Protocol</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One SCHANNEL\Protocols\<protocol>\<side> key.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.SchannelProtocol#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link marswb.model.server.SchannelProtocol#getSide <em>Side</em>}</li>
 *   <li>{@link marswb.model.server.SchannelProtocol#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link marswb.model.server.SchannelProtocol#getDisabledByDefault <em>Disabled By Default</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getSchannelProtocol()
 * @model
 * @generated
 */
public interface SchannelProtocol extends Located {
	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. TLS 1.2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see #setProtocol(String)
	 * @see marswb.model.server.ServerPackage#getSchannelProtocol_Protocol()
	 * @model
	 * @generated
	 */
	String getProtocol();

	/**
	 * Sets the value of the '{@link marswb.model.server.SchannelProtocol#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(String value);

	/**
	 * Returns the value of the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Client or Server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Side</em>' attribute.
	 * @see #setSide(String)
	 * @see marswb.model.server.ServerPackage#getSchannelProtocol_Side()
	 * @model
	 * @generated
	 */
	String getSide();

	/**
	 * Sets the value of the '{@link marswb.model.server.SchannelProtocol#getSide <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Side</em>' attribute.
	 * @see #getSide()
	 * @generated
	 */
	void setSide(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Enabled DWORD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(Integer)
	 * @see marswb.model.server.ServerPackage#getSchannelProtocol_Enabled()
	 * @model
	 * @generated
	 */
	Integer getEnabled();

	/**
	 * Sets the value of the '{@link marswb.model.server.SchannelProtocol#getEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #getEnabled()
	 * @generated
	 */
	void setEnabled(Integer value);

	/**
	 * Returns the value of the '<em><b>Disabled By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DisabledByDefault DWORD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disabled By Default</em>' attribute.
	 * @see #setDisabledByDefault(Integer)
	 * @see marswb.model.server.ServerPackage#getSchannelProtocol_DisabledByDefault()
	 * @model
	 * @generated
	 */
	Integer getDisabledByDefault();

	/**
	 * Sets the value of the '{@link marswb.model.server.SchannelProtocol#getDisabledByDefault <em>Disabled By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disabled By Default</em>' attribute.
	 * @see #getDisabledByDefault()
	 * @generated
	 */
	void setDisabledByDefault(Integer value);

} // SchannelProtocol
