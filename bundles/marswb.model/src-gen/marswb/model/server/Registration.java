/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Registration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Vault registration (HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.Registration#getVaultName <em>Vault Name</em>}</li>
 *   <li>{@link marswb.model.server.Registration#getSubscriptionId <em>Subscription Id</em>}</li>
 *   <li>{@link marswb.model.server.Registration#getResourceGroupName <em>Resource Group Name</em>}</li>
 *   <li>{@link marswb.model.server.Registration#getMachineId <em>Machine Id</em>}</li>
 *   <li>{@link marswb.model.server.Registration#getResourceId <em>Resource Id</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getRegistration()
 * @model
 * @generated
 */
public interface Registration extends Located {
	/**
	 * Returns the value of the '<em><b>Vault Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ServiceResourceName.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vault Name</em>' attribute.
	 * @see #setVaultName(String)
	 * @see marswb.model.server.ServerPackage#getRegistration_VaultName()
	 * @model
	 * @generated
	 */
	String getVaultName();

	/**
	 * Sets the value of the '{@link marswb.model.server.Registration#getVaultName <em>Vault Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vault Name</em>' attribute.
	 * @see #getVaultName()
	 * @generated
	 */
	void setVaultName(String value);

	/**
	 * Returns the value of the '<em><b>Subscription Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SubscriptionId.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subscription Id</em>' attribute.
	 * @see #setSubscriptionId(String)
	 * @see marswb.model.server.ServerPackage#getRegistration_SubscriptionId()
	 * @model
	 * @generated
	 */
	String getSubscriptionId();

	/**
	 * Sets the value of the '{@link marswb.model.server.Registration#getSubscriptionId <em>Subscription Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subscription Id</em>' attribute.
	 * @see #getSubscriptionId()
	 * @generated
	 */
	void setSubscriptionId(String value);

	/**
	 * Returns the value of the '<em><b>Resource Group Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ResourceGroupName.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource Group Name</em>' attribute.
	 * @see #setResourceGroupName(String)
	 * @see marswb.model.server.ServerPackage#getRegistration_ResourceGroupName()
	 * @model
	 * @generated
	 */
	String getResourceGroupName();

	/**
	 * Sets the value of the '{@link marswb.model.server.Registration#getResourceGroupName <em>Resource Group Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Group Name</em>' attribute.
	 * @see #getResourceGroupName()
	 * @generated
	 */
	void setResourceGroupName(String value);

	/**
	 * Returns the value of the '<em><b>Machine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MachineId.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Machine Id</em>' attribute.
	 * @see #setMachineId(String)
	 * @see marswb.model.server.ServerPackage#getRegistration_MachineId()
	 * @model
	 * @generated
	 */
	String getMachineId();

	/**
	 * Sets the value of the '{@link marswb.model.server.Registration#getMachineId <em>Machine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine Id</em>' attribute.
	 * @see #getMachineId()
	 * @generated
	 */
	void setMachineId(String value);

	/**
	 * Returns the value of the '<em><b>Resource Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ResourceId (vault id).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource Id</em>' attribute.
	 * @see #setResourceId(String)
	 * @see marswb.model.server.ServerPackage#getRegistration_ResourceId()
	 * @model
	 * @generated
	 */
	String getResourceId();

	/**
	 * Sets the value of the '{@link marswb.model.server.Registration#getResourceId <em>Resource Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Id</em>' attribute.
	 * @see #getResourceId()
	 * @generated
	 */
	void setResourceId(String value);

} // Registration
