/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cache Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Scratch (cache) folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.CacheSettings#getConfigScratchLocation <em>Config Scratch Location</em>}</li>
 *   <li>{@link marswb.model.server.CacheSettings#getProviderScratchLocation <em>Provider Scratch Location</em>}</li>
 *   <li>{@link marswb.model.server.CacheSettings#getFolderExists <em>Folder Exists</em>}</li>
 *   <li>{@link marswb.model.server.CacheSettings#getFolderFullName <em>Folder Full Name</em>}</li>
 *   <li>{@link marswb.model.server.CacheSettings#getFolderAttributes <em>Folder Attributes</em>}</li>
 *   <li>{@link marswb.model.server.CacheSettings#getKekPresent <em>Kek Present</em>}</li>
 *   <li>{@link marswb.model.server.CacheSettings#getListedEntries <em>Listed Entries</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getCacheSettings()
 * @model
 * @generated
 */
public interface CacheSettings extends Located {
	/**
	 * Returns the value of the '<em><b>Config Scratch Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Config\ScratchLocation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Config Scratch Location</em>' attribute.
	 * @see #setConfigScratchLocation(String)
	 * @see marswb.model.server.ServerPackage#getCacheSettings_ConfigScratchLocation()
	 * @model
	 * @generated
	 */
	String getConfigScratchLocation();

	/**
	 * Sets the value of the '{@link marswb.model.server.CacheSettings#getConfigScratchLocation <em>Config Scratch Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config Scratch Location</em>' attribute.
	 * @see #getConfigScratchLocation()
	 * @generated
	 */
	void setConfigScratchLocation(String value);

	/**
	 * Returns the value of the '<em><b>Provider Scratch Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Config\CloudBackupProvider\ScratchLocation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Scratch Location</em>' attribute.
	 * @see #setProviderScratchLocation(String)
	 * @see marswb.model.server.ServerPackage#getCacheSettings_ProviderScratchLocation()
	 * @model
	 * @generated
	 */
	String getProviderScratchLocation();

	/**
	 * Sets the value of the '{@link marswb.model.server.CacheSettings#getProviderScratchLocation <em>Provider Scratch Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider Scratch Location</em>' attribute.
	 * @see #getProviderScratchLocation()
	 * @generated
	 */
	void setProviderScratchLocation(String value);

	/**
	 * Returns the value of the '<em><b>Folder Exists</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The folder was found by the collector.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folder Exists</em>' attribute.
	 * @see #setFolderExists(Boolean)
	 * @see marswb.model.server.ServerPackage#getCacheSettings_FolderExists()
	 * @model
	 * @generated
	 */
	Boolean getFolderExists();

	/**
	 * Sets the value of the '{@link marswb.model.server.CacheSettings#getFolderExists <em>Folder Exists</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folder Exists</em>' attribute.
	 * @see #getFolderExists()
	 * @generated
	 */
	void setFolderExists(Boolean value);

	/**
	 * Returns the value of the '<em><b>Folder Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FullName of the folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folder Full Name</em>' attribute.
	 * @see #setFolderFullName(String)
	 * @see marswb.model.server.ServerPackage#getCacheSettings_FolderFullName()
	 * @model
	 * @generated
	 */
	String getFolderFullName();

	/**
	 * Sets the value of the '{@link marswb.model.server.CacheSettings#getFolderFullName <em>Folder Full Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folder Full Name</em>' attribute.
	 * @see #getFolderFullName()
	 * @generated
	 */
	void setFolderFullName(String value);

	/**
	 * Returns the value of the '<em><b>Folder Attributes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Attributes as printed, e.g. Directory, Compressed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folder Attributes</em>' attribute.
	 * @see #setFolderAttributes(String)
	 * @see marswb.model.server.ServerPackage#getCacheSettings_FolderAttributes()
	 * @model
	 * @generated
	 */
	String getFolderAttributes();

	/**
	 * Sets the value of the '{@link marswb.model.server.CacheSettings#getFolderAttributes <em>Folder Attributes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folder Attributes</em>' attribute.
	 * @see #getFolderAttributes()
	 * @generated
	 */
	void setFolderAttributes(String value);

	/**
	 * Returns the value of the '<em><b>Kek Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OnlineBackup.KEK is in the scratch folder listing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kek Present</em>' attribute.
	 * @see #setKekPresent(Boolean)
	 * @see marswb.model.server.ServerPackage#getCacheSettings_KekPresent()
	 * @model
	 * @generated
	 */
	Boolean getKekPresent();

	/**
	 * Sets the value of the '{@link marswb.model.server.CacheSettings#getKekPresent <em>Kek Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kek Present</em>' attribute.
	 * @see #getKekPresent()
	 * @generated
	 */
	void setKekPresent(Boolean value);

	/**
	 * Returns the value of the '<em><b>Listed Entries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of entries in the scratch listing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Listed Entries</em>' attribute.
	 * @see #setListedEntries(Integer)
	 * @see marswb.model.server.ServerPackage#getCacheSettings_ListedEntries()
	 * @model
	 * @generated
	 */
	Integer getListedEntries();

	/**
	 * Sets the value of the '{@link marswb.model.server.CacheSettings#getListedEntries <em>Listed Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listed Entries</em>' attribute.
	 * @see #getListedEntries()
	 * @generated
	 */
	void setListedEntries(Integer value);

} // CacheSettings
