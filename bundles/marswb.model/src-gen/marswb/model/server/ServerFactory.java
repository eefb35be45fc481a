/**
 */
package marswb.model.server;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see marswb.model.server.ServerPackage
 * @generated
 */
public interface ServerFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ServerFactory eINSTANCE = marswb.model.server.impl.ServerFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Origin</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Origin</em>'.
	 * @generated
	 */
	Origin createOrigin();

	/**
	 * Returns a new object of class '<em>Server</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Server</em>'.
	 * @generated
	 */
	Server createServer();

	/**
	 * Returns a new object of class '<em>Artifact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Artifact</em>'.
	 * @generated
	 */
	Artifact createArtifact();

	/**
	 * Returns a new object of class '<em>Operating System</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Operating System</em>'.
	 * @generated
	 */
	OperatingSystem createOperatingSystem();

	/**
	 * Returns a new object of class '<em>Hotfix</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hotfix</em>'.
	 * @generated
	 */
	Hotfix createHotfix();

	/**
	 * Returns a new object of class '<em>Dot Net Framework</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dot Net Framework</em>'.
	 * @generated
	 */
	DotNetFramework createDotNetFramework();

	/**
	 * Returns a new object of class '<em>Tls Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tls Settings</em>'.
	 * @generated
	 */
	TlsSettings createTlsSettings();

	/**
	 * Returns a new object of class '<em>Schannel Protocol</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Schannel Protocol</em>'.
	 * @generated
	 */
	SchannelProtocol createSchannelProtocol();

	/**
	 * Returns a new object of class '<em>Power Shell Info</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Power Shell Info</em>'.
	 * @generated
	 */
	PowerShellInfo createPowerShellInfo();

	/**
	 * Returns a new object of class '<em>Execution Policy Setting</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Execution Policy Setting</em>'.
	 * @generated
	 */
	ExecutionPolicySetting createExecutionPolicySetting();

	/**
	 * Returns a new object of class '<em>Time Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Time Settings</em>'.
	 * @generated
	 */
	TimeSettings createTimeSettings();

	/**
	 * Returns a new object of class '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service</em>'.
	 * @generated
	 */
	Service createService();

	/**
	 * Returns a new object of class '<em>Volume</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume</em>'.
	 * @generated
	 */
	Volume createVolume();

	/**
	 * Returns a new object of class '<em>Shadow Storage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shadow Storage</em>'.
	 * @generated
	 */
	ShadowStorage createShadowStorage();

	/**
	 * Returns a new object of class '<em>Network Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Settings</em>'.
	 * @generated
	 */
	NetworkSettings createNetworkSettings();

	/**
	 * Returns a new object of class '<em>Win Http Proxy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Win Http Proxy</em>'.
	 * @generated
	 */
	WinHttpProxy createWinHttpProxy();

	/**
	 * Returns a new object of class '<em>Internet Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Internet Settings</em>'.
	 * @generated
	 */
	InternetSettings createInternetSettings();

	/**
	 * Returns a new object of class '<em>Agent Proxy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Agent Proxy</em>'.
	 * @generated
	 */
	AgentProxy createAgentProxy();

	/**
	 * Returns a new object of class '<em>Endpoint Probe</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint Probe</em>'.
	 * @generated
	 */
	EndpointProbe createEndpointProbe();

	/**
	 * Returns a new object of class '<em>Agent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Agent</em>'.
	 * @generated
	 */
	Agent createAgent();

	/**
	 * Returns a new object of class '<em>Registration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Registration</em>'.
	 * @generated
	 */
	Registration createRegistration();

	/**
	 * Returns a new object of class '<em>Cache Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cache Settings</em>'.
	 * @generated
	 */
	CacheSettings createCacheSettings();

	/**
	 * Returns a new object of class '<em>Scheduled Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scheduled Task</em>'.
	 * @generated
	 */
	ScheduledTask createScheduledTask();

	/**
	 * Returns a new object of class '<em>Task Trigger</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Task Trigger</em>'.
	 * @generated
	 */
	TaskTrigger createTaskTrigger();

	/**
	 * Returns a new object of class '<em>Task Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Task Action</em>'.
	 * @generated
	 */
	TaskAction createTaskAction();

	/**
	 * Returns a new object of class '<em>Module File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Module File</em>'.
	 * @generated
	 */
	ModuleFile createModuleFile();

	/**
	 * Returns a new object of class '<em>Backup Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backup Policy</em>'.
	 * @generated
	 */
	BackupPolicy createBackupPolicy();

	/**
	 * Returns a new object of class '<em>File Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>File Spec</em>'.
	 * @generated
	 */
	FileSpec createFileSpec();

	/**
	 * Returns a new object of class '<em>Job</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Job</em>'.
	 * @generated
	 */
	Job createJob();

	/**
	 * Returns a new object of class '<em>Failed Files Summary</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Failed Files Summary</em>'.
	 * @generated
	 */
	FailedFilesSummary createFailedFilesSummary();

	/**
	 * Returns a new object of class '<em>Failed Files List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Failed Files List</em>'.
	 * @generated
	 */
	FailedFilesList createFailedFilesList();

	/**
	 * Returns a new object of class '<em>Error Code Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Error Code Count</em>'.
	 * @generated
	 */
	ErrorCodeCount createErrorCodeCount();

	/**
	 * Returns a new object of class '<em>Folder Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Folder Count</em>'.
	 * @generated
	 */
	FolderCount createFolderCount();

	/**
	 * Returns a new object of class '<em>Log Summary</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Log Summary</em>'.
	 * @generated
	 */
	LogSummary createLogSummary();

	/**
	 * Returns a new object of class '<em>Log File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Log File</em>'.
	 * @generated
	 */
	LogFile createLogFile();

	/**
	 * Returns a new object of class '<em>Log Hit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Log Hit</em>'.
	 * @generated
	 */
	LogHit createLogHit();

	/**
	 * Returns a new object of class '<em>Event Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Event Record</em>'.
	 * @generated
	 */
	EventRecord createEventRecord();

	/**
	 * Returns a new object of class '<em>Antivirus Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Antivirus Settings</em>'.
	 * @generated
	 */
	AntivirusSettings createAntivirusSettings();

	/**
	 * Returns a new object of class '<em>Pnp Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pnp Device</em>'.
	 * @generated
	 */
	PnpDevice createPnpDevice();

	/**
	 * Returns a new object of class '<em>Certificate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Certificate</em>'.
	 * @generated
	 */
	Certificate createCertificate();

	/**
	 * Returns a new object of class '<em>Vault Credentials</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vault Credentials</em>'.
	 * @generated
	 */
	VaultCredentials createVaultCredentials();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ServerPackage getServerPackage();

} //ServerFactory
