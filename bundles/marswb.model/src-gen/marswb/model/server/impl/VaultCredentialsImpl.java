/**
 */
package marswb.model.server.impl;

import java.util.Date;

import marswb.model.server.ServerPackage;
import marswb.model.server.VaultCredentials;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vault Credentials</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getFileName <em>File Name</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getFileNameDate <em>File Name Date</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getSubscriptionId <em>Subscription Id</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getResourceType <em>Resource Type</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getResourceName <em>Resource Name</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getResourceId <em>Resource Id</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getResourceGroup <em>Resource Group</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getAadTenantId <em>Aad Tenant Id</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#isManagementCertPresent <em>Management Cert Present</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getCertSubject <em>Cert Subject</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getCertNotBefore <em>Cert Not Before</em>}</li>
 *   <li>{@link marswb.model.server.impl.VaultCredentialsImpl#getCertNotAfter <em>Cert Not After</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VaultCredentialsImpl extends LocatedImpl implements VaultCredentials {
	/**
	 * The default value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected String fileName = FILE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileNameDate() <em>File Name Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileNameDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date FILE_NAME_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileNameDate() <em>File Name Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileNameDate()
	 * @generated
	 * @ordered
	 */
	protected Date fileNameDate = FILE_NAME_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubscriptionId() <em>Subscription Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscriptionId()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBSCRIPTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubscriptionId() <em>Subscription Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscriptionId()
	 * @generated
	 * @ordered
	 */
	protected String subscriptionId = SUBSCRIPTION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceType() <em>Resource Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceType()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceType() <em>Resource Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceType()
	 * @generated
	 * @ordered
	 */
	protected String resourceType = RESOURCE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceName() <em>Resource Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceName()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceName() <em>Resource Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceName()
	 * @generated
	 * @ordered
	 */
	protected String resourceName = RESOURCE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceId() <em>Resource Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceId()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceId() <em>Resource Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceId()
	 * @generated
	 * @ordered
	 */
	protected String resourceId = RESOURCE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceGroup() <em>Resource Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceGroup() <em>Resource Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceGroup()
	 * @generated
	 * @ordered
	 */
	protected String resourceGroup = RESOURCE_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAadTenantId() <em>Aad Tenant Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAadTenantId()
	 * @generated
	 * @ordered
	 */
	protected static final String AAD_TENANT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAadTenantId() <em>Aad Tenant Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAadTenantId()
	 * @generated
	 * @ordered
	 */
	protected String aadTenantId = AAD_TENANT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isManagementCertPresent() <em>Management Cert Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isManagementCertPresent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MANAGEMENT_CERT_PRESENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isManagementCertPresent() <em>Management Cert Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isManagementCertPresent()
	 * @generated
	 * @ordered
	 */
	protected boolean managementCertPresent = MANAGEMENT_CERT_PRESENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertSubject() <em>Cert Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String CERT_SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertSubject() <em>Cert Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertSubject()
	 * @generated
	 * @ordered
	 */
	protected String certSubject = CERT_SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertNotBefore() <em>Cert Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertNotBefore()
	 * @generated
	 * @ordered
	 */
	protected static final Date CERT_NOT_BEFORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertNotBefore() <em>Cert Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertNotBefore()
	 * @generated
	 * @ordered
	 */
	protected Date certNotBefore = CERT_NOT_BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertNotAfter() <em>Cert Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertNotAfter()
	 * @generated
	 * @ordered
	 */
	protected static final Date CERT_NOT_AFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertNotAfter() <em>Cert Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertNotAfter()
	 * @generated
	 * @ordered
	 */
	protected Date certNotAfter = CERT_NOT_AFTER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VaultCredentialsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.VAULT_CREDENTIALS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileName() {
		return fileName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileName(String newFileName) {
		String oldFileName = fileName;
		fileName = newFileName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__FILE_NAME, oldFileName, fileName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFileNameDate() {
		return fileNameDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileNameDate(Date newFileNameDate) {
		Date oldFileNameDate = fileNameDate;
		fileNameDate = newFileNameDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__FILE_NAME_DATE, oldFileNameDate, fileNameDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubscriptionId() {
		return subscriptionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubscriptionId(String newSubscriptionId) {
		String oldSubscriptionId = subscriptionId;
		subscriptionId = newSubscriptionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__SUBSCRIPTION_ID, oldSubscriptionId, subscriptionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceType() {
		return resourceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceType(String newResourceType) {
		String oldResourceType = resourceType;
		resourceType = newResourceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__RESOURCE_TYPE, oldResourceType, resourceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceName() {
		return resourceName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceName(String newResourceName) {
		String oldResourceName = resourceName;
		resourceName = newResourceName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__RESOURCE_NAME, oldResourceName, resourceName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceId() {
		return resourceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceId(String newResourceId) {
		String oldResourceId = resourceId;
		resourceId = newResourceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__RESOURCE_ID, oldResourceId, resourceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceGroup() {
		return resourceGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceGroup(String newResourceGroup) {
		String oldResourceGroup = resourceGroup;
		resourceGroup = newResourceGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__RESOURCE_GROUP, oldResourceGroup, resourceGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAadTenantId() {
		return aadTenantId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAadTenantId(String newAadTenantId) {
		String oldAadTenantId = aadTenantId;
		aadTenantId = newAadTenantId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__AAD_TENANT_ID, oldAadTenantId, aadTenantId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isManagementCertPresent() {
		return managementCertPresent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagementCertPresent(boolean newManagementCertPresent) {
		boolean oldManagementCertPresent = managementCertPresent;
		managementCertPresent = newManagementCertPresent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT, oldManagementCertPresent, managementCertPresent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertSubject() {
		return certSubject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertSubject(String newCertSubject) {
		String oldCertSubject = certSubject;
		certSubject = newCertSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__CERT_SUBJECT, oldCertSubject, certSubject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCertNotBefore() {
		return certNotBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertNotBefore(Date newCertNotBefore) {
		Date oldCertNotBefore = certNotBefore;
		certNotBefore = newCertNotBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__CERT_NOT_BEFORE, oldCertNotBefore, certNotBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCertNotAfter() {
		return certNotAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertNotAfter(Date newCertNotAfter) {
		Date oldCertNotAfter = certNotAfter;
		certNotAfter = newCertNotAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.VAULT_CREDENTIALS__CERT_NOT_AFTER, oldCertNotAfter, certNotAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.VAULT_CREDENTIALS__FILE_NAME:
				return getFileName();
			case ServerPackage.VAULT_CREDENTIALS__FILE_NAME_DATE:
				return getFileNameDate();
			case ServerPackage.VAULT_CREDENTIALS__VERSION:
				return getVersion();
			case ServerPackage.VAULT_CREDENTIALS__SUBSCRIPTION_ID:
				return getSubscriptionId();
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_TYPE:
				return getResourceType();
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_NAME:
				return getResourceName();
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_ID:
				return getResourceId();
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_GROUP:
				return getResourceGroup();
			case ServerPackage.VAULT_CREDENTIALS__LOCATION:
				return getLocation();
			case ServerPackage.VAULT_CREDENTIALS__AAD_TENANT_ID:
				return getAadTenantId();
			case ServerPackage.VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT:
				return isManagementCertPresent();
			case ServerPackage.VAULT_CREDENTIALS__CERT_SUBJECT:
				return getCertSubject();
			case ServerPackage.VAULT_CREDENTIALS__CERT_NOT_BEFORE:
				return getCertNotBefore();
			case ServerPackage.VAULT_CREDENTIALS__CERT_NOT_AFTER:
				return getCertNotAfter();
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
			case ServerPackage.VAULT_CREDENTIALS__FILE_NAME:
				setFileName((String)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__FILE_NAME_DATE:
				setFileNameDate((Date)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__VERSION:
				setVersion((String)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__SUBSCRIPTION_ID:
				setSubscriptionId((String)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_TYPE:
				setResourceType((String)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_NAME:
				setResourceName((String)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_ID:
				setResourceId((String)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_GROUP:
				setResourceGroup((String)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__LOCATION:
				setLocation((String)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__AAD_TENANT_ID:
				setAadTenantId((String)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT:
				setManagementCertPresent((Boolean)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__CERT_SUBJECT:
				setCertSubject((String)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__CERT_NOT_BEFORE:
				setCertNotBefore((Date)newValue);
				return;
			case ServerPackage.VAULT_CREDENTIALS__CERT_NOT_AFTER:
				setCertNotAfter((Date)newValue);
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
			case ServerPackage.VAULT_CREDENTIALS__FILE_NAME:
				setFileName(FILE_NAME_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__FILE_NAME_DATE:
				setFileNameDate(FILE_NAME_DATE_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__SUBSCRIPTION_ID:
				setSubscriptionId(SUBSCRIPTION_ID_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_TYPE:
				setResourceType(RESOURCE_TYPE_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_NAME:
				setResourceName(RESOURCE_NAME_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_ID:
				setResourceId(RESOURCE_ID_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_GROUP:
				setResourceGroup(RESOURCE_GROUP_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__AAD_TENANT_ID:
				setAadTenantId(AAD_TENANT_ID_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT:
				setManagementCertPresent(MANAGEMENT_CERT_PRESENT_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__CERT_SUBJECT:
				setCertSubject(CERT_SUBJECT_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__CERT_NOT_BEFORE:
				setCertNotBefore(CERT_NOT_BEFORE_EDEFAULT);
				return;
			case ServerPackage.VAULT_CREDENTIALS__CERT_NOT_AFTER:
				setCertNotAfter(CERT_NOT_AFTER_EDEFAULT);
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
			case ServerPackage.VAULT_CREDENTIALS__FILE_NAME:
				return FILE_NAME_EDEFAULT == null ? fileName != null : !FILE_NAME_EDEFAULT.equals(fileName);
			case ServerPackage.VAULT_CREDENTIALS__FILE_NAME_DATE:
				return FILE_NAME_DATE_EDEFAULT == null ? fileNameDate != null : !FILE_NAME_DATE_EDEFAULT.equals(fileNameDate);
			case ServerPackage.VAULT_CREDENTIALS__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ServerPackage.VAULT_CREDENTIALS__SUBSCRIPTION_ID:
				return SUBSCRIPTION_ID_EDEFAULT == null ? subscriptionId != null : !SUBSCRIPTION_ID_EDEFAULT.equals(subscriptionId);
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_TYPE:
				return RESOURCE_TYPE_EDEFAULT == null ? resourceType != null : !RESOURCE_TYPE_EDEFAULT.equals(resourceType);
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_NAME:
				return RESOURCE_NAME_EDEFAULT == null ? resourceName != null : !RESOURCE_NAME_EDEFAULT.equals(resourceName);
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_ID:
				return RESOURCE_ID_EDEFAULT == null ? resourceId != null : !RESOURCE_ID_EDEFAULT.equals(resourceId);
			case ServerPackage.VAULT_CREDENTIALS__RESOURCE_GROUP:
				return RESOURCE_GROUP_EDEFAULT == null ? resourceGroup != null : !RESOURCE_GROUP_EDEFAULT.equals(resourceGroup);
			case ServerPackage.VAULT_CREDENTIALS__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case ServerPackage.VAULT_CREDENTIALS__AAD_TENANT_ID:
				return AAD_TENANT_ID_EDEFAULT == null ? aadTenantId != null : !AAD_TENANT_ID_EDEFAULT.equals(aadTenantId);
			case ServerPackage.VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT:
				return managementCertPresent != MANAGEMENT_CERT_PRESENT_EDEFAULT;
			case ServerPackage.VAULT_CREDENTIALS__CERT_SUBJECT:
				return CERT_SUBJECT_EDEFAULT == null ? certSubject != null : !CERT_SUBJECT_EDEFAULT.equals(certSubject);
			case ServerPackage.VAULT_CREDENTIALS__CERT_NOT_BEFORE:
				return CERT_NOT_BEFORE_EDEFAULT == null ? certNotBefore != null : !CERT_NOT_BEFORE_EDEFAULT.equals(certNotBefore);
			case ServerPackage.VAULT_CREDENTIALS__CERT_NOT_AFTER:
				return CERT_NOT_AFTER_EDEFAULT == null ? certNotAfter != null : !CERT_NOT_AFTER_EDEFAULT.equals(certNotAfter);
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
		result.append(" (fileName: ");
		result.append(fileName);
		result.append(", fileNameDate: ");
		result.append(fileNameDate);
		result.append(", version: ");
		result.append(version);
		result.append(", subscriptionId: ");
		result.append(subscriptionId);
		result.append(", resourceType: ");
		result.append(resourceType);
		result.append(", resourceName: ");
		result.append(resourceName);
		result.append(", resourceId: ");
		result.append(resourceId);
		result.append(", resourceGroup: ");
		result.append(resourceGroup);
		result.append(", location: ");
		result.append(location);
		result.append(", aadTenantId: ");
		result.append(aadTenantId);
		result.append(", managementCertPresent: ");
		result.append(managementCertPresent);
		result.append(", certSubject: ");
		result.append(certSubject);
		result.append(", certNotBefore: ");
		result.append(certNotBefore);
		result.append(", certNotAfter: ");
		result.append(certNotAfter);
		result.append(')');
		return result.toString();
	}

} //VaultCredentialsImpl
