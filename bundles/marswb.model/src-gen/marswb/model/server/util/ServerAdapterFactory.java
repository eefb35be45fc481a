/**
 */
package marswb.model.server.util;

import marswb.model.server.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see marswb.model.server.ServerPackage
 * @generated
 */
public class ServerAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ServerPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServerAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ServerPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServerSwitch<Adapter> modelSwitch =
		new ServerSwitch<Adapter>() {
			@Override
			public Adapter caseOrigin(Origin object) {
				return createOriginAdapter();
			}
			@Override
			public Adapter caseLocated(Located object) {
				return createLocatedAdapter();
			}
			@Override
			public Adapter caseServer(Server object) {
				return createServerAdapter();
			}
			@Override
			public Adapter caseArtifact(Artifact object) {
				return createArtifactAdapter();
			}
			@Override
			public Adapter caseOperatingSystem(OperatingSystem object) {
				return createOperatingSystemAdapter();
			}
			@Override
			public Adapter caseHotfix(Hotfix object) {
				return createHotfixAdapter();
			}
			@Override
			public Adapter caseDotNetFramework(DotNetFramework object) {
				return createDotNetFrameworkAdapter();
			}
			@Override
			public Adapter caseTlsSettings(TlsSettings object) {
				return createTlsSettingsAdapter();
			}
			@Override
			public Adapter caseSchannelProtocol(SchannelProtocol object) {
				return createSchannelProtocolAdapter();
			}
			@Override
			public Adapter casePowerShellInfo(PowerShellInfo object) {
				return createPowerShellInfoAdapter();
			}
			@Override
			public Adapter caseExecutionPolicySetting(ExecutionPolicySetting object) {
				return createExecutionPolicySettingAdapter();
			}
			@Override
			public Adapter caseTimeSettings(TimeSettings object) {
				return createTimeSettingsAdapter();
			}
			@Override
			public Adapter caseService(Service object) {
				return createServiceAdapter();
			}
			@Override
			public Adapter caseVolume(Volume object) {
				return createVolumeAdapter();
			}
			@Override
			public Adapter caseShadowStorage(ShadowStorage object) {
				return createShadowStorageAdapter();
			}
			@Override
			public Adapter caseNetworkSettings(NetworkSettings object) {
				return createNetworkSettingsAdapter();
			}
			@Override
			public Adapter caseWinHttpProxy(WinHttpProxy object) {
				return createWinHttpProxyAdapter();
			}
			@Override
			public Adapter caseInternetSettings(InternetSettings object) {
				return createInternetSettingsAdapter();
			}
			@Override
			public Adapter caseAgentProxy(AgentProxy object) {
				return createAgentProxyAdapter();
			}
			@Override
			public Adapter caseEndpointProbe(EndpointProbe object) {
				return createEndpointProbeAdapter();
			}
			@Override
			public Adapter caseAgent(Agent object) {
				return createAgentAdapter();
			}
			@Override
			public Adapter caseRegistration(Registration object) {
				return createRegistrationAdapter();
			}
			@Override
			public Adapter caseCacheSettings(CacheSettings object) {
				return createCacheSettingsAdapter();
			}
			@Override
			public Adapter caseScheduledTask(ScheduledTask object) {
				return createScheduledTaskAdapter();
			}
			@Override
			public Adapter caseTaskTrigger(TaskTrigger object) {
				return createTaskTriggerAdapter();
			}
			@Override
			public Adapter caseTaskAction(TaskAction object) {
				return createTaskActionAdapter();
			}
			@Override
			public Adapter caseModuleFile(ModuleFile object) {
				return createModuleFileAdapter();
			}
			@Override
			public Adapter caseBackupPolicy(BackupPolicy object) {
				return createBackupPolicyAdapter();
			}
			@Override
			public Adapter caseFileSpec(FileSpec object) {
				return createFileSpecAdapter();
			}
			@Override
			public Adapter caseJob(Job object) {
				return createJobAdapter();
			}
			@Override
			public Adapter caseFailedFilesSummary(FailedFilesSummary object) {
				return createFailedFilesSummaryAdapter();
			}
			@Override
			public Adapter caseFailedFilesList(FailedFilesList object) {
				return createFailedFilesListAdapter();
			}
			@Override
			public Adapter caseErrorCodeCount(ErrorCodeCount object) {
				return createErrorCodeCountAdapter();
			}
			@Override
			public Adapter caseFolderCount(FolderCount object) {
				return createFolderCountAdapter();
			}
			@Override
			public Adapter caseLogSummary(LogSummary object) {
				return createLogSummaryAdapter();
			}
			@Override
			public Adapter caseLogFile(LogFile object) {
				return createLogFileAdapter();
			}
			@Override
			public Adapter caseLogHit(LogHit object) {
				return createLogHitAdapter();
			}
			@Override
			public Adapter caseEventRecord(EventRecord object) {
				return createEventRecordAdapter();
			}
			@Override
			public Adapter caseAntivirusSettings(AntivirusSettings object) {
				return createAntivirusSettingsAdapter();
			}
			@Override
			public Adapter casePnpDevice(PnpDevice object) {
				return createPnpDeviceAdapter();
			}
			@Override
			public Adapter caseCertificate(Certificate object) {
				return createCertificateAdapter();
			}
			@Override
			public Adapter caseVaultCredentials(VaultCredentials object) {
				return createVaultCredentialsAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.Origin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.Origin
	 * @generated
	 */
	public Adapter createOriginAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.Located <em>Located</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.Located
	 * @generated
	 */
	public Adapter createLocatedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.Server <em>Server</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.Server
	 * @generated
	 */
	public Adapter createServerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.Artifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.Artifact
	 * @generated
	 */
	public Adapter createArtifactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.OperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.OperatingSystem
	 * @generated
	 */
	public Adapter createOperatingSystemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.Hotfix <em>Hotfix</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.Hotfix
	 * @generated
	 */
	public Adapter createHotfixAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.DotNetFramework <em>Dot Net Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.DotNetFramework
	 * @generated
	 */
	public Adapter createDotNetFrameworkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.TlsSettings <em>Tls Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.TlsSettings
	 * @generated
	 */
	public Adapter createTlsSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.SchannelProtocol <em>Schannel Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.SchannelProtocol
	 * @generated
	 */
	public Adapter createSchannelProtocolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.PowerShellInfo <em>Power Shell Info</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.PowerShellInfo
	 * @generated
	 */
	public Adapter createPowerShellInfoAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.ExecutionPolicySetting <em>Execution Policy Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.ExecutionPolicySetting
	 * @generated
	 */
	public Adapter createExecutionPolicySettingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.TimeSettings <em>Time Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.TimeSettings
	 * @generated
	 */
	public Adapter createTimeSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.Service
	 * @generated
	 */
	public Adapter createServiceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.Volume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.Volume
	 * @generated
	 */
	public Adapter createVolumeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.ShadowStorage <em>Shadow Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.ShadowStorage
	 * @generated
	 */
	public Adapter createShadowStorageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.NetworkSettings <em>Network Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.NetworkSettings
	 * @generated
	 */
	public Adapter createNetworkSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.WinHttpProxy <em>Win Http Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.WinHttpProxy
	 * @generated
	 */
	public Adapter createWinHttpProxyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.InternetSettings <em>Internet Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.InternetSettings
	 * @generated
	 */
	public Adapter createInternetSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.AgentProxy <em>Agent Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.AgentProxy
	 * @generated
	 */
	public Adapter createAgentProxyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.EndpointProbe <em>Endpoint Probe</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.EndpointProbe
	 * @generated
	 */
	public Adapter createEndpointProbeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.Agent <em>Agent</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.Agent
	 * @generated
	 */
	public Adapter createAgentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.Registration <em>Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.Registration
	 * @generated
	 */
	public Adapter createRegistrationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.CacheSettings <em>Cache Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.CacheSettings
	 * @generated
	 */
	public Adapter createCacheSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.ScheduledTask <em>Scheduled Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.ScheduledTask
	 * @generated
	 */
	public Adapter createScheduledTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.TaskTrigger <em>Task Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.TaskTrigger
	 * @generated
	 */
	public Adapter createTaskTriggerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.TaskAction <em>Task Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.TaskAction
	 * @generated
	 */
	public Adapter createTaskActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.ModuleFile <em>Module File</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.ModuleFile
	 * @generated
	 */
	public Adapter createModuleFileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.BackupPolicy <em>Backup Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.BackupPolicy
	 * @generated
	 */
	public Adapter createBackupPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.FileSpec <em>File Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.FileSpec
	 * @generated
	 */
	public Adapter createFileSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.Job <em>Job</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.Job
	 * @generated
	 */
	public Adapter createJobAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.FailedFilesSummary <em>Failed Files Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.FailedFilesSummary
	 * @generated
	 */
	public Adapter createFailedFilesSummaryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.FailedFilesList <em>Failed Files List</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.FailedFilesList
	 * @generated
	 */
	public Adapter createFailedFilesListAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.ErrorCodeCount <em>Error Code Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.ErrorCodeCount
	 * @generated
	 */
	public Adapter createErrorCodeCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.FolderCount <em>Folder Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.FolderCount
	 * @generated
	 */
	public Adapter createFolderCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.LogSummary <em>Log Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.LogSummary
	 * @generated
	 */
	public Adapter createLogSummaryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.LogFile <em>Log File</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.LogFile
	 * @generated
	 */
	public Adapter createLogFileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.LogHit <em>Log Hit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.LogHit
	 * @generated
	 */
	public Adapter createLogHitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.EventRecord <em>Event Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.EventRecord
	 * @generated
	 */
	public Adapter createEventRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.AntivirusSettings <em>Antivirus Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.AntivirusSettings
	 * @generated
	 */
	public Adapter createAntivirusSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.PnpDevice <em>Pnp Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.PnpDevice
	 * @generated
	 */
	public Adapter createPnpDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.Certificate <em>Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.Certificate
	 * @generated
	 */
	public Adapter createCertificateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link marswb.model.server.VaultCredentials <em>Vault Credentials</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see marswb.model.server.VaultCredentials
	 * @generated
	 */
	public Adapter createVaultCredentialsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ServerAdapterFactory
