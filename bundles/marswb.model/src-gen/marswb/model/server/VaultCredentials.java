/**
 */
package marswb.model.server;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vault Credentials</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A vault credentials file, without its secret.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.VaultCredentials#getFileName <em>File Name</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#getFileNameDate <em>File Name Date</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#getVersion <em>Version</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#getSubscriptionId <em>Subscription Id</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#getResourceType <em>Resource Type</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#getResourceName <em>Resource Name</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#getResourceId <em>Resource Id</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#getResourceGroup <em>Resource Group</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#getLocation <em>Location</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#getAadTenantId <em>Aad Tenant Id</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#isManagementCertPresent <em>Management Cert Present</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#getCertSubject <em>Cert Subject</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#getCertNotBefore <em>Cert Not Before</em>}</li>
 *   <li>{@link marswb.model.server.VaultCredentials#getCertNotAfter <em>Cert Not After</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getVaultCredentials()
 * @model
 * @generated
 */
public interface VaultCredentials extends Located {
	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_FileName()
	 * @model
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>File Name Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date in the file name, when it has one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Name Date</em>' attribute.
	 * @see #setFileNameDate(Date)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_FileNameDate()
	 * @model
	 * @generated
	 */
	Date getFileNameDate();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getFileNameDate <em>File Name Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name Date</em>' attribute.
	 * @see #getFileNameDate()
	 * @generated
	 */
	void setFileNameDate(Date value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Subscription Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SubscriptionId.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subscription Id</em>' attribute.
	 * @see #setSubscriptionId(String)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_SubscriptionId()
	 * @model
	 * @generated
	 */
	String getSubscriptionId();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getSubscriptionId <em>Subscription Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subscription Id</em>' attribute.
	 * @see #getSubscriptionId()
	 * @generated
	 */
	void setSubscriptionId(String value);

	/**
	 * Returns the value of the '<em><b>Resource Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ResourceType.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource Type</em>' attribute.
	 * @see #setResourceType(String)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_ResourceType()
	 * @model
	 * @generated
	 */
	String getResourceType();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getResourceType <em>Resource Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Type</em>' attribute.
	 * @see #getResourceType()
	 * @generated
	 */
	void setResourceType(String value);

	/**
	 * Returns the value of the '<em><b>Resource Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ResourceName (vault).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource Name</em>' attribute.
	 * @see #setResourceName(String)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_ResourceName()
	 * @model
	 * @generated
	 */
	String getResourceName();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getResourceName <em>Resource Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Name</em>' attribute.
	 * @see #getResourceName()
	 * @generated
	 */
	void setResourceName(String value);

	/**
	 * Returns the value of the '<em><b>Resource Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ResourceId.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource Id</em>' attribute.
	 * @see #setResourceId(String)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_ResourceId()
	 * @model
	 * @generated
	 */
	String getResourceId();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getResourceId <em>Resource Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Id</em>' attribute.
	 * @see #getResourceId()
	 * @generated
	 */
	void setResourceId(String value);

	/**
	 * Returns the value of the '<em><b>Resource Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ResourceGroup.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource Group</em>' attribute.
	 * @see #setResourceGroup(String)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_ResourceGroup()
	 * @model
	 * @generated
	 */
	String getResourceGroup();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getResourceGroup <em>Resource Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Group</em>' attribute.
	 * @see #getResourceGroup()
	 * @generated
	 */
	void setResourceGroup(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Location.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Aad Tenant Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AadTenantId.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aad Tenant Id</em>' attribute.
	 * @see #setAadTenantId(String)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_AadTenantId()
	 * @model
	 * @generated
	 */
	String getAadTenantId();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getAadTenantId <em>Aad Tenant Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aad Tenant Id</em>' attribute.
	 * @see #getAadTenantId()
	 * @generated
	 */
	void setAadTenantId(String value);

	/**
	 * Returns the value of the '<em><b>Management Cert Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A ManagementCert element was present (its content is never kept).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Management Cert Present</em>' attribute.
	 * @see #setManagementCertPresent(boolean)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_ManagementCertPresent()
	 * @model
	 * @generated
	 */
	boolean isManagementCertPresent();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#isManagementCertPresent <em>Management Cert Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Management Cert Present</em>' attribute.
	 * @see #isManagementCertPresent()
	 * @generated
	 */
	void setManagementCertPresent(boolean value);

	/**
	 * Returns the value of the '<em><b>Cert Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subject of the management certificate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cert Subject</em>' attribute.
	 * @see #setCertSubject(String)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_CertSubject()
	 * @model
	 * @generated
	 */
	String getCertSubject();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getCertSubject <em>Cert Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cert Subject</em>' attribute.
	 * @see #getCertSubject()
	 * @generated
	 */
	void setCertSubject(String value);

	/**
	 * Returns the value of the '<em><b>Cert Not Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NotBefore of the management certificate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cert Not Before</em>' attribute.
	 * @see #setCertNotBefore(Date)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_CertNotBefore()
	 * @model
	 * @generated
	 */
	Date getCertNotBefore();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getCertNotBefore <em>Cert Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cert Not Before</em>' attribute.
	 * @see #getCertNotBefore()
	 * @generated
	 */
	void setCertNotBefore(Date value);

	/**
	 * Returns the value of the '<em><b>Cert Not After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NotAfter of the management certificate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cert Not After</em>' attribute.
	 * @see #setCertNotAfter(Date)
	 * @see marswb.model.server.ServerPackage#getVaultCredentials_CertNotAfter()
	 * @model
	 * @generated
	 */
	Date getCertNotAfter();

	/**
	 * Sets the value of the '{@link marswb.model.server.VaultCredentials#getCertNotAfter <em>Cert Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cert Not After</em>' attribute.
	 * @see #getCertNotAfter()
	 * @generated
	 */
	void setCertNotAfter(Date value);

} // VaultCredentials
