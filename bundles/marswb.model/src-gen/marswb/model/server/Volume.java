/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A volume (Get-Volume).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.Volume#getDriveLetter <em>Drive Letter</em>}</li>
 *   <li>{@link marswb.model.server.Volume#getLabel <em>Label</em>}</li>
 *   <li>{@link marswb.model.server.Volume#getFileSystem <em>File System</em>}</li>
 *   <li>{@link marswb.model.server.Volume#getDriveType <em>Drive Type</em>}</li>
 *   <li>{@link marswb.model.server.Volume#getHealthStatus <em>Health Status</em>}</li>
 *   <li>{@link marswb.model.server.Volume#getOperationalStatus <em>Operational Status</em>}</li>
 *   <li>{@link marswb.model.server.Volume#getSize <em>Size</em>}</li>
 *   <li>{@link marswb.model.server.Volume#getSizeRemaining <em>Size Remaining</em>}</li>
 *   <li>{@link marswb.model.server.Volume#getPath <em>Path</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getVolume()
 * @model
 * @generated
 */
public interface Volume extends Located {
	/**
	 * Returns the value of the '<em><b>Drive Letter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Drive letter without colon; empty for volumes without one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drive Letter</em>' attribute.
	 * @see #setDriveLetter(String)
	 * @see marswb.model.server.ServerPackage#getVolume_DriveLetter()
	 * @model
	 * @generated
	 */
	String getDriveLetter();

	/**
	 * Sets the value of the '{@link marswb.model.server.Volume#getDriveLetter <em>Drive Letter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drive Letter</em>' attribute.
	 * @see #getDriveLetter()
	 * @generated
	 */
	void setDriveLetter(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FileSystemLabel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see marswb.model.server.ServerPackage#getVolume_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link marswb.model.server.Volume#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>File System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NTFS, ReFS, FAT32, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File System</em>' attribute.
	 * @see #setFileSystem(String)
	 * @see marswb.model.server.ServerPackage#getVolume_FileSystem()
	 * @model
	 * @generated
	 */
	String getFileSystem();

	/**
	 * Sets the value of the '{@link marswb.model.server.Volume#getFileSystem <em>File System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File System</em>' attribute.
	 * @see #getFileSystem()
	 * @generated
	 */
	void setFileSystem(String value);

	/**
	 * Returns the value of the '<em><b>Drive Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed, Removable, Network, CD-ROM, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drive Type</em>' attribute.
	 * @see #setDriveType(String)
	 * @see marswb.model.server.ServerPackage#getVolume_DriveType()
	 * @model
	 * @generated
	 */
	String getDriveType();

	/**
	 * Sets the value of the '{@link marswb.model.server.Volume#getDriveType <em>Drive Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drive Type</em>' attribute.
	 * @see #getDriveType()
	 * @generated
	 */
	void setDriveType(String value);

	/**
	 * Returns the value of the '<em><b>Health Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Healthy, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Health Status</em>' attribute.
	 * @see #setHealthStatus(String)
	 * @see marswb.model.server.ServerPackage#getVolume_HealthStatus()
	 * @model
	 * @generated
	 */
	String getHealthStatus();

	/**
	 * Sets the value of the '{@link marswb.model.server.Volume#getHealthStatus <em>Health Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Health Status</em>' attribute.
	 * @see #getHealthStatus()
	 * @generated
	 */
	void setHealthStatus(String value);

	/**
	 * Returns the value of the '<em><b>Operational Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OK, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operational Status</em>' attribute.
	 * @see #setOperationalStatus(String)
	 * @see marswb.model.server.ServerPackage#getVolume_OperationalStatus()
	 * @model
	 * @generated
	 */
	String getOperationalStatus();

	/**
	 * Sets the value of the '{@link marswb.model.server.Volume#getOperationalStatus <em>Operational Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operational Status</em>' attribute.
	 * @see #getOperationalStatus()
	 * @generated
	 */
	void setOperationalStatus(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size in bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(Long)
	 * @see marswb.model.server.ServerPackage#getVolume_Size()
	 * @model
	 * @generated
	 */
	Long getSize();

	/**
	 * Sets the value of the '{@link marswb.model.server.Volume#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(Long value);

	/**
	 * Returns the value of the '<em><b>Size Remaining</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size Remaining</em>' attribute.
	 * @see #setSizeRemaining(Long)
	 * @see marswb.model.server.ServerPackage#getVolume_SizeRemaining()
	 * @model
	 * @generated
	 */
	Long getSizeRemaining();

	/**
	 * Sets the value of the '{@link marswb.model.server.Volume#getSizeRemaining <em>Size Remaining</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Remaining</em>' attribute.
	 * @see #getSizeRemaining()
	 * @generated
	 */
	void setSizeRemaining(Long value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume GUID path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see marswb.model.server.ServerPackage#getVolume_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link marswb.model.server.Volume#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

} // Volume
