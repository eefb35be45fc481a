/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pnp Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Plug and Play device.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.PnpDevice#getStatus <em>Status</em>}</li>
 *   <li>{@link marswb.model.server.PnpDevice#getDeviceClass <em>Device Class</em>}</li>
 *   <li>{@link marswb.model.server.PnpDevice#getFriendlyName <em>Friendly Name</em>}</li>
 *   <li>{@link marswb.model.server.PnpDevice#getInstanceId <em>Instance Id</em>}</li>
 *   <li>{@link marswb.model.server.PnpDevice#getProblem <em>Problem</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getPnpDevice()
 * @model
 * @generated
 */
public interface PnpDevice extends Located {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OK, Error, Unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(String)
	 * @see marswb.model.server.ServerPackage#getPnpDevice_Status()
	 * @model
	 * @generated
	 */
	String getStatus();

	/**
	 * Sets the value of the '{@link marswb.model.server.PnpDevice#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(String value);

	/**
	 * Returns the value of the '<em><b>Device Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device Class</em>' attribute.
	 * @see #setDeviceClass(String)
	 * @see marswb.model.server.ServerPackage#getPnpDevice_DeviceClass()
	 * @model
	 * @generated
	 */
	String getDeviceClass();

	/**
	 * Sets the value of the '{@link marswb.model.server.PnpDevice#getDeviceClass <em>Device Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Class</em>' attribute.
	 * @see #getDeviceClass()
	 * @generated
	 */
	void setDeviceClass(String value);

	/**
	 * Returns the value of the '<em><b>Friendly Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FriendlyName.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Friendly Name</em>' attribute.
	 * @see #setFriendlyName(String)
	 * @see marswb.model.server.ServerPackage#getPnpDevice_FriendlyName()
	 * @model
	 * @generated
	 */
	String getFriendlyName();

	/**
	 * Sets the value of the '{@link marswb.model.server.PnpDevice#getFriendlyName <em>Friendly Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Friendly Name</em>' attribute.
	 * @see #getFriendlyName()
	 * @generated
	 */
	void setFriendlyName(String value);

	/**
	 * Returns the value of the '<em><b>Instance Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * InstanceId.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instance Id</em>' attribute.
	 * @see #setInstanceId(String)
	 * @see marswb.model.server.ServerPackage#getPnpDevice_InstanceId()
	 * @model id="true"
	 * @generated
	 */
	String getInstanceId();

	/**
	 * Sets the value of the '{@link marswb.model.server.PnpDevice#getInstanceId <em>Instance Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instance Id</em>' attribute.
	 * @see #getInstanceId()
	 * @generated
	 */
	void setInstanceId(String value);

	/**
	 * Returns the value of the '<em><b>Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Problem code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problem</em>' attribute.
	 * @see #setProblem(String)
	 * @see marswb.model.server.ServerPackage#getPnpDevice_Problem()
	 * @model
	 * @generated
	 */
	String getProblem();

	/**
	 * Sets the value of the '{@link marswb.model.server.PnpDevice#getProblem <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problem</em>' attribute.
	 * @see #getProblem()
	 * @generated
	 */
	void setProblem(String value);

} // PnpDevice
