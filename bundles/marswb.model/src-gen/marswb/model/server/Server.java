/**
 */
package marswb.model.server;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Server</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The MARS configuration of one Windows server, as read from one diagnostic bundle.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.Server#getBundleName <em>Bundle Name</em>}</li>
 *   <li>{@link marswb.model.server.Server#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link marswb.model.server.Server#getHostName <em>Host Name</em>}</li>
 *   <li>{@link marswb.model.server.Server#getCollectorName <em>Collector Name</em>}</li>
 *   <li>{@link marswb.model.server.Server#getCollectorVersion <em>Collector Version</em>}</li>
 *   <li>{@link marswb.model.server.Server#getCollectedAtUtc <em>Collected At Utc</em>}</li>
 *   <li>{@link marswb.model.server.Server#getCollectedAtLocal <em>Collected At Local</em>}</li>
 *   <li>{@link marswb.model.server.Server#getLocalUtcOffsetMinutes <em>Local Utc Offset Minutes</em>}</li>
 *   <li>{@link marswb.model.server.Server#getInferred <em>Inferred</em>}</li>
 *   <li>{@link marswb.model.server.Server#getWindowsTempTmpCount <em>Windows Temp Tmp Count</em>}</li>
 *   <li>{@link marswb.model.server.Server#getArtifacts <em>Artifacts</em>}</li>
 *   <li>{@link marswb.model.server.Server#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link marswb.model.server.Server#getHotfixes <em>Hotfixes</em>}</li>
 *   <li>{@link marswb.model.server.Server#getDotNet <em>Dot Net</em>}</li>
 *   <li>{@link marswb.model.server.Server#getTls <em>Tls</em>}</li>
 *   <li>{@link marswb.model.server.Server#getPowerShell <em>Power Shell</em>}</li>
 *   <li>{@link marswb.model.server.Server#getTime <em>Time</em>}</li>
 *   <li>{@link marswb.model.server.Server#getServices <em>Services</em>}</li>
 *   <li>{@link marswb.model.server.Server#getVolumes <em>Volumes</em>}</li>
 *   <li>{@link marswb.model.server.Server#getShadowStorages <em>Shadow Storages</em>}</li>
 *   <li>{@link marswb.model.server.Server#getNetwork <em>Network</em>}</li>
 *   <li>{@link marswb.model.server.Server#getAgent <em>Agent</em>}</li>
 *   <li>{@link marswb.model.server.Server#getCache <em>Cache</em>}</li>
 *   <li>{@link marswb.model.server.Server#getTasks <em>Tasks</em>}</li>
 *   <li>{@link marswb.model.server.Server#getModuleFiles <em>Module Files</em>}</li>
 *   <li>{@link marswb.model.server.Server#getPolicy <em>Policy</em>}</li>
 *   <li>{@link marswb.model.server.Server#getJobs <em>Jobs</em>}</li>
 *   <li>{@link marswb.model.server.Server#getFailedFiles <em>Failed Files</em>}</li>
 *   <li>{@link marswb.model.server.Server#getLogs <em>Logs</em>}</li>
 *   <li>{@link marswb.model.server.Server#getEvents <em>Events</em>}</li>
 *   <li>{@link marswb.model.server.Server#getAntivirus <em>Antivirus</em>}</li>
 *   <li>{@link marswb.model.server.Server#getIscsiDevices <em>Iscsi Devices</em>}</li>
 *   <li>{@link marswb.model.server.Server#getCertificates <em>Certificates</em>}</li>
 *   <li>{@link marswb.model.server.Server#getVaultCredentials <em>Vault Credentials</em>}</li>
 *   <li>{@link marswb.model.server.Server#getExtensions <em>Extensions</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getServer()
 * @model
 * @generated
 */
public interface Server extends Located {
	/**
	 * Returns the value of the '<em><b>Bundle Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File or folder name of the bundle this model was read from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bundle Name</em>' attribute.
	 * @see #setBundleName(String)
	 * @see marswb.model.server.ServerPackage#getServer_BundleName()
	 * @model
	 * @generated
	 */
	String getBundleName();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getBundleName <em>Bundle Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bundle Name</em>' attribute.
	 * @see #getBundleName()
	 * @generated
	 */
	void setBundleName(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bundle format declared by the manifest, e.g. marsbundle/1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see marswb.model.server.ServerPackage#getServer_FormatVersion()
	 * @model
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Host name the collector reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Name</em>' attribute.
	 * @see #setHostName(String)
	 * @see marswb.model.server.ServerPackage#getServer_HostName()
	 * @model
	 * @generated
	 */
	String getHostName();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getHostName <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Name</em>' attribute.
	 * @see #getHostName()
	 * @generated
	 */
	void setHostName(String value);

	/**
	 * Returns the value of the '<em><b>Collector Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the collector that wrote the bundle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Collector Name</em>' attribute.
	 * @see #setCollectorName(String)
	 * @see marswb.model.server.ServerPackage#getServer_CollectorName()
	 * @model
	 * @generated
	 */
	String getCollectorName();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getCollectorName <em>Collector Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collector Name</em>' attribute.
	 * @see #getCollectorName()
	 * @generated
	 */
	void setCollectorName(String value);

	/**
	 * Returns the value of the '<em><b>Collector Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the collector.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Collector Version</em>' attribute.
	 * @see #setCollectorVersion(String)
	 * @see marswb.model.server.ServerPackage#getServer_CollectorVersion()
	 * @model
	 * @generated
	 */
	String getCollectorVersion();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getCollectorVersion <em>Collector Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collector Version</em>' attribute.
	 * @see #getCollectorVersion()
	 * @generated
	 */
	void setCollectorVersion(String value);

	/**
	 * Returns the value of the '<em><b>Collected At Utc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Collection instant (UTC) from the manifest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Collected At Utc</em>' attribute.
	 * @see #setCollectedAtUtc(Date)
	 * @see marswb.model.server.ServerPackage#getServer_CollectedAtUtc()
	 * @model
	 * @generated
	 */
	Date getCollectedAtUtc();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getCollectedAtUtc <em>Collected At Utc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collected At Utc</em>' attribute.
	 * @see #getCollectedAtUtc()
	 * @generated
	 */
	void setCollectedAtUtc(Date value);

	/**
	 * Returns the value of the '<em><b>Collected At Local</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Server-local collection time as written by the manifest, with its UTC offset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Collected At Local</em>' attribute.
	 * @see #setCollectedAtLocal(String)
	 * @see marswb.model.server.ServerPackage#getServer_CollectedAtLocal()
	 * @model
	 * @generated
	 */
	String getCollectedAtLocal();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getCollectedAtLocal <em>Collected At Local</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collected At Local</em>' attribute.
	 * @see #getCollectedAtLocal()
	 * @generated
	 */
	void setCollectedAtLocal(String value);

	/**
	 * Returns the value of the '<em><b>Local Utc Offset Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * UTC offset of the server clock at collection, in minutes, from collectedAtLocal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Utc Offset Minutes</em>' attribute.
	 * @see #setLocalUtcOffsetMinutes(Integer)
	 * @see marswb.model.server.ServerPackage#getServer_LocalUtcOffsetMinutes()
	 * @model
	 * @generated
	 */
	Integer getLocalUtcOffsetMinutes();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getLocalUtcOffsetMinutes <em>Local Utc Offset Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Utc Offset Minutes</em>' attribute.
	 * @see #getLocalUtcOffsetMinutes()
	 * @generated
	 */
	void setLocalUtcOffsetMinutes(Integer value);

	/**
	 * Returns the value of the '<em><b>Inferred</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manifest fields the workbench inferred instead of reading them from a collector's manifest (hostName, collectedAtUtc), for input without one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inferred</em>' attribute list.
	 * @see marswb.model.server.ServerPackage#getServer_Inferred()
	 * @model
	 * @generated
	 */
	EList<String> getInferred();

	/**
	 * Returns the value of the '<em><b>Windows Temp Tmp Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of *.tmp files in C:\Windows\Temp.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Windows Temp Tmp Count</em>' attribute.
	 * @see #setWindowsTempTmpCount(Long)
	 * @see marswb.model.server.ServerPackage#getServer_WindowsTempTmpCount()
	 * @model
	 * @generated
	 */
	Long getWindowsTempTmpCount();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getWindowsTempTmpCount <em>Windows Temp Tmp Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Windows Temp Tmp Count</em>' attribute.
	 * @see #getWindowsTempTmpCount()
	 * @generated
	 */
	void setWindowsTempTmpCount(Long value);

	/**
	 * Returns the value of the '<em><b>Artifacts</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.Artifact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every artifact of the bundle format and every extra file, with its read status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Artifacts</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_Artifacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Artifact> getArtifacts();

	/**
	 * Returns the value of the '<em><b>Operating System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operating system facts from systeminfo.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operating System</em>' containment reference.
	 * @see #setOperatingSystem(OperatingSystem)
	 * @see marswb.model.server.ServerPackage#getServer_OperatingSystem()
	 * @model containment="true"
	 * @generated
	 */
	OperatingSystem getOperatingSystem();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getOperatingSystem <em>Operating System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operating System</em>' containment reference.
	 * @see #getOperatingSystem()
	 * @generated
	 */
	void setOperatingSystem(OperatingSystem value);

	/**
	 * Returns the value of the '<em><b>Hotfixes</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.Hotfix}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Installed updates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hotfixes</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_Hotfixes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Hotfix> getHotfixes();

	/**
	 * Returns the value of the '<em><b>Dot Net</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * .NET Framework 4.x release.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dot Net</em>' containment reference.
	 * @see #setDotNet(DotNetFramework)
	 * @see marswb.model.server.ServerPackage#getServer_DotNet()
	 * @model containment="true"
	 * @generated
	 */
	DotNetFramework getDotNet();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getDotNet <em>Dot Net</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dot Net</em>' containment reference.
	 * @see #getDotNet()
	 * @generated
	 */
	void setDotNet(DotNetFramework value);

	/**
	 * Returns the value of the '<em><b>Tls</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SCHANNEL protocol and .NET strong-crypto settings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tls</em>' containment reference.
	 * @see #setTls(TlsSettings)
	 * @see marswb.model.server.ServerPackage#getServer_Tls()
	 * @model containment="true"
	 * @generated
	 */
	TlsSettings getTls();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getTls <em>Tls</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls</em>' containment reference.
	 * @see #getTls()
	 * @generated
	 */
	void setTls(TlsSettings value);

	/**
	 * Returns the value of the '<em><b>Power Shell</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PowerShell version, execution policies and machine PSModulePath.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Power Shell</em>' containment reference.
	 * @see #setPowerShell(PowerShellInfo)
	 * @see marswb.model.server.ServerPackage#getServer_PowerShell()
	 * @model containment="true"
	 * @generated
	 */
	PowerShellInfo getPowerShell();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getPowerShell <em>Power Shell</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power Shell</em>' containment reference.
	 * @see #getPowerShell()
	 * @generated
	 */
	void setPowerShell(PowerShellInfo value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time zone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time</em>' containment reference.
	 * @see #setTime(TimeSettings)
	 * @see marswb.model.server.ServerPackage#getServer_Time()
	 * @model containment="true"
	 * @generated
	 */
	TimeSettings getTime();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getTime <em>Time</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' containment reference.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(TimeSettings value);

	/**
	 * Returns the value of the '<em><b>Services</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Windows services.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_Services()
	 * @model containment="true"
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Volumes</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.Volume}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volumes with their size and free space.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volumes</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_Volumes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Volume> getVolumes();

	/**
	 * Returns the value of the '<em><b>Shadow Storages</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.ShadowStorage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shadow copy storage associations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shadow Storages</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_ShadowStorages()
	 * @model containment="true"
	 * @generated
	 */
	EList<ShadowStorage> getShadowStorages();

	/**
	 * Returns the value of the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proxy settings and endpoint probes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Network</em>' containment reference.
	 * @see #setNetwork(NetworkSettings)
	 * @see marswb.model.server.ServerPackage#getServer_Network()
	 * @model containment="true"
	 * @generated
	 */
	NetworkSettings getNetwork();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getNetwork <em>Network</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' containment reference.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(NetworkSettings value);

	/**
	 * Returns the value of the '<em><b>Agent</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MARS agent installation and registration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent</em>' containment reference.
	 * @see #setAgent(Agent)
	 * @see marswb.model.server.ServerPackage#getServer_Agent()
	 * @model containment="true"
	 * @generated
	 */
	Agent getAgent();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getAgent <em>Agent</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent</em>' containment reference.
	 * @see #getAgent()
	 * @generated
	 */
	void setAgent(Agent value);

	/**
	 * Returns the value of the '<em><b>Cache</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scratch (cache) location and folder state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cache</em>' containment reference.
	 * @see #setCache(CacheSettings)
	 * @see marswb.model.server.ServerPackage#getServer_Cache()
	 * @model containment="true"
	 * @generated
	 */
	CacheSettings getCache();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getCache <em>Cache</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache</em>' containment reference.
	 * @see #getCache()
	 * @generated
	 */
	void setCache(CacheSettings value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.ScheduledTask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Task Scheduler tasks of the agent and Windows Server Backup.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScheduledTask> getTasks();

	/**
	 * Returns the value of the '<em><b>Module Files</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.ModuleFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files of the MSOnlineBackup PowerShell module.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Module Files</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_ModuleFiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModuleFile> getModuleFiles();

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The backup policy (Get-OBPolicy).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' containment reference.
	 * @see #setPolicy(BackupPolicy)
	 * @see marswb.model.server.ServerPackage#getServer_Policy()
	 * @model containment="true"
	 * @generated
	 */
	BackupPolicy getPolicy();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getPolicy <em>Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' containment reference.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(BackupPolicy value);

	/**
	 * Returns the value of the '<em><b>Jobs</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.Job}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recent jobs (Get-OBJob).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jobs</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_Jobs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Job> getJobs();

	/**
	 * Returns the value of the '<em><b>Failed Files</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Aggregates of the LastBackupFailedFiles lists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failed Files</em>' containment reference.
	 * @see #setFailedFiles(FailedFilesSummary)
	 * @see marswb.model.server.ServerPackage#getServer_FailedFiles()
	 * @model containment="true"
	 * @generated
	 */
	FailedFilesSummary getFailedFiles();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getFailedFiles <em>Failed Files</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failed Files</em>' containment reference.
	 * @see #getFailedFiles()
	 * @generated
	 */
	void setFailedFiles(FailedFilesSummary value);

	/**
	 * Returns the value of the '<em><b>Logs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Aggregates of the agent errlog files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Logs</em>' containment reference.
	 * @see #setLogs(LogSummary)
	 * @see marswb.model.server.ServerPackage#getServer_Logs()
	 * @model containment="true"
	 * @generated
	 */
	LogSummary getLogs();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getLogs <em>Logs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logs</em>' containment reference.
	 * @see #getLogs()
	 * @generated
	 */
	void setLogs(LogSummary value);

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.EventRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CloudBackup/Operational events.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<EventRecord> getEvents();

	/**
	 * Returns the value of the '<em><b>Antivirus</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Microsoft Defender preferences and exclusions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Antivirus</em>' containment reference.
	 * @see #setAntivirus(AntivirusSettings)
	 * @see marswb.model.server.ServerPackage#getServer_Antivirus()
	 * @model containment="true"
	 * @generated
	 */
	AntivirusSettings getAntivirus();

	/**
	 * Sets the value of the '{@link marswb.model.server.Server#getAntivirus <em>Antivirus</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Antivirus</em>' containment reference.
	 * @see #getAntivirus()
	 * @generated
	 */
	void setAntivirus(AntivirusSettings value);

	/**
	 * Returns the value of the '<em><b>Iscsi Devices</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.PnpDevice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plug and Play devices of the iSCSI initiator (ROOT\ISCSIPRT).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Iscsi Devices</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_IscsiDevices()
	 * @model containment="true"
	 * @generated
	 */
	EList<PnpDevice> getIscsiDevices();

	/**
	 * Returns the value of the '<em><b>Certificates</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.Certificate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certificates of LocalMachine\My.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certificates</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_Certificates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Certificate> getCertificates();

	/**
	 * Returns the value of the '<em><b>Vault Credentials</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.VaultCredentials}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vault credentials files found in the bundle (secrets never kept).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vault Credentials</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_VaultCredentials()
	 * @model containment="true"
	 * @generated
	 */
	EList<VaultCredentials> getVaultCredentials();

	/**
	 * Returns the value of the '<em><b>Extensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Objects of third-party EPackages that plugins' artifact parsers read (extension point marswb.bundle.artifactParsers); each class names its package by namespace URI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extensions</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getServer_Extensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<EObject> getExtensions();

} // Server
