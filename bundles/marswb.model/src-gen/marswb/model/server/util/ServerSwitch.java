/**
 */
package marswb.model.server.util;

import marswb.model.server.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see marswb.model.server.ServerPackage
 * @generated
 */
public class ServerSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ServerPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServerSwitch() {
		if (modelPackage == null) {
			modelPackage = ServerPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ServerPackage.ORIGIN: {
				Origin origin = (Origin)theEObject;
				T result = caseOrigin(origin);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.LOCATED: {
				Located located = (Located)theEObject;
				T result = caseLocated(located);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.SERVER: {
				Server server = (Server)theEObject;
				T result = caseServer(server);
				if (result == null) result = caseLocated(server);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.ARTIFACT: {
				Artifact artifact = (Artifact)theEObject;
				T result = caseArtifact(artifact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.OPERATING_SYSTEM: {
				OperatingSystem operatingSystem = (OperatingSystem)theEObject;
				T result = caseOperatingSystem(operatingSystem);
				if (result == null) result = caseLocated(operatingSystem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.HOTFIX: {
				Hotfix hotfix = (Hotfix)theEObject;
				T result = caseHotfix(hotfix);
				if (result == null) result = caseLocated(hotfix);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.DOT_NET_FRAMEWORK: {
				DotNetFramework dotNetFramework = (DotNetFramework)theEObject;
				T result = caseDotNetFramework(dotNetFramework);
				if (result == null) result = caseLocated(dotNetFramework);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.TLS_SETTINGS: {
				TlsSettings tlsSettings = (TlsSettings)theEObject;
				T result = caseTlsSettings(tlsSettings);
				if (result == null) result = caseLocated(tlsSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.SCHANNEL_PROTOCOL: {
				SchannelProtocol schannelProtocol = (SchannelProtocol)theEObject;
				T result = caseSchannelProtocol(schannelProtocol);
				if (result == null) result = caseLocated(schannelProtocol);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.POWER_SHELL_INFO: {
				PowerShellInfo powerShellInfo = (PowerShellInfo)theEObject;
				T result = casePowerShellInfo(powerShellInfo);
				if (result == null) result = caseLocated(powerShellInfo);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.EXECUTION_POLICY_SETTING: {
				ExecutionPolicySetting executionPolicySetting = (ExecutionPolicySetting)theEObject;
				T result = caseExecutionPolicySetting(executionPolicySetting);
				if (result == null) result = caseLocated(executionPolicySetting);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.TIME_SETTINGS: {
				TimeSettings timeSettings = (TimeSettings)theEObject;
				T result = caseTimeSettings(timeSettings);
				if (result == null) result = caseLocated(timeSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.SERVICE: {
				Service service = (Service)theEObject;
				T result = caseService(service);
				if (result == null) result = caseLocated(service);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.VOLUME: {
				Volume volume = (Volume)theEObject;
				T result = caseVolume(volume);
				if (result == null) result = caseLocated(volume);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.SHADOW_STORAGE: {
				ShadowStorage shadowStorage = (ShadowStorage)theEObject;
				T result = caseShadowStorage(shadowStorage);
				if (result == null) result = caseLocated(shadowStorage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.NETWORK_SETTINGS: {
				NetworkSettings networkSettings = (NetworkSettings)theEObject;
				T result = caseNetworkSettings(networkSettings);
				if (result == null) result = caseLocated(networkSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.WIN_HTTP_PROXY: {
				WinHttpProxy winHttpProxy = (WinHttpProxy)theEObject;
				T result = caseWinHttpProxy(winHttpProxy);
				if (result == null) result = caseLocated(winHttpProxy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.INTERNET_SETTINGS: {
				InternetSettings internetSettings = (InternetSettings)theEObject;
				T result = caseInternetSettings(internetSettings);
				if (result == null) result = caseLocated(internetSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.AGENT_PROXY: {
				AgentProxy agentProxy = (AgentProxy)theEObject;
				T result = caseAgentProxy(agentProxy);
				if (result == null) result = caseLocated(agentProxy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.ENDPOINT_PROBE: {
				EndpointProbe endpointProbe = (EndpointProbe)theEObject;
				T result = caseEndpointProbe(endpointProbe);
				if (result == null) result = caseLocated(endpointProbe);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.AGENT: {
				Agent agent = (Agent)theEObject;
				T result = caseAgent(agent);
				if (result == null) result = caseLocated(agent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.REGISTRATION: {
				Registration registration = (Registration)theEObject;
				T result = caseRegistration(registration);
				if (result == null) result = caseLocated(registration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.CACHE_SETTINGS: {
				CacheSettings cacheSettings = (CacheSettings)theEObject;
				T result = caseCacheSettings(cacheSettings);
				if (result == null) result = caseLocated(cacheSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.SCHEDULED_TASK: {
				ScheduledTask scheduledTask = (ScheduledTask)theEObject;
				T result = caseScheduledTask(scheduledTask);
				if (result == null) result = caseLocated(scheduledTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.TASK_TRIGGER: {
				TaskTrigger taskTrigger = (TaskTrigger)theEObject;
				T result = caseTaskTrigger(taskTrigger);
				if (result == null) result = caseLocated(taskTrigger);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.TASK_ACTION: {
				TaskAction taskAction = (TaskAction)theEObject;
				T result = caseTaskAction(taskAction);
				if (result == null) result = caseLocated(taskAction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.MODULE_FILE: {
				ModuleFile moduleFile = (ModuleFile)theEObject;
				T result = caseModuleFile(moduleFile);
				if (result == null) result = caseLocated(moduleFile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.BACKUP_POLICY: {
				BackupPolicy backupPolicy = (BackupPolicy)theEObject;
				T result = caseBackupPolicy(backupPolicy);
				if (result == null) result = caseLocated(backupPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.FILE_SPEC: {
				FileSpec fileSpec = (FileSpec)theEObject;
				T result = caseFileSpec(fileSpec);
				if (result == null) result = caseLocated(fileSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.JOB: {
				Job job = (Job)theEObject;
				T result = caseJob(job);
				if (result == null) result = caseLocated(job);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.FAILED_FILES_SUMMARY: {
				FailedFilesSummary failedFilesSummary = (FailedFilesSummary)theEObject;
				T result = caseFailedFilesSummary(failedFilesSummary);
				if (result == null) result = caseLocated(failedFilesSummary);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.FAILED_FILES_LIST: {
				FailedFilesList failedFilesList = (FailedFilesList)theEObject;
				T result = caseFailedFilesList(failedFilesList);
				if (result == null) result = caseLocated(failedFilesList);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.ERROR_CODE_COUNT: {
				ErrorCodeCount errorCodeCount = (ErrorCodeCount)theEObject;
				T result = caseErrorCodeCount(errorCodeCount);
				if (result == null) result = caseLocated(errorCodeCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.FOLDER_COUNT: {
				FolderCount folderCount = (FolderCount)theEObject;
				T result = caseFolderCount(folderCount);
				if (result == null) result = caseLocated(folderCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.LOG_SUMMARY: {
				LogSummary logSummary = (LogSummary)theEObject;
				T result = caseLogSummary(logSummary);
				if (result == null) result = caseLocated(logSummary);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.LOG_FILE: {
				LogFile logFile = (LogFile)theEObject;
				T result = caseLogFile(logFile);
				if (result == null) result = caseLocated(logFile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.LOG_HIT: {
				LogHit logHit = (LogHit)theEObject;
				T result = caseLogHit(logHit);
				if (result == null) result = caseLocated(logHit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.EVENT_RECORD: {
				EventRecord eventRecord = (EventRecord)theEObject;
				T result = caseEventRecord(eventRecord);
				if (result == null) result = caseLocated(eventRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.ANTIVIRUS_SETTINGS: {
				AntivirusSettings antivirusSettings = (AntivirusSettings)theEObject;
				T result = caseAntivirusSettings(antivirusSettings);
				if (result == null) result = caseLocated(antivirusSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.PNP_DEVICE: {
				PnpDevice pnpDevice = (PnpDevice)theEObject;
				T result = casePnpDevice(pnpDevice);
				if (result == null) result = caseLocated(pnpDevice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.CERTIFICATE: {
				Certificate certificate = (Certificate)theEObject;
				T result = caseCertificate(certificate);
				if (result == null) result = caseLocated(certificate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ServerPackage.VAULT_CREDENTIALS: {
				VaultCredentials vaultCredentials = (VaultCredentials)theEObject;
				T result = caseVaultCredentials(vaultCredentials);
				if (result == null) result = caseLocated(vaultCredentials);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Origin</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Origin</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrigin(Origin object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Located</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Located</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLocated(Located object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Server</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Server</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServer(Server object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Artifact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Artifact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArtifact(Artifact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Operating System</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Operating System</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOperatingSystem(OperatingSystem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hotfix</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hotfix</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHotfix(Hotfix object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dot Net Framework</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dot Net Framework</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDotNetFramework(DotNetFramework object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tls Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tls Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTlsSettings(TlsSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Schannel Protocol</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Schannel Protocol</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSchannelProtocol(SchannelProtocol object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Power Shell Info</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Power Shell Info</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePowerShellInfo(PowerShellInfo object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Execution Policy Setting</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Execution Policy Setting</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExecutionPolicySetting(ExecutionPolicySetting object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Time Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Time Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTimeSettings(TimeSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseService(Service object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Volume</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Volume</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVolume(Volume object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Shadow Storage</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Shadow Storage</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseShadowStorage(ShadowStorage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Network Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Network Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetworkSettings(NetworkSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Win Http Proxy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Win Http Proxy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWinHttpProxy(WinHttpProxy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Internet Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Internet Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInternetSettings(InternetSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Agent Proxy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Agent Proxy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAgentProxy(AgentProxy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Endpoint Probe</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Endpoint Probe</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEndpointProbe(EndpointProbe object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Agent</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Agent</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAgent(Agent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Registration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Registration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegistration(Registration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cache Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cache Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCacheSettings(CacheSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scheduled Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scheduled Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScheduledTask(ScheduledTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Task Trigger</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Task Trigger</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTaskTrigger(TaskTrigger object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Task Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Task Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTaskAction(TaskAction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Module File</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Module File</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseModuleFile(ModuleFile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Backup Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Backup Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBackupPolicy(BackupPolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>File Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>File Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFileSpec(FileSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Job</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Job</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJob(Job object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Failed Files Summary</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Failed Files Summary</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFailedFilesSummary(FailedFilesSummary object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Failed Files List</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Failed Files List</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFailedFilesList(FailedFilesList object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Error Code Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Error Code Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseErrorCodeCount(ErrorCodeCount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Folder Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Folder Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFolderCount(FolderCount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Log Summary</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Log Summary</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLogSummary(LogSummary object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Log File</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Log File</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLogFile(LogFile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Log Hit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Log Hit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLogHit(LogHit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Event Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Event Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEventRecord(EventRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Antivirus Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Antivirus Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAntivirusSettings(AntivirusSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pnp Device</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pnp Device</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePnpDevice(PnpDevice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Certificate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Certificate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCertificate(Certificate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Vault Credentials</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Vault Credentials</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVaultCredentials(VaultCredentials object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ServerSwitch
