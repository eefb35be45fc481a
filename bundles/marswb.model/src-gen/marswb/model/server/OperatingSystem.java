/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operating System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Operating system, from systeminfo /fo csv.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.OperatingSystem#getHostName <em>Host Name</em>}</li>
 *   <li>{@link marswb.model.server.OperatingSystem#getName <em>Name</em>}</li>
 *   <li>{@link marswb.model.server.OperatingSystem#getVersion <em>Version</em>}</li>
 *   <li>{@link marswb.model.server.OperatingSystem#getSystemType <em>System Type</em>}</li>
 *   <li>{@link marswb.model.server.OperatingSystem#getOriginalInstallDate <em>Original Install Date</em>}</li>
 *   <li>{@link marswb.model.server.OperatingSystem#getSystemBootTime <em>System Boot Time</em>}</li>
 *   <li>{@link marswb.model.server.OperatingSystem#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link marswb.model.server.OperatingSystem#getDomain <em>Domain</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getOperatingSystem()
 * @model
 * @generated
 */
public interface OperatingSystem extends Located {
	/**
	 * Returns the value of the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Host Name column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Name</em>' attribute.
	 * @see #setHostName(String)
	 * @see marswb.model.server.ServerPackage#getOperatingSystem_HostName()
	 * @model
	 * @generated
	 */
	String getHostName();

	/**
	 * Sets the value of the '{@link marswb.model.server.OperatingSystem#getHostName <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Name</em>' attribute.
	 * @see #getHostName()
	 * @generated
	 */
	void setHostName(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OS Name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see marswb.model.server.ServerPackage#getOperatingSystem_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link marswb.model.server.OperatingSystem#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OS Version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see marswb.model.server.ServerPackage#getOperatingSystem_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link marswb.model.server.OperatingSystem#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>System Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System Type, e.g. x64-based PC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Type</em>' attribute.
	 * @see #setSystemType(String)
	 * @see marswb.model.server.ServerPackage#getOperatingSystem_SystemType()
	 * @model
	 * @generated
	 */
	String getSystemType();

	/**
	 * Sets the value of the '{@link marswb.model.server.OperatingSystem#getSystemType <em>System Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Type</em>' attribute.
	 * @see #getSystemType()
	 * @generated
	 */
	void setSystemType(String value);

	/**
	 * Returns the value of the '<em><b>Original Install Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Original Install Date as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Install Date</em>' attribute.
	 * @see #setOriginalInstallDate(String)
	 * @see marswb.model.server.ServerPackage#getOperatingSystem_OriginalInstallDate()
	 * @model
	 * @generated
	 */
	String getOriginalInstallDate();

	/**
	 * Sets the value of the '{@link marswb.model.server.OperatingSystem#getOriginalInstallDate <em>Original Install Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Install Date</em>' attribute.
	 * @see #getOriginalInstallDate()
	 * @generated
	 */
	void setOriginalInstallDate(String value);

	/**
	 * Returns the value of the '<em><b>System Boot Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System Boot Time as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Boot Time</em>' attribute.
	 * @see #setSystemBootTime(String)
	 * @see marswb.model.server.ServerPackage#getOperatingSystem_SystemBootTime()
	 * @model
	 * @generated
	 */
	String getSystemBootTime();

	/**
	 * Sets the value of the '{@link marswb.model.server.OperatingSystem#getSystemBootTime <em>System Boot Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Boot Time</em>' attribute.
	 * @see #getSystemBootTime()
	 * @generated
	 */
	void setSystemBootTime(String value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time Zone display name as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see marswb.model.server.ServerPackage#getOperatingSystem_TimeZone()
	 * @model
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link marswb.model.server.OperatingSystem#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see marswb.model.server.ServerPackage#getOperatingSystem_Domain()
	 * @model
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link marswb.model.server.OperatingSystem#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

} // OperatingSystem
