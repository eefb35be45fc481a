/**
 */
package marswb.model.server.impl;

import marswb.model.server.CacheSettings;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cache Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.CacheSettingsImpl#getConfigScratchLocation <em>Config Scratch Location</em>}</li>
 *   <li>{@link marswb.model.server.impl.CacheSettingsImpl#getProviderScratchLocation <em>Provider Scratch Location</em>}</li>
 *   <li>{@link marswb.model.server.impl.CacheSettingsImpl#getFolderExists <em>Folder Exists</em>}</li>
 *   <li>{@link marswb.model.server.impl.CacheSettingsImpl#getFolderFullName <em>Folder Full Name</em>}</li>
 *   <li>{@link marswb.model.server.impl.CacheSettingsImpl#getFolderAttributes <em>Folder Attributes</em>}</li>
 *   <li>{@link marswb.model.server.impl.CacheSettingsImpl#getKekPresent <em>Kek Present</em>}</li>
 *   <li>{@link marswb.model.server.impl.CacheSettingsImpl#getListedEntries <em>Listed Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CacheSettingsImpl extends LocatedImpl implements CacheSettings {
	/**
	 * The default value of the '{@link #getConfigScratchLocation() <em>Config Scratch Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigScratchLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String CONFIG_SCRATCH_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfigScratchLocation() <em>Config Scratch Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigScratchLocation()
	 * @generated
	 * @ordered
	 */
	protected String configScratchLocation = CONFIG_SCRATCH_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getProviderScratchLocation() <em>Provider Scratch Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderScratchLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_SCRATCH_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProviderScratchLocation() <em>Provider Scratch Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderScratchLocation()
	 * @generated
	 * @ordered
	 */
	protected String providerScratchLocation = PROVIDER_SCRATCH_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFolderExists() <em>Folder Exists</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolderExists()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean FOLDER_EXISTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFolderExists() <em>Folder Exists</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolderExists()
	 * @generated
	 * @ordered
	 */
	protected Boolean folderExists = FOLDER_EXISTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFolderFullName() <em>Folder Full Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolderFullName()
	 * @generated
	 * @ordered
	 */
	protected static final String FOLDER_FULL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFolderFullName() <em>Folder Full Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolderFullName()
	 * @generated
	 * @ordered
	 */
	protected String folderFullName = FOLDER_FULL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFolderAttributes() <em>Folder Attributes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolderAttributes()
	 * @generated
	 * @ordered
	 */
	protected static final String FOLDER_ATTRIBUTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFolderAttributes() <em>Folder Attributes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolderAttributes()
	 * @generated
	 * @ordered
	 */
	protected String folderAttributes = FOLDER_ATTRIBUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getKekPresent() <em>Kek Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKekPresent()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean KEK_PRESENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKekPresent() <em>Kek Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKekPresent()
	 * @generated
	 * @ordered
	 */
	protected Boolean kekPresent = KEK_PRESENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getListedEntries() <em>Listed Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListedEntries()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LISTED_ENTRIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getListedEntries() <em>Listed Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListedEntries()
	 * @generated
	 * @ordered
	 */
	protected Integer listedEntries = LISTED_ENTRIES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CacheSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.CACHE_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConfigScratchLocation() {
		return configScratchLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfigScratchLocation(String newConfigScratchLocation) {
		String oldConfigScratchLocation = configScratchLocation;
		configScratchLocation = newConfigScratchLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION, oldConfigScratchLocation, configScratchLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProviderScratchLocation() {
		return providerScratchLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProviderScratchLocation(String newProviderScratchLocation) {
		String oldProviderScratchLocation = providerScratchLocation;
		providerScratchLocation = newProviderScratchLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION, oldProviderScratchLocation, providerScratchLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getFolderExists() {
		return folderExists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolderExists(Boolean newFolderExists) {
		Boolean oldFolderExists = folderExists;
		folderExists = newFolderExists;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CACHE_SETTINGS__FOLDER_EXISTS, oldFolderExists, folderExists));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFolderFullName() {
		return folderFullName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolderFullName(String newFolderFullName) {
		String oldFolderFullName = folderFullName;
		folderFullName = newFolderFullName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CACHE_SETTINGS__FOLDER_FULL_NAME, oldFolderFullName, folderFullName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFolderAttributes() {
		return folderAttributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolderAttributes(String newFolderAttributes) {
		String oldFolderAttributes = folderAttributes;
		folderAttributes = newFolderAttributes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CACHE_SETTINGS__FOLDER_ATTRIBUTES, oldFolderAttributes, folderAttributes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getKekPresent() {
		return kekPresent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKekPresent(Boolean newKekPresent) {
		Boolean oldKekPresent = kekPresent;
		kekPresent = newKekPresent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CACHE_SETTINGS__KEK_PRESENT, oldKekPresent, kekPresent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getListedEntries() {
		return listedEntries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setListedEntries(Integer newListedEntries) {
		Integer oldListedEntries = listedEntries;
		listedEntries = newListedEntries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CACHE_SETTINGS__LISTED_ENTRIES, oldListedEntries, listedEntries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION:
				return getConfigScratchLocation();
			case ServerPackage.CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION:
				return getProviderScratchLocation();
			case ServerPackage.CACHE_SETTINGS__FOLDER_EXISTS:
				return getFolderExists();
			case ServerPackage.CACHE_SETTINGS__FOLDER_FULL_NAME:
				return getFolderFullName();
			case ServerPackage.CACHE_SETTINGS__FOLDER_ATTRIBUTES:
				return getFolderAttributes();
			case ServerPackage.CACHE_SETTINGS__KEK_PRESENT:
				return getKekPresent();
			case ServerPackage.CACHE_SETTINGS__LISTED_ENTRIES:
				return getListedEntries();
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
			case ServerPackage.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION:
				setConfigScratchLocation((String)newValue);
				return;
			case ServerPackage.CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION:
				setProviderScratchLocation((String)newValue);
				return;
			case ServerPackage.CACHE_SETTINGS__FOLDER_EXISTS:
				setFolderExists((Boolean)newValue);
				return;
			case ServerPackage.CACHE_SETTINGS__FOLDER_FULL_NAME:
				setFolderFullName((String)newValue);
				return;
			case ServerPackage.CACHE_SETTINGS__FOLDER_ATTRIBUTES:
				setFolderAttributes((String)newValue);
				return;
			case ServerPackage.CACHE_SETTINGS__KEK_PRESENT:
				setKekPresent((Boolean)newValue);
				return;
			case ServerPackage.CACHE_SETTINGS__LISTED_ENTRIES:
				setListedEntries((Integer)newValue);
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
			case ServerPackage.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION:
				setConfigScratchLocation(CONFIG_SCRATCH_LOCATION_EDEFAULT);
				return;
			case ServerPackage.CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION:
				setProviderScratchLocation(PROVIDER_SCRATCH_LOCATION_EDEFAULT);
				return;
			case ServerPackage.CACHE_SETTINGS__FOLDER_EXISTS:
				setFolderExists(FOLDER_EXISTS_EDEFAULT);
				return;
			case ServerPackage.CACHE_SETTINGS__FOLDER_FULL_NAME:
				setFolderFullName(FOLDER_FULL_NAME_EDEFAULT);
				return;
			case ServerPackage.CACHE_SETTINGS__FOLDER_ATTRIBUTES:
				setFolderAttributes(FOLDER_ATTRIBUTES_EDEFAULT);
				return;
			case ServerPackage.CACHE_SETTINGS__KEK_PRESENT:
				setKekPresent(KEK_PRESENT_EDEFAULT);
				return;
			case ServerPackage.CACHE_SETTINGS__LISTED_ENTRIES:
				setListedEntries(LISTED_ENTRIES_EDEFAULT);
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
			case ServerPackage.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION:
				return CONFIG_SCRATCH_LOCATION_EDEFAULT == null ? configScratchLocation != null : !CONFIG_SCRATCH_LOCATION_EDEFAULT.equals(configScratchLocation);
			case ServerPackage.CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION:
				return PROVIDER_SCRATCH_LOCATION_EDEFAULT == null ? providerScratchLocation != null : !PROVIDER_SCRATCH_LOCATION_EDEFAULT.equals(providerScratchLocation);
			case ServerPackage.CACHE_SETTINGS__FOLDER_EXISTS:
				return FOLDER_EXISTS_EDEFAULT == null ? folderExists != null : !FOLDER_EXISTS_EDEFAULT.equals(folderExists);
			case ServerPackage.CACHE_SETTINGS__FOLDER_FULL_NAME:
				return FOLDER_FULL_NAME_EDEFAULT == null ? folderFullName != null : !FOLDER_FULL_NAME_EDEFAULT.equals(folderFullName);
			case ServerPackage.CACHE_SETTINGS__FOLDER_ATTRIBUTES:
				return FOLDER_ATTRIBUTES_EDEFAULT == null ? folderAttributes != null : !FOLDER_ATTRIBUTES_EDEFAULT.equals(folderAttributes);
			case ServerPackage.CACHE_SETTINGS__KEK_PRESENT:
				return KEK_PRESENT_EDEFAULT == null ? kekPresent != null : !KEK_PRESENT_EDEFAULT.equals(kekPresent);
			case ServerPackage.CACHE_SETTINGS__LISTED_ENTRIES:
				return LISTED_ENTRIES_EDEFAULT == null ? listedEntries != null : !LISTED_ENTRIES_EDEFAULT.equals(listedEntries);
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
		result.append(" (configScratchLocation: ");
		result.append(configScratchLocation);
		result.append(", providerScratchLocation: ");
		result.append(providerScratchLocation);
		result.append(", folderExists: ");
		result.append(folderExists);
		result.append(", folderFullName: ");
		result.append(folderFullName);
		result.append(", folderAttributes: ");
		result.append(folderAttributes);
		result.append(", kekPresent: ");
		result.append(kekPresent);
		result.append(", listedEntries: ");
		result.append(listedEntries);
		result.append(')');
		return result.toString();
	}

} //CacheSettingsImpl
