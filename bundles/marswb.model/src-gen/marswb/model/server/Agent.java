/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The MARS agent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.Agent#getInstallPath <em>Install Path</em>}</li>
 *   <li>{@link marswb.model.server.Agent#getVersion <em>Version</em>}</li>
 *   <li>{@link marswb.model.server.Agent#getRegistration <em>Registration</em>}</li>
 *   <li>{@link marswb.model.server.Agent#getEncryptionKeyStatus <em>Encryption Key Status</em>}</li>
 *   <li>{@link marswb.model.server.Agent#getMachineSettingEncryptionRaw <em>Machine Setting Encryption Raw</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getAgent()
 * @model
 * @generated
 */
public interface Agent extends Located {
	/**
	 * Returns the value of the '<em><b>Install Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Setup\InstallPath.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Install Path</em>' attribute.
	 * @see #setInstallPath(String)
	 * @see marswb.model.server.ServerPackage#getAgent_InstallPath()
	 * @model
	 * @generated
	 */
	String getInstallPath();

	/**
	 * Sets the value of the '{@link marswb.model.server.Agent#getInstallPath <em>Install Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Install Path</em>' attribute.
	 * @see #getInstallPath()
	 * @generated
	 */
	void setInstallPath(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * cbengine.exe file version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see marswb.model.server.ServerPackage#getAgent_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link marswb.model.server.Agent#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Registration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vault registration from Config.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registration</em>' containment reference.
	 * @see #setRegistration(Registration)
	 * @see marswb.model.server.ServerPackage#getAgent_Registration()
	 * @model containment="true"
	 * @generated
	 */
	Registration getRegistration();

	/**
	 * Sets the value of the '{@link marswb.model.server.Agent#getRegistration <em>Registration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registration</em>' containment reference.
	 * @see #getRegistration()
	 * @generated
	 */
	void setRegistration(Registration value);

	/**
	 * Returns the value of the '<em><b>Encryption Key Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EncryptionSetting.EncryptionKeyStatus as reported (name, or number when unknown).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Encryption Key Status</em>' attribute.
	 * @see #setEncryptionKeyStatus(String)
	 * @see marswb.model.server.ServerPackage#getAgent_EncryptionKeyStatus()
	 * @model
	 * @generated
	 */
	String getEncryptionKeyStatus();

	/**
	 * Sets the value of the '{@link marswb.model.server.Agent#getEncryptionKeyStatus <em>Encryption Key Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encryption Key Status</em>' attribute.
	 * @see #getEncryptionKeyStatus()
	 * @generated
	 */
	void setEncryptionKeyStatus(String value);

	/**
	 * Returns the value of the '<em><b>Machine Setting Encryption Raw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Raw value when the status was a number that is not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Machine Setting Encryption Raw</em>' attribute.
	 * @see #setMachineSettingEncryptionRaw(String)
	 * @see marswb.model.server.ServerPackage#getAgent_MachineSettingEncryptionRaw()
	 * @model
	 * @generated
	 */
	String getMachineSettingEncryptionRaw();

	/**
	 * Sets the value of the '{@link marswb.model.server.Agent#getMachineSettingEncryptionRaw <em>Machine Setting Encryption Raw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine Setting Encryption Raw</em>' attribute.
	 * @see #getMachineSettingEncryptionRaw()
	 * @generated
	 */
	void setMachineSettingEncryptionRaw(String value);

} // Agent
