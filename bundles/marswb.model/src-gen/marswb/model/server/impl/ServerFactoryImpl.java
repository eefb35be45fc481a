/**
 */
package marswb.model.server.impl;

import marswb.model.server.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ServerFactoryImpl extends EFactoryImpl implements ServerFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ServerFactory init() {
		try {
			ServerFactory theServerFactory = (ServerFactory)EPackage.Registry.INSTANCE.getEFactory(ServerPackage.eNS_URI);
			if (theServerFactory != null) {
				return theServerFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ServerFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServerFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ServerPackage.ORIGIN: return createOrigin();
			case ServerPackage.SERVER: return createServer();
			case ServerPackage.ARTIFACT: return createArtifact();
			case ServerPackage.OPERATING_SYSTEM: return createOperatingSystem();
			case ServerPackage.HOTFIX: return createHotfix();
			case ServerPackage.DOT_NET_FRAMEWORK: return createDotNetFramework();
			case ServerPackage.TLS_SETTINGS: return createTlsSettings();
			case ServerPackage.SCHANNEL_PROTOCOL: return createSchannelProtocol();
			case ServerPackage.POWER_SHELL_INFO: return createPowerShellInfo();
			case ServerPackage.EXECUTION_POLICY_SETTING: return createExecutionPolicySetting();
			case ServerPackage.TIME_SETTINGS: return createTimeSettings();
			case ServerPackage.SERVICE: return createService();
			case ServerPackage.VOLUME: return createVolume();
			case ServerPackage.SHADOW_STORAGE: return createShadowStorage();
			case ServerPackage.NETWORK_SETTINGS: return createNetworkSettings();
			case ServerPackage.WIN_HTTP_PROXY: return createWinHttpProxy();
			case ServerPackage.INTERNET_SETTINGS: return createInternetSettings();
			case ServerPackage.AGENT_PROXY: return createAgentProxy();
			case ServerPackage.ENDPOINT_PROBE: return createEndpointProbe();
			case ServerPackage.AGENT: return createAgent();
			case ServerPackage.REGISTRATION: return createRegistration();
			case ServerPackage.CACHE_SETTINGS: return createCacheSettings();
			case ServerPackage.SCHEDULED_TASK: return createScheduledTask();
			case ServerPackage.TASK_TRIGGER: return createTaskTrigger();
			case ServerPackage.TASK_ACTION: return createTaskAction();
			case ServerPackage.MODULE_FILE: return createModuleFile();
			case ServerPackage.BACKUP_POLICY: return createBackupPolicy();
			case ServerPackage.FILE_SPEC: return createFileSpec();
			case ServerPackage.JOB: return createJob();
			case ServerPackage.FAILED_FILES_SUMMARY: return createFailedFilesSummary();
			case ServerPackage.FAILED_FILES_LIST: return createFailedFilesList();
			case ServerPackage.ERROR_CODE_COUNT: return createErrorCodeCount();
			case ServerPackage.FOLDER_COUNT: return createFolderCount();
			case ServerPackage.LOG_SUMMARY: return createLogSummary();
			case ServerPackage.LOG_FILE: return createLogFile();
			case ServerPackage.LOG_HIT: return createLogHit();
			case ServerPackage.EVENT_RECORD: return createEventRecord();
			case ServerPackage.ANTIVIRUS_SETTINGS: return createAntivirusSettings();
			case ServerPackage.PNP_DEVICE: return createPnpDevice();
			case ServerPackage.CERTIFICATE: return createCertificate();
			case ServerPackage.VAULT_CREDENTIALS: return createVaultCredentials();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ServerPackage.ARTIFACT_STATUS:
				return createArtifactStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ServerPackage.ARTIFACT_STATUS:
				return convertArtifactStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Origin createOrigin() {
		OriginImpl origin = new OriginImpl();
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Server createServer() {
		ServerImpl server = new ServerImpl();
		return server;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Artifact createArtifact() {
		ArtifactImpl artifact = new ArtifactImpl();
		return artifact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperatingSystem createOperatingSystem() {
		OperatingSystemImpl operatingSystem = new OperatingSystemImpl();
		return operatingSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hotfix createHotfix() {
		HotfixImpl hotfix = new HotfixImpl();
		return hotfix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DotNetFramework createDotNetFramework() {
		DotNetFrameworkImpl dotNetFramework = new DotNetFrameworkImpl();
		return dotNetFramework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TlsSettings createTlsSettings() {
		TlsSettingsImpl tlsSettings = new TlsSettingsImpl();
		return tlsSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchannelProtocol createSchannelProtocol() {
		SchannelProtocolImpl schannelProtocol = new SchannelProtocolImpl();
		return schannelProtocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PowerShellInfo createPowerShellInfo() {
		PowerShellInfoImpl powerShellInfo = new PowerShellInfoImpl();
		return powerShellInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExecutionPolicySetting createExecutionPolicySetting() {
		ExecutionPolicySettingImpl executionPolicySetting = new ExecutionPolicySettingImpl();
		return executionPolicySetting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeSettings createTimeSettings() {
		TimeSettingsImpl timeSettings = new TimeSettingsImpl();
		return timeSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service createService() {
		ServiceImpl service = new ServiceImpl();
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Volume createVolume() {
		VolumeImpl volume = new VolumeImpl();
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShadowStorage createShadowStorage() {
		ShadowStorageImpl shadowStorage = new ShadowStorageImpl();
		return shadowStorage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkSettings createNetworkSettings() {
		NetworkSettingsImpl networkSettings = new NetworkSettingsImpl();
		return networkSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WinHttpProxy createWinHttpProxy() {
		WinHttpProxyImpl winHttpProxy = new WinHttpProxyImpl();
		return winHttpProxy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InternetSettings createInternetSettings() {
		InternetSettingsImpl internetSettings = new InternetSettingsImpl();
		return internetSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgentProxy createAgentProxy() {
		AgentProxyImpl agentProxy = new AgentProxyImpl();
		return agentProxy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointProbe createEndpointProbe() {
		EndpointProbeImpl endpointProbe = new EndpointProbeImpl();
		return endpointProbe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agent createAgent() {
		AgentImpl agent = new AgentImpl();
		return agent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Registration createRegistration() {
		RegistrationImpl registration = new RegistrationImpl();
		return registration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CacheSettings createCacheSettings() {
		CacheSettingsImpl cacheSettings = new CacheSettingsImpl();
		return cacheSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduledTask createScheduledTask() {
		ScheduledTaskImpl scheduledTask = new ScheduledTaskImpl();
		return scheduledTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskTrigger createTaskTrigger() {
		TaskTriggerImpl taskTrigger = new TaskTriggerImpl();
		return taskTrigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskAction createTaskAction() {
		TaskActionImpl taskAction = new TaskActionImpl();
		return taskAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModuleFile createModuleFile() {
		ModuleFileImpl moduleFile = new ModuleFileImpl();
		return moduleFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackupPolicy createBackupPolicy() {
		BackupPolicyImpl backupPolicy = new BackupPolicyImpl();
		return backupPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileSpec createFileSpec() {
		FileSpecImpl fileSpec = new FileSpecImpl();
		return fileSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Job createJob() {
		JobImpl job = new JobImpl();
		return job;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailedFilesSummary createFailedFilesSummary() {
		FailedFilesSummaryImpl failedFilesSummary = new FailedFilesSummaryImpl();
		return failedFilesSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailedFilesList createFailedFilesList() {
		FailedFilesListImpl failedFilesList = new FailedFilesListImpl();
		return failedFilesList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ErrorCodeCount createErrorCodeCount() {
		ErrorCodeCountImpl errorCodeCount = new ErrorCodeCountImpl();
		return errorCodeCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FolderCount createFolderCount() {
		FolderCountImpl folderCount = new FolderCountImpl();
		return folderCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogSummary createLogSummary() {
		LogSummaryImpl logSummary = new LogSummaryImpl();
		return logSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogFile createLogFile() {
		LogFileImpl logFile = new LogFileImpl();
		return logFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogHit createLogHit() {
		LogHitImpl logHit = new LogHitImpl();
		return logHit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventRecord createEventRecord() {
		EventRecordImpl eventRecord = new EventRecordImpl();
		return eventRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AntivirusSettings createAntivirusSettings() {
		AntivirusSettingsImpl antivirusSettings = new AntivirusSettingsImpl();
		return antivirusSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PnpDevice createPnpDevice() {
		PnpDeviceImpl pnpDevice = new PnpDeviceImpl();
		return pnpDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Certificate createCertificate() {
		CertificateImpl certificate = new CertificateImpl();
		return certificate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VaultCredentials createVaultCredentials() {
		VaultCredentialsImpl vaultCredentials = new VaultCredentialsImpl();
		return vaultCredentials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArtifactStatus createArtifactStatusFromString(EDataType eDataType, String initialValue) {
		ArtifactStatus result = ArtifactStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArtifactStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServerPackage getServerPackage() {
		return (ServerPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ServerPackage getPackage() {
		return ServerPackage.eINSTANCE;
	}

} //ServerFactoryImpl
