/**
 */
package marswb.model.server.impl;

import marswb.model.diagnosis.DiagnosisPackage;

import marswb.model.diagnosis.impl.DiagnosisPackageImpl;

import marswb.model.server.Agent;
import marswb.model.server.AgentProxy;
import marswb.model.server.AntivirusSettings;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.BackupPolicy;
import marswb.model.server.CacheSettings;
import marswb.model.server.Certificate;
import marswb.model.server.DotNetFramework;
import marswb.model.server.EndpointProbe;
import marswb.model.server.ErrorCodeCount;
import marswb.model.server.EventRecord;
import marswb.model.server.ExecutionPolicySetting;
import marswb.model.server.FailedFilesList;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.FileSpec;
import marswb.model.server.FolderCount;
import marswb.model.server.Hotfix;
import marswb.model.server.InternetSettings;
import marswb.model.server.Job;
import marswb.model.server.Located;
import marswb.model.server.LogFile;
import marswb.model.server.LogHit;
import marswb.model.server.LogSummary;
import marswb.model.server.ModuleFile;
import marswb.model.server.NetworkSettings;
import marswb.model.server.OperatingSystem;
import marswb.model.server.Origin;
import marswb.model.server.PnpDevice;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.Registration;
import marswb.model.server.SchannelProtocol;
import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage;
import marswb.model.server.Service;
import marswb.model.server.ShadowStorage;
import marswb.model.server.TaskAction;
import marswb.model.server.TaskTrigger;
import marswb.model.server.TimeSettings;
import marswb.model.server.TlsSettings;
import marswb.model.server.VaultCredentials;
import marswb.model.server.Volume;
import marswb.model.server.WinHttpProxy;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ServerPackageImpl extends EPackageImpl implements ServerPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass originEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass locatedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass artifactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass operatingSystemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hotfixEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dotNetFrameworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tlsSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass schannelProtocolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass powerShellInfoEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass executionPolicySettingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timeSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shadowStorageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass winHttpProxyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass internetSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agentProxyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointProbeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass registrationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cacheSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduledTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskTriggerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass moduleFileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backupPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fileSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jobEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass failedFilesSummaryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass failedFilesListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass errorCodeCountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass folderCountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass logSummaryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass logFileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass logHitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eventRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass antivirusSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pnpDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass certificateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vaultCredentialsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum artifactStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see marswb.model.server.ServerPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ServerPackageImpl() {
		super(eNS_URI, ServerFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ServerPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ServerPackage init() {
		if (isInited) return (ServerPackage)EPackage.Registry.INSTANCE.getEPackage(ServerPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredServerPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ServerPackageImpl theServerPackage = registeredServerPackage instanceof ServerPackageImpl ? (ServerPackageImpl)registeredServerPackage : new ServerPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DiagnosisPackage.eNS_URI);
		DiagnosisPackageImpl theDiagnosisPackage = (DiagnosisPackageImpl)(registeredPackage instanceof DiagnosisPackageImpl ? registeredPackage : DiagnosisPackage.eINSTANCE);

		// Create package meta-data objects
		theServerPackage.createPackageContents();
		theDiagnosisPackage.createPackageContents();

		// Initialize created meta-data
		theServerPackage.initializePackageContents();
		theDiagnosisPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theServerPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ServerPackage.eNS_URI, theServerPackage);
		return theServerPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrigin() {
		return originEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrigin_Feature() {
		return (EAttribute)originEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrigin_Index() {
		return (EAttribute)originEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrigin_Artifact() {
		return (EAttribute)originEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrigin_Line() {
		return (EAttribute)originEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrigin_Raw() {
		return (EAttribute)originEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocated() {
		return locatedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLocated_Origins() {
		return (EReference)locatedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServer() {
		return serverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServer_BundleName() {
		return (EAttribute)serverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServer_FormatVersion() {
		return (EAttribute)serverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServer_HostName() {
		return (EAttribute)serverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServer_CollectorName() {
		return (EAttribute)serverEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServer_CollectorVersion() {
		return (EAttribute)serverEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServer_CollectedAtUtc() {
		return (EAttribute)serverEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServer_CollectedAtLocal() {
		return (EAttribute)serverEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServer_LocalUtcOffsetMinutes() {
		return (EAttribute)serverEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServer_Inferred() {
		return (EAttribute)serverEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServer_WindowsTempTmpCount() {
		return (EAttribute)serverEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Artifacts() {
		return (EReference)serverEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_OperatingSystem() {
		return (EReference)serverEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Hotfixes() {
		return (EReference)serverEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_DotNet() {
		return (EReference)serverEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Tls() {
		return (EReference)serverEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_PowerShell() {
		return (EReference)serverEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Time() {
		return (EReference)serverEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Services() {
		return (EReference)serverEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Volumes() {
		return (EReference)serverEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_ShadowStorages() {
		return (EReference)serverEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Network() {
		return (EReference)serverEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Agent() {
		return (EReference)serverEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Cache() {
		return (EReference)serverEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Tasks() {
		return (EReference)serverEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_ModuleFiles() {
		return (EReference)serverEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Policy() {
		return (EReference)serverEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Jobs() {
		return (EReference)serverEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_FailedFiles() {
		return (EReference)serverEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Logs() {
		return (EReference)serverEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Events() {
		return (EReference)serverEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Antivirus() {
		return (EReference)serverEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_IscsiDevices() {
		return (EReference)serverEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Certificates() {
		return (EReference)serverEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_VaultCredentials() {
		return (EReference)serverEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServer_Extensions() {
		return (EReference)serverEClass.getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArtifact() {
		return artifactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_Path() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_Status() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_Message() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_KnownFormat() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_ManifestStatus() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_ManifestReason() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_Command() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_ExitCode() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_SizeBytes() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_Encoding() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_Parser() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_Source() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_Recognition() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOperatingSystem() {
		return operatingSystemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatingSystem_HostName() {
		return (EAttribute)operatingSystemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatingSystem_Name() {
		return (EAttribute)operatingSystemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatingSystem_Version() {
		return (EAttribute)operatingSystemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatingSystem_SystemType() {
		return (EAttribute)operatingSystemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatingSystem_OriginalInstallDate() {
		return (EAttribute)operatingSystemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatingSystem_SystemBootTime() {
		return (EAttribute)operatingSystemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatingSystem_TimeZone() {
		return (EAttribute)operatingSystemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatingSystem_Domain() {
		return (EAttribute)operatingSystemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHotfix() {
		return hotfixEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHotfix_HotFixId() {
		return (EAttribute)hotfixEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHotfix_Description() {
		return (EAttribute)hotfixEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHotfix_InstalledOnText() {
		return (EAttribute)hotfixEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHotfix_InstalledOn() {
		return (EAttribute)hotfixEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDotNetFramework() {
		return dotNetFrameworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDotNetFramework_Release() {
		return (EAttribute)dotNetFrameworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDotNetFramework_Version() {
		return (EAttribute)dotNetFrameworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTlsSettings() {
		return tlsSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTlsSettings_Protocols() {
		return (EReference)tlsSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTlsSettings_SchUseStrongCrypto() {
		return (EAttribute)tlsSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTlsSettings_SystemDefaultTlsVersions() {
		return (EAttribute)tlsSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSchannelProtocol() {
		return schannelProtocolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchannelProtocol_Protocol() {
		return (EAttribute)schannelProtocolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchannelProtocol_Side() {
		return (EAttribute)schannelProtocolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchannelProtocol_Enabled() {
		return (EAttribute)schannelProtocolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchannelProtocol_DisabledByDefault() {
		return (EAttribute)schannelProtocolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPowerShellInfo() {
		return powerShellInfoEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPowerShellInfo_Version() {
		return (EAttribute)powerShellInfoEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPowerShellInfo_Edition() {
		return (EAttribute)powerShellInfoEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPowerShellInfo_ClrVersion() {
		return (EAttribute)powerShellInfoEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerShellInfo_ExecutionPolicies() {
		return (EReference)powerShellInfoEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPowerShellInfo_MachinePSModulePath() {
		return (EAttribute)powerShellInfoEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExecutionPolicySetting() {
		return executionPolicySettingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExecutionPolicySetting_Scope() {
		return (EAttribute)executionPolicySettingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExecutionPolicySetting_Policy() {
		return (EAttribute)executionPolicySettingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimeSettings() {
		return timeSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeSettings_TimeZoneId() {
		return (EAttribute)timeSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getService() {
		return serviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_Name() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_DisplayName() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_State() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_StartMode() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_StartName() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_PathName() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolume() {
		return volumeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_DriveLetter() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_Label() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_FileSystem() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_DriveType() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_HealthStatus() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_OperationalStatus() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_Size() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_SizeRemaining() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_Path() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShadowStorage() {
		return shadowStorageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowStorage_ForVolume() {
		return (EAttribute)shadowStorageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowStorage_StorageVolume() {
		return (EAttribute)shadowStorageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowStorage_UsedBytes() {
		return (EAttribute)shadowStorageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowStorage_AllocatedBytes() {
		return (EAttribute)shadowStorageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowStorage_MaximumBytes() {
		return (EAttribute)shadowStorageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowStorage_MaximumUnbounded() {
		return (EAttribute)shadowStorageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowStorage_MaximumPercent() {
		return (EAttribute)shadowStorageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkSettings() {
		return networkSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkSettings_WinHttp() {
		return (EReference)networkSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkSettings_SystemInternet() {
		return (EReference)networkSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkSettings_AgentProxy() {
		return (EReference)networkSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkSettings_Probes() {
		return (EReference)networkSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWinHttpProxy() {
		return winHttpProxyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWinHttpProxy_DirectAccess() {
		return (EAttribute)winHttpProxyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWinHttpProxy_ProxyServer() {
		return (EAttribute)winHttpProxyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWinHttpProxy_BypassList() {
		return (EAttribute)winHttpProxyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInternetSettings() {
		return internetSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInternetSettings_ProxyEnable() {
		return (EAttribute)internetSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInternetSettings_ProxyServer() {
		return (EAttribute)internetSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInternetSettings_ProxyOverride() {
		return (EAttribute)internetSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInternetSettings_AutoConfigUrl() {
		return (EAttribute)internetSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgentProxy() {
		return agentProxyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgentProxy_Enabled() {
		return (EAttribute)agentProxyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgentProxy_ProxyServer() {
		return (EAttribute)agentProxyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgentProxy_ProxyPort() {
		return (EAttribute)agentProxyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgentProxy_UserName() {
		return (EAttribute)agentProxyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpointProbe() {
		return endpointProbeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointProbe_Target() {
		return (EAttribute)endpointProbeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointProbe_Port() {
		return (EAttribute)endpointProbeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointProbe_TcpTestSucceeded() {
		return (EAttribute)endpointProbeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointProbe_HttpStatus() {
		return (EAttribute)endpointProbeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointProbe_Error() {
		return (EAttribute)endpointProbeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgent() {
		return agentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgent_InstallPath() {
		return (EAttribute)agentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgent_Version() {
		return (EAttribute)agentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgent_Registration() {
		return (EReference)agentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgent_EncryptionKeyStatus() {
		return (EAttribute)agentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgent_MachineSettingEncryptionRaw() {
		return (EAttribute)agentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegistration() {
		return registrationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegistration_VaultName() {
		return (EAttribute)registrationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegistration_SubscriptionId() {
		return (EAttribute)registrationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegistration_ResourceGroupName() {
		return (EAttribute)registrationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegistration_MachineId() {
		return (EAttribute)registrationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegistration_ResourceId() {
		return (EAttribute)registrationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCacheSettings() {
		return cacheSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_ConfigScratchLocation() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_ProviderScratchLocation() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_FolderExists() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_FolderFullName() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_FolderAttributes() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_KekPresent() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_ListedEntries() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScheduledTask() {
		return scheduledTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledTask_Path() {
		return (EAttribute)scheduledTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledTask_Enabled() {
		return (EAttribute)scheduledTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledTask_MultipleInstancesPolicy() {
		return (EAttribute)scheduledTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledTask_PrincipalUserId() {
		return (EAttribute)scheduledTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledTask_PrincipalGroupId() {
		return (EAttribute)scheduledTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledTask_LogonType() {
		return (EAttribute)scheduledTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledTask_RunLevel() {
		return (EAttribute)scheduledTaskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledTask_Triggers() {
		return (EReference)scheduledTaskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledTask_Actions() {
		return (EReference)scheduledTaskEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTaskTrigger() {
		return taskTriggerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskTrigger_Kind() {
		return (EAttribute)taskTriggerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskTrigger_Enabled() {
		return (EAttribute)taskTriggerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskTrigger_StartBoundary() {
		return (EAttribute)taskTriggerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskTrigger_DaysOfWeek() {
		return (EAttribute)taskTriggerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTaskAction() {
		return taskActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskAction_Command() {
		return (EAttribute)taskActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskAction_Arguments() {
		return (EAttribute)taskActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModuleFile() {
		return moduleFileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModuleFile_Path() {
		return (EAttribute)moduleFileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModuleFile_Algorithm() {
		return (EAttribute)moduleFileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModuleFile_Hash() {
		return (EAttribute)moduleFileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackupPolicy() {
		return backupPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_PolicyName() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_ScheduleDays() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_ScheduleTimes() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_SystemStateProtected() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackupPolicy_FileSpecs() {
		return (EReference)backupPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFileSpec() {
		return fileSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileSpec_FileSpec() {
		return (EAttribute)fileSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileSpec_IsExclude() {
		return (EAttribute)fileSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileSpec_IsRecursive() {
		return (EAttribute)fileSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJob() {
		return jobEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_JobId() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_JobType() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_JobState() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_StartTime() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_EndTime() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_ErrorCode() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_ErrorMessage() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFailedFilesSummary() {
		return failedFilesSummaryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailedFilesSummary_TotalEntries() {
		return (EAttribute)failedFilesSummaryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFailedFilesSummary_Lists() {
		return (EReference)failedFilesSummaryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFailedFilesSummary_Codes() {
		return (EReference)failedFilesSummaryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFailedFilesSummary_TopFolders() {
		return (EReference)failedFilesSummaryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFailedFilesList() {
		return failedFilesListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailedFilesList_Artifact() {
		return (EAttribute)failedFilesListEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailedFilesList_Entries() {
		return (EAttribute)failedFilesListEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailedFilesList_HeaderSeen() {
		return (EAttribute)failedFilesListEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailedFilesList_MalformedLines() {
		return (EAttribute)failedFilesListEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailedFilesList_FileNameDate() {
		return (EAttribute)failedFilesListEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getErrorCodeCount() {
		return errorCodeCountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorCodeCount_Code() {
		return (EAttribute)errorCodeCountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorCodeCount_Count() {
		return (EAttribute)errorCodeCountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorCodeCount_FirstEntry() {
		return (EAttribute)errorCodeCountEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getErrorCodeCount_TopFolders() {
		return (EReference)errorCodeCountEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFolderCount() {
		return folderCountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFolderCount_Folder() {
		return (EAttribute)folderCountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFolderCount_Count() {
		return (EAttribute)folderCountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLogSummary() {
		return logSummaryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLogSummary_Files() {
		return (EReference)logSummaryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLogSummary_Hits() {
		return (EReference)logSummaryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLogSummary_IgnoredHits() {
		return (EReference)logSummaryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLogFile() {
		return logFileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogFile_Artifact() {
		return (EAttribute)logFileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogFile_Lines() {
		return (EAttribute)logFileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogFile_Warnings() {
		return (EAttribute)logFileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogFile_Errors() {
		return (EAttribute)logFileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogFile_Fatals() {
		return (EAttribute)logFileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogFile_Normals() {
		return (EAttribute)logFileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogFile_FirstTimestamp() {
		return (EAttribute)logFileEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogFile_LastTimestamp() {
		return (EAttribute)logFileEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogFile_MalformedLines() {
		return (EAttribute)logFileEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLogHit() {
		return logHitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogHit_Signature() {
		return (EAttribute)logHitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogHit_Count() {
		return (EAttribute)logHitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogHit_FirstText() {
		return (EAttribute)logHitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogHit_FirstTime() {
		return (EAttribute)logHitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogHit_LastTime() {
		return (EAttribute)logHitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEventRecord() {
		return eventRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventRecord_TimeCreated() {
		return (EAttribute)eventRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventRecord_EventId() {
		return (EAttribute)eventRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventRecord_Level() {
		return (EAttribute)eventRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventRecord_Message() {
		return (EAttribute)eventRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAntivirusSettings() {
		return antivirusSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAntivirusSettings_RealtimeMonitoringDisabled() {
		return (EAttribute)antivirusSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAntivirusSettings_ExclusionPaths() {
		return (EAttribute)antivirusSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAntivirusSettings_ExclusionProcesses() {
		return (EAttribute)antivirusSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAntivirusSettings_ExclusionExtensions() {
		return (EAttribute)antivirusSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPnpDevice() {
		return pnpDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPnpDevice_Status() {
		return (EAttribute)pnpDeviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPnpDevice_DeviceClass() {
		return (EAttribute)pnpDeviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPnpDevice_FriendlyName() {
		return (EAttribute)pnpDeviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPnpDevice_InstanceId() {
		return (EAttribute)pnpDeviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPnpDevice_Problem() {
		return (EAttribute)pnpDeviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCertificate() {
		return certificateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_Subject() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_FriendlyName() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_Thumbprint() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_NotBefore() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_NotAfter() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_HasPrivateKey() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVaultCredentials() {
		return vaultCredentialsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_FileName() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_FileNameDate() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_Version() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_SubscriptionId() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_ResourceType() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_ResourceName() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_ResourceId() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_ResourceGroup() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_Location() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_AadTenantId() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_ManagementCertPresent() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_CertSubject() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_CertNotBefore() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVaultCredentials_CertNotAfter() {
		return (EAttribute)vaultCredentialsEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArtifactStatus() {
		return artifactStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServerFactory getServerFactory() {
		return (ServerFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		originEClass = createEClass(ORIGIN);
		createEAttribute(originEClass, ORIGIN__FEATURE);
		createEAttribute(originEClass, ORIGIN__INDEX);
		createEAttribute(originEClass, ORIGIN__ARTIFACT);
		createEAttribute(originEClass, ORIGIN__LINE);
		createEAttribute(originEClass, ORIGIN__RAW);

		locatedEClass = createEClass(LOCATED);
		createEReference(locatedEClass, LOCATED__ORIGINS);

		serverEClass = createEClass(SERVER);
		createEAttribute(serverEClass, SERVER__BUNDLE_NAME);
		createEAttribute(serverEClass, SERVER__FORMAT_VERSION);
		createEAttribute(serverEClass, SERVER__HOST_NAME);
		createEAttribute(serverEClass, SERVER__COLLECTOR_NAME);
		createEAttribute(serverEClass, SERVER__COLLECTOR_VERSION);
		createEAttribute(serverEClass, SERVER__COLLECTED_AT_UTC);
		createEAttribute(serverEClass, SERVER__COLLECTED_AT_LOCAL);
		createEAttribute(serverEClass, SERVER__LOCAL_UTC_OFFSET_MINUTES);
		createEAttribute(serverEClass, SERVER__INFERRED);
		createEAttribute(serverEClass, SERVER__WINDOWS_TEMP_TMP_COUNT);
		createEReference(serverEClass, SERVER__ARTIFACTS);
		createEReference(serverEClass, SERVER__OPERATING_SYSTEM);
		createEReference(serverEClass, SERVER__HOTFIXES);
		createEReference(serverEClass, SERVER__DOT_NET);
		createEReference(serverEClass, SERVER__TLS);
		createEReference(serverEClass, SERVER__POWER_SHELL);
		createEReference(serverEClass, SERVER__TIME);
		createEReference(serverEClass, SERVER__SERVICES);
		createEReference(serverEClass, SERVER__VOLUMES);
		createEReference(serverEClass, SERVER__SHADOW_STORAGES);
		createEReference(serverEClass, SERVER__NETWORK);
		createEReference(serverEClass, SERVER__AGENT);
		createEReference(serverEClass, SERVER__CACHE);
		createEReference(serverEClass, SERVER__TASKS);
		createEReference(serverEClass, SERVER__MODULE_FILES);
		createEReference(serverEClass, SERVER__POLICY);
		createEReference(serverEClass, SERVER__JOBS);
		createEReference(serverEClass, SERVER__FAILED_FILES);
		createEReference(serverEClass, SERVER__LOGS);
		createEReference(serverEClass, SERVER__EVENTS);
		createEReference(serverEClass, SERVER__ANTIVIRUS);
		createEReference(serverEClass, SERVER__ISCSI_DEVICES);
		createEReference(serverEClass, SERVER__CERTIFICATES);
		createEReference(serverEClass, SERVER__VAULT_CREDENTIALS);
		createEReference(serverEClass, SERVER__EXTENSIONS);

		artifactEClass = createEClass(ARTIFACT);
		createEAttribute(artifactEClass, ARTIFACT__PATH);
		createEAttribute(artifactEClass, ARTIFACT__STATUS);
		createEAttribute(artifactEClass, ARTIFACT__MESSAGE);
		createEAttribute(artifactEClass, ARTIFACT__KNOWN_FORMAT);
		createEAttribute(artifactEClass, ARTIFACT__MANIFEST_STATUS);
		createEAttribute(artifactEClass, ARTIFACT__MANIFEST_REASON);
		createEAttribute(artifactEClass, ARTIFACT__COMMAND);
		createEAttribute(artifactEClass, ARTIFACT__EXIT_CODE);
		createEAttribute(artifactEClass, ARTIFACT__SIZE_BYTES);
		createEAttribute(artifactEClass, ARTIFACT__ENCODING);
		createEAttribute(artifactEClass, ARTIFACT__PARSER);
		createEAttribute(artifactEClass, ARTIFACT__SOURCE);
		createEAttribute(artifactEClass, ARTIFACT__RECOGNITION);

		operatingSystemEClass = createEClass(OPERATING_SYSTEM);
		createEAttribute(operatingSystemEClass, OPERATING_SYSTEM__HOST_NAME);
		createEAttribute(operatingSystemEClass, OPERATING_SYSTEM__NAME);
		createEAttribute(operatingSystemEClass, OPERATING_SYSTEM__VERSION);
		createEAttribute(operatingSystemEClass, OPERATING_SYSTEM__SYSTEM_TYPE);
		createEAttribute(operatingSystemEClass, OPERATING_SYSTEM__ORIGINAL_INSTALL_DATE);
		createEAttribute(operatingSystemEClass, OPERATING_SYSTEM__SYSTEM_BOOT_TIME);
		createEAttribute(operatingSystemEClass, OPERATING_SYSTEM__TIME_ZONE);
		createEAttribute(operatingSystemEClass, OPERATING_SYSTEM__DOMAIN);

		hotfixEClass = createEClass(HOTFIX);
		createEAttribute(hotfixEClass, HOTFIX__HOT_FIX_ID);
		createEAttribute(hotfixEClass, HOTFIX__DESCRIPTION);
		createEAttribute(hotfixEClass, HOTFIX__INSTALLED_ON_TEXT);
		createEAttribute(hotfixEClass, HOTFIX__INSTALLED_ON);

		dotNetFrameworkEClass = createEClass(DOT_NET_FRAMEWORK);
		createEAttribute(dotNetFrameworkEClass, DOT_NET_FRAMEWORK__RELEASE);
		createEAttribute(dotNetFrameworkEClass, DOT_NET_FRAMEWORK__VERSION);

		tlsSettingsEClass = createEClass(TLS_SETTINGS);
		createEReference(tlsSettingsEClass, TLS_SETTINGS__PROTOCOLS);
		createEAttribute(tlsSettingsEClass, TLS_SETTINGS__SCH_USE_STRONG_CRYPTO);
		createEAttribute(tlsSettingsEClass, TLS_SETTINGS__SYSTEM_DEFAULT_TLS_VERSIONS);

		schannelProtocolEClass = createEClass(SCHANNEL_PROTOCOL);
		createEAttribute(schannelProtocolEClass, SCHANNEL_PROTOCOL__PROTOCOL);
		createEAttribute(schannelProtocolEClass, SCHANNEL_PROTOCOL__SIDE);
		createEAttribute(schannelProtocolEClass, SCHANNEL_PROTOCOL__ENABLED);
		createEAttribute(schannelProtocolEClass, SCHANNEL_PROTOCOL__DISABLED_BY_DEFAULT);

		powerShellInfoEClass = createEClass(POWER_SHELL_INFO);
		createEAttribute(powerShellInfoEClass, POWER_SHELL_INFO__VERSION);
		createEAttribute(powerShellInfoEClass, POWER_SHELL_INFO__EDITION);
		createEAttribute(powerShellInfoEClass, POWER_SHELL_INFO__CLR_VERSION);
		createEReference(powerShellInfoEClass, POWER_SHELL_INFO__EXECUTION_POLICIES);
		createEAttribute(powerShellInfoEClass, POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH);

		executionPolicySettingEClass = createEClass(EXECUTION_POLICY_SETTING);
		createEAttribute(executionPolicySettingEClass, EXECUTION_POLICY_SETTING__SCOPE);
		createEAttribute(executionPolicySettingEClass, EXECUTION_POLICY_SETTING__POLICY);

		timeSettingsEClass = createEClass(TIME_SETTINGS);
		createEAttribute(timeSettingsEClass, TIME_SETTINGS__TIME_ZONE_ID);

		serviceEClass = createEClass(SERVICE);
		createEAttribute(serviceEClass, SERVICE__NAME);
		createEAttribute(serviceEClass, SERVICE__DISPLAY_NAME);
		createEAttribute(serviceEClass, SERVICE__STATE);
		createEAttribute(serviceEClass, SERVICE__START_MODE);
		createEAttribute(serviceEClass, SERVICE__START_NAME);
		createEAttribute(serviceEClass, SERVICE__PATH_NAME);

		volumeEClass = createEClass(VOLUME);
		createEAttribute(volumeEClass, VOLUME__DRIVE_LETTER);
		createEAttribute(volumeEClass, VOLUME__LABEL);
		createEAttribute(volumeEClass, VOLUME__FILE_SYSTEM);
		createEAttribute(volumeEClass, VOLUME__DRIVE_TYPE);
		createEAttribute(volumeEClass, VOLUME__HEALTH_STATUS);
		createEAttribute(volumeEClass, VOLUME__OPERATIONAL_STATUS);
		createEAttribute(volumeEClass, VOLUME__SIZE);
		createEAttribute(volumeEClass, VOLUME__SIZE_REMAINING);
		createEAttribute(volumeEClass, VOLUME__PATH);

		shadowStorageEClass = createEClass(SHADOW_STORAGE);
		createEAttribute(shadowStorageEClass, SHADOW_STORAGE__FOR_VOLUME);
		createEAttribute(shadowStorageEClass, SHADOW_STORAGE__STORAGE_VOLUME);
		createEAttribute(shadowStorageEClass, SHADOW_STORAGE__USED_BYTES);
		createEAttribute(shadowStorageEClass, SHADOW_STORAGE__ALLOCATED_BYTES);
		createEAttribute(shadowStorageEClass, SHADOW_STORAGE__MAXIMUM_BYTES);
		createEAttribute(shadowStorageEClass, SHADOW_STORAGE__MAXIMUM_UNBOUNDED);
		createEAttribute(shadowStorageEClass, SHADOW_STORAGE__MAXIMUM_PERCENT);

		networkSettingsEClass = createEClass(NETWORK_SETTINGS);
		createEReference(networkSettingsEClass, NETWORK_SETTINGS__WIN_HTTP);
		createEReference(networkSettingsEClass, NETWORK_SETTINGS__SYSTEM_INTERNET);
		createEReference(networkSettingsEClass, NETWORK_SETTINGS__AGENT_PROXY);
		createEReference(networkSettingsEClass, NETWORK_SETTINGS__PROBES);

		winHttpProxyEClass = createEClass(WIN_HTTP_PROXY);
		createEAttribute(winHttpProxyEClass, WIN_HTTP_PROXY__DIRECT_ACCESS);
		createEAttribute(winHttpProxyEClass, WIN_HTTP_PROXY__PROXY_SERVER);
		createEAttribute(winHttpProxyEClass, WIN_HTTP_PROXY__BYPASS_LIST);

		internetSettingsEClass = createEClass(INTERNET_SETTINGS);
		createEAttribute(internetSettingsEClass, INTERNET_SETTINGS__PROXY_ENABLE);
		createEAttribute(internetSettingsEClass, INTERNET_SETTINGS__PROXY_SERVER);
		createEAttribute(internetSettingsEClass, INTERNET_SETTINGS__PROXY_OVERRIDE);
		createEAttribute(internetSettingsEClass, INTERNET_SETTINGS__AUTO_CONFIG_URL);

		agentProxyEClass = createEClass(AGENT_PROXY);
		createEAttribute(agentProxyEClass, AGENT_PROXY__ENABLED);
		createEAttribute(agentProxyEClass, AGENT_PROXY__PROXY_SERVER);
		createEAttribute(agentProxyEClass, AGENT_PROXY__PROXY_PORT);
		createEAttribute(agentProxyEClass, AGENT_PROXY__USER_NAME);

		endpointProbeEClass = createEClass(ENDPOINT_PROBE);
		createEAttribute(endpointProbeEClass, ENDPOINT_PROBE__TARGET);
		createEAttribute(endpointProbeEClass, ENDPOINT_PROBE__PORT);
		createEAttribute(endpointProbeEClass, ENDPOINT_PROBE__TCP_TEST_SUCCEEDED);
		createEAttribute(endpointProbeEClass, ENDPOINT_PROBE__HTTP_STATUS);
		createEAttribute(endpointProbeEClass, ENDPOINT_PROBE__ERROR);

		agentEClass = createEClass(AGENT);
		createEAttribute(agentEClass, AGENT__INSTALL_PATH);
		createEAttribute(agentEClass, AGENT__VERSION);
		createEReference(agentEClass, AGENT__REGISTRATION);
		createEAttribute(agentEClass, AGENT__ENCRYPTION_KEY_STATUS);
		createEAttribute(agentEClass, AGENT__MACHINE_SETTING_ENCRYPTION_RAW);

		registrationEClass = createEClass(REGISTRATION);
		createEAttribute(registrationEClass, REGISTRATION__VAULT_NAME);
		createEAttribute(registrationEClass, REGISTRATION__SUBSCRIPTION_ID);
		createEAttribute(registrationEClass, REGISTRATION__RESOURCE_GROUP_NAME);
		createEAttribute(registrationEClass, REGISTRATION__MACHINE_ID);
		createEAttribute(registrationEClass, REGISTRATION__RESOURCE_ID);

		cacheSettingsEClass = createEClass(CACHE_SETTINGS);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__FOLDER_EXISTS);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__FOLDER_FULL_NAME);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__FOLDER_ATTRIBUTES);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__KEK_PRESENT);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__LISTED_ENTRIES);

		scheduledTaskEClass = createEClass(SCHEDULED_TASK);
		createEAttribute(scheduledTaskEClass, SCHEDULED_TASK__PATH);
		createEAttribute(scheduledTaskEClass, SCHEDULED_TASK__ENABLED);
		createEAttribute(scheduledTaskEClass, SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY);
		createEAttribute(scheduledTaskEClass, SCHEDULED_TASK__PRINCIPAL_USER_ID);
		createEAttribute(scheduledTaskEClass, SCHEDULED_TASK__PRINCIPAL_GROUP_ID);
		createEAttribute(scheduledTaskEClass, SCHEDULED_TASK__LOGON_TYPE);
		createEAttribute(scheduledTaskEClass, SCHEDULED_TASK__RUN_LEVEL);
		createEReference(scheduledTaskEClass, SCHEDULED_TASK__TRIGGERS);
		createEReference(scheduledTaskEClass, SCHEDULED_TASK__ACTIONS);

		taskTriggerEClass = createEClass(TASK_TRIGGER);
		createEAttribute(taskTriggerEClass, TASK_TRIGGER__KIND);
		createEAttribute(taskTriggerEClass, TASK_TRIGGER__ENABLED);
		createEAttribute(taskTriggerEClass, TASK_TRIGGER__START_BOUNDARY);
		createEAttribute(taskTriggerEClass, TASK_TRIGGER__DAYS_OF_WEEK);

		taskActionEClass = createEClass(TASK_ACTION);
		createEAttribute(taskActionEClass, TASK_ACTION__COMMAND);
		createEAttribute(taskActionEClass, TASK_ACTION__ARGUMENTS);

		moduleFileEClass = createEClass(MODULE_FILE);
		createEAttribute(moduleFileEClass, MODULE_FILE__PATH);
		createEAttribute(moduleFileEClass, MODULE_FILE__ALGORITHM);
		createEAttribute(moduleFileEClass, MODULE_FILE__HASH);

		backupPolicyEClass = createEClass(BACKUP_POLICY);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__POLICY_NAME);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__SCHEDULE_DAYS);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__SCHEDULE_TIMES);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__SYSTEM_STATE_PROTECTED);
		createEReference(backupPolicyEClass, BACKUP_POLICY__FILE_SPECS);

		fileSpecEClass = createEClass(FILE_SPEC);
		createEAttribute(fileSpecEClass, FILE_SPEC__FILE_SPEC);
		createEAttribute(fileSpecEClass, FILE_SPEC__IS_EXCLUDE);
		createEAttribute(fileSpecEClass, FILE_SPEC__IS_RECURSIVE);

		jobEClass = createEClass(JOB);
		createEAttribute(jobEClass, JOB__JOB_ID);
		createEAttribute(jobEClass, JOB__JOB_TYPE);
		createEAttribute(jobEClass, JOB__JOB_STATE);
		createEAttribute(jobEClass, JOB__START_TIME);
		createEAttribute(jobEClass, JOB__END_TIME);
		createEAttribute(jobEClass, JOB__ERROR_CODE);
		createEAttribute(jobEClass, JOB__ERROR_MESSAGE);

		failedFilesSummaryEClass = createEClass(FAILED_FILES_SUMMARY);
		createEAttribute(failedFilesSummaryEClass, FAILED_FILES_SUMMARY__TOTAL_ENTRIES);
		createEReference(failedFilesSummaryEClass, FAILED_FILES_SUMMARY__LISTS);
		createEReference(failedFilesSummaryEClass, FAILED_FILES_SUMMARY__CODES);
		createEReference(failedFilesSummaryEClass, FAILED_FILES_SUMMARY__TOP_FOLDERS);

		failedFilesListEClass = createEClass(FAILED_FILES_LIST);
		createEAttribute(failedFilesListEClass, FAILED_FILES_LIST__ARTIFACT);
		createEAttribute(failedFilesListEClass, FAILED_FILES_LIST__ENTRIES);
		createEAttribute(failedFilesListEClass, FAILED_FILES_LIST__HEADER_SEEN);
		createEAttribute(failedFilesListEClass, FAILED_FILES_LIST__MALFORMED_LINES);
		createEAttribute(failedFilesListEClass, FAILED_FILES_LIST__FILE_NAME_DATE);

		errorCodeCountEClass = createEClass(ERROR_CODE_COUNT);
		createEAttribute(errorCodeCountEClass, ERROR_CODE_COUNT__CODE);
		createEAttribute(errorCodeCountEClass, ERROR_CODE_COUNT__COUNT);
		createEAttribute(errorCodeCountEClass, ERROR_CODE_COUNT__FIRST_ENTRY);
		createEReference(errorCodeCountEClass, ERROR_CODE_COUNT__TOP_FOLDERS);

		folderCountEClass = createEClass(FOLDER_COUNT);
		createEAttribute(folderCountEClass, FOLDER_COUNT__FOLDER);
		createEAttribute(folderCountEClass, FOLDER_COUNT__COUNT);

		logSummaryEClass = createEClass(LOG_SUMMARY);
		createEReference(logSummaryEClass, LOG_SUMMARY__FILES);
		createEReference(logSummaryEClass, LOG_SUMMARY__HITS);
		createEReference(logSummaryEClass, LOG_SUMMARY__IGNORED_HITS);

		logFileEClass = createEClass(LOG_FILE);
		createEAttribute(logFileEClass, LOG_FILE__ARTIFACT);
		createEAttribute(logFileEClass, LOG_FILE__LINES);
		createEAttribute(logFileEClass, LOG_FILE__WARNINGS);
		createEAttribute(logFileEClass, LOG_FILE__ERRORS);
		createEAttribute(logFileEClass, LOG_FILE__FATALS);
		createEAttribute(logFileEClass, LOG_FILE__NORMALS);
		createEAttribute(logFileEClass, LOG_FILE__FIRST_TIMESTAMP);
		createEAttribute(logFileEClass, LOG_FILE__LAST_TIMESTAMP);
		createEAttribute(logFileEClass, LOG_FILE__MALFORMED_LINES);

		logHitEClass = createEClass(LOG_HIT);
		createEAttribute(logHitEClass, LOG_HIT__SIGNATURE);
		createEAttribute(logHitEClass, LOG_HIT__COUNT);
		createEAttribute(logHitEClass, LOG_HIT__FIRST_TEXT);
		createEAttribute(logHitEClass, LOG_HIT__FIRST_TIME);
		createEAttribute(logHitEClass, LOG_HIT__LAST_TIME);

		eventRecordEClass = createEClass(EVENT_RECORD);
		createEAttribute(eventRecordEClass, EVENT_RECORD__TIME_CREATED);
		createEAttribute(eventRecordEClass, EVENT_RECORD__EVENT_ID);
		createEAttribute(eventRecordEClass, EVENT_RECORD__LEVEL);
		createEAttribute(eventRecordEClass, EVENT_RECORD__MESSAGE);

		antivirusSettingsEClass = createEClass(ANTIVIRUS_SETTINGS);
		createEAttribute(antivirusSettingsEClass, ANTIVIRUS_SETTINGS__REALTIME_MONITORING_DISABLED);
		createEAttribute(antivirusSettingsEClass, ANTIVIRUS_SETTINGS__EXCLUSION_PATHS);
		createEAttribute(antivirusSettingsEClass, ANTIVIRUS_SETTINGS__EXCLUSION_PROCESSES);
		createEAttribute(antivirusSettingsEClass, ANTIVIRUS_SETTINGS__EXCLUSION_EXTENSIONS);

		pnpDeviceEClass = createEClass(PNP_DEVICE);
		createEAttribute(pnpDeviceEClass, PNP_DEVICE__STATUS);
		createEAttribute(pnpDeviceEClass, PNP_DEVICE__DEVICE_CLASS);
		createEAttribute(pnpDeviceEClass, PNP_DEVICE__FRIENDLY_NAME);
		createEAttribute(pnpDeviceEClass, PNP_DEVICE__INSTANCE_ID);
		createEAttribute(pnpDeviceEClass, PNP_DEVICE__PROBLEM);

		certificateEClass = createEClass(CERTIFICATE);
		createEAttribute(certificateEClass, CERTIFICATE__SUBJECT);
		createEAttribute(certificateEClass, CERTIFICATE__FRIENDLY_NAME);
		createEAttribute(certificateEClass, CERTIFICATE__THUMBPRINT);
		createEAttribute(certificateEClass, CERTIFICATE__NOT_BEFORE);
		createEAttribute(certificateEClass, CERTIFICATE__NOT_AFTER);
		createEAttribute(certificateEClass, CERTIFICATE__HAS_PRIVATE_KEY);

		vaultCredentialsEClass = createEClass(VAULT_CREDENTIALS);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__FILE_NAME);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__FILE_NAME_DATE);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__VERSION);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__SUBSCRIPTION_ID);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__RESOURCE_TYPE);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__RESOURCE_NAME);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__RESOURCE_ID);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__RESOURCE_GROUP);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__LOCATION);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__AAD_TENANT_ID);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__CERT_SUBJECT);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__CERT_NOT_BEFORE);
		createEAttribute(vaultCredentialsEClass, VAULT_CREDENTIALS__CERT_NOT_AFTER);

		// Create enums
		artifactStatusEEnum = createEEnum(ARTIFACT_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		serverEClass.getESuperTypes().add(this.getLocated());
		operatingSystemEClass.getESuperTypes().add(this.getLocated());
		hotfixEClass.getESuperTypes().add(this.getLocated());
		dotNetFrameworkEClass.getESuperTypes().add(this.getLocated());
		tlsSettingsEClass.getESuperTypes().add(this.getLocated());
		schannelProtocolEClass.getESuperTypes().add(this.getLocated());
		powerShellInfoEClass.getESuperTypes().add(this.getLocated());
		executionPolicySettingEClass.getESuperTypes().add(this.getLocated());
		timeSettingsEClass.getESuperTypes().add(this.getLocated());
		serviceEClass.getESuperTypes().add(this.getLocated());
		volumeEClass.getESuperTypes().add(this.getLocated());
		shadowStorageEClass.getESuperTypes().add(this.getLocated());
		networkSettingsEClass.getESuperTypes().add(this.getLocated());
		winHttpProxyEClass.getESuperTypes().add(this.getLocated());
		internetSettingsEClass.getESuperTypes().add(this.getLocated());
		agentProxyEClass.getESuperTypes().add(this.getLocated());
		endpointProbeEClass.getESuperTypes().add(this.getLocated());
		agentEClass.getESuperTypes().add(this.getLocated());
		registrationEClass.getESuperTypes().add(this.getLocated());
		cacheSettingsEClass.getESuperTypes().add(this.getLocated());
		scheduledTaskEClass.getESuperTypes().add(this.getLocated());
		taskTriggerEClass.getESuperTypes().add(this.getLocated());
		taskActionEClass.getESuperTypes().add(this.getLocated());
		moduleFileEClass.getESuperTypes().add(this.getLocated());
		backupPolicyEClass.getESuperTypes().add(this.getLocated());
		fileSpecEClass.getESuperTypes().add(this.getLocated());
		jobEClass.getESuperTypes().add(this.getLocated());
		failedFilesSummaryEClass.getESuperTypes().add(this.getLocated());
		failedFilesListEClass.getESuperTypes().add(this.getLocated());
		errorCodeCountEClass.getESuperTypes().add(this.getLocated());
		folderCountEClass.getESuperTypes().add(this.getLocated());
		logSummaryEClass.getESuperTypes().add(this.getLocated());
		logFileEClass.getESuperTypes().add(this.getLocated());
		logHitEClass.getESuperTypes().add(this.getLocated());
		eventRecordEClass.getESuperTypes().add(this.getLocated());
		antivirusSettingsEClass.getESuperTypes().add(this.getLocated());
		pnpDeviceEClass.getESuperTypes().add(this.getLocated());
		certificateEClass.getESuperTypes().add(this.getLocated());
		vaultCredentialsEClass.getESuperTypes().add(this.getLocated());

		// Initialize classes, features, and operations; add parameters
		initEClass(originEClass, Origin.class, "Origin", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrigin_Feature(), ecorePackage.getEString(), "feature", null, 0, 1, Origin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrigin_Index(), ecorePackage.getEInt(), "index", "-1", 0, 1, Origin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrigin_Artifact(), ecorePackage.getEString(), "artifact", null, 0, 1, Origin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrigin_Line(), ecorePackage.getEInt(), "line", null, 0, 1, Origin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrigin_Raw(), ecorePackage.getEString(), "raw", null, 0, 1, Origin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(locatedEClass, Located.class, "Located", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLocated_Origins(), this.getOrigin(), null, "origins", null, 0, -1, Located.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serverEClass, Server.class, "Server", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServer_BundleName(), ecorePackage.getEString(), "bundleName", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServer_FormatVersion(), ecorePackage.getEString(), "formatVersion", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServer_HostName(), ecorePackage.getEString(), "hostName", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServer_CollectorName(), ecorePackage.getEString(), "collectorName", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServer_CollectorVersion(), ecorePackage.getEString(), "collectorVersion", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServer_CollectedAtUtc(), ecorePackage.getEDate(), "collectedAtUtc", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServer_CollectedAtLocal(), ecorePackage.getEString(), "collectedAtLocal", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServer_LocalUtcOffsetMinutes(), ecorePackage.getEIntegerObject(), "localUtcOffsetMinutes", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServer_Inferred(), ecorePackage.getEString(), "inferred", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServer_WindowsTempTmpCount(), ecorePackage.getELongObject(), "windowsTempTmpCount", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Artifacts(), this.getArtifact(), null, "artifacts", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_OperatingSystem(), this.getOperatingSystem(), null, "operatingSystem", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Hotfixes(), this.getHotfix(), null, "hotfixes", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_DotNet(), this.getDotNetFramework(), null, "dotNet", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Tls(), this.getTlsSettings(), null, "tls", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_PowerShell(), this.getPowerShellInfo(), null, "powerShell", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Time(), this.getTimeSettings(), null, "time", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Services(), this.getService(), null, "services", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Volumes(), this.getVolume(), null, "volumes", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_ShadowStorages(), this.getShadowStorage(), null, "shadowStorages", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Network(), this.getNetworkSettings(), null, "network", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Agent(), this.getAgent(), null, "agent", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Cache(), this.getCacheSettings(), null, "cache", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Tasks(), this.getScheduledTask(), null, "tasks", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_ModuleFiles(), this.getModuleFile(), null, "moduleFiles", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Policy(), this.getBackupPolicy(), null, "policy", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Jobs(), this.getJob(), null, "jobs", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_FailedFiles(), this.getFailedFilesSummary(), null, "failedFiles", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Logs(), this.getLogSummary(), null, "logs", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Events(), this.getEventRecord(), null, "events", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Antivirus(), this.getAntivirusSettings(), null, "antivirus", null, 0, 1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_IscsiDevices(), this.getPnpDevice(), null, "iscsiDevices", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Certificates(), this.getCertificate(), null, "certificates", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_VaultCredentials(), this.getVaultCredentials(), null, "vaultCredentials", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServer_Extensions(), ecorePackage.getEObject(), null, "extensions", null, 0, -1, Server.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(artifactEClass, Artifact.class, "Artifact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArtifact_Path(), ecorePackage.getEString(), "path", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_Status(), this.getArtifactStatus(), "status", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_Message(), ecorePackage.getEString(), "message", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_KnownFormat(), ecorePackage.getEBoolean(), "knownFormat", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_ManifestStatus(), ecorePackage.getEString(), "manifestStatus", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_ManifestReason(), ecorePackage.getEString(), "manifestReason", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_Command(), ecorePackage.getEString(), "command", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_ExitCode(), ecorePackage.getEIntegerObject(), "exitCode", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_SizeBytes(), ecorePackage.getELongObject(), "sizeBytes", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_Encoding(), ecorePackage.getEString(), "encoding", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_Parser(), ecorePackage.getEString(), "parser", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_Source(), ecorePackage.getEString(), "source", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_Recognition(), ecorePackage.getEString(), "recognition", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(operatingSystemEClass, OperatingSystem.class, "OperatingSystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOperatingSystem_HostName(), ecorePackage.getEString(), "hostName", null, 0, 1, OperatingSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperatingSystem_Name(), ecorePackage.getEString(), "name", null, 0, 1, OperatingSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperatingSystem_Version(), ecorePackage.getEString(), "version", null, 0, 1, OperatingSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperatingSystem_SystemType(), ecorePackage.getEString(), "systemType", null, 0, 1, OperatingSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperatingSystem_OriginalInstallDate(), ecorePackage.getEString(), "originalInstallDate", null, 0, 1, OperatingSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperatingSystem_SystemBootTime(), ecorePackage.getEString(), "systemBootTime", null, 0, 1, OperatingSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperatingSystem_TimeZone(), ecorePackage.getEString(), "timeZone", null, 0, 1, OperatingSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperatingSystem_Domain(), ecorePackage.getEString(), "domain", null, 0, 1, OperatingSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hotfixEClass, Hotfix.class, "Hotfix", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHotfix_HotFixId(), ecorePackage.getEString(), "hotFixId", null, 0, 1, Hotfix.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHotfix_Description(), ecorePackage.getEString(), "description", null, 0, 1, Hotfix.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHotfix_InstalledOnText(), ecorePackage.getEString(), "installedOnText", null, 0, 1, Hotfix.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHotfix_InstalledOn(), ecorePackage.getEDate(), "installedOn", null, 0, 1, Hotfix.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dotNetFrameworkEClass, DotNetFramework.class, "DotNetFramework", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDotNetFramework_Release(), ecorePackage.getEIntegerObject(), "release", null, 0, 1, DotNetFramework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDotNetFramework_Version(), ecorePackage.getEString(), "version", null, 0, 1, DotNetFramework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tlsSettingsEClass, TlsSettings.class, "TlsSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTlsSettings_Protocols(), this.getSchannelProtocol(), null, "protocols", null, 0, -1, TlsSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTlsSettings_SchUseStrongCrypto(), ecorePackage.getEIntegerObject(), "schUseStrongCrypto", null, 0, 1, TlsSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTlsSettings_SystemDefaultTlsVersions(), ecorePackage.getEIntegerObject(), "systemDefaultTlsVersions", null, 0, 1, TlsSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(schannelProtocolEClass, SchannelProtocol.class, "SchannelProtocol", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSchannelProtocol_Protocol(), ecorePackage.getEString(), "protocol", null, 0, 1, SchannelProtocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchannelProtocol_Side(), ecorePackage.getEString(), "side", null, 0, 1, SchannelProtocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchannelProtocol_Enabled(), ecorePackage.getEIntegerObject(), "enabled", null, 0, 1, SchannelProtocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchannelProtocol_DisabledByDefault(), ecorePackage.getEIntegerObject(), "disabledByDefault", null, 0, 1, SchannelProtocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(powerShellInfoEClass, PowerShellInfo.class, "PowerShellInfo", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPowerShellInfo_Version(), ecorePackage.getEString(), "version", null, 0, 1, PowerShellInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPowerShellInfo_Edition(), ecorePackage.getEString(), "edition", null, 0, 1, PowerShellInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPowerShellInfo_ClrVersion(), ecorePackage.getEString(), "clrVersion", null, 0, 1, PowerShellInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerShellInfo_ExecutionPolicies(), this.getExecutionPolicySetting(), null, "executionPolicies", null, 0, -1, PowerShellInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPowerShellInfo_MachinePSModulePath(), ecorePackage.getEString(), "machinePSModulePath", null, 0, 1, PowerShellInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(executionPolicySettingEClass, ExecutionPolicySetting.class, "ExecutionPolicySetting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExecutionPolicySetting_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, ExecutionPolicySetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExecutionPolicySetting_Policy(), ecorePackage.getEString(), "policy", null, 0, 1, ExecutionPolicySetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(timeSettingsEClass, TimeSettings.class, "TimeSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTimeSettings_TimeZoneId(), ecorePackage.getEString(), "timeZoneId", null, 0, 1, TimeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceEClass, Service.class, "Service", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getService_Name(), ecorePackage.getEString(), "name", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_State(), ecorePackage.getEString(), "state", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_StartMode(), ecorePackage.getEString(), "startMode", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_StartName(), ecorePackage.getEString(), "startName", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_PathName(), ecorePackage.getEString(), "pathName", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(volumeEClass, Volume.class, "Volume", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVolume_DriveLetter(), ecorePackage.getEString(), "driveLetter", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolume_Label(), ecorePackage.getEString(), "label", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolume_FileSystem(), ecorePackage.getEString(), "fileSystem", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolume_DriveType(), ecorePackage.getEString(), "driveType", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolume_HealthStatus(), ecorePackage.getEString(), "healthStatus", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolume_OperationalStatus(), ecorePackage.getEString(), "operationalStatus", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolume_Size(), ecorePackage.getELongObject(), "size", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolume_SizeRemaining(), ecorePackage.getELongObject(), "sizeRemaining", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolume_Path(), ecorePackage.getEString(), "path", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shadowStorageEClass, ShadowStorage.class, "ShadowStorage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShadowStorage_ForVolume(), ecorePackage.getEString(), "forVolume", null, 0, 1, ShadowStorage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShadowStorage_StorageVolume(), ecorePackage.getEString(), "storageVolume", null, 0, 1, ShadowStorage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShadowStorage_UsedBytes(), ecorePackage.getELongObject(), "usedBytes", null, 0, 1, ShadowStorage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShadowStorage_AllocatedBytes(), ecorePackage.getELongObject(), "allocatedBytes", null, 0, 1, ShadowStorage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShadowStorage_MaximumBytes(), ecorePackage.getELongObject(), "maximumBytes", null, 0, 1, ShadowStorage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShadowStorage_MaximumUnbounded(), ecorePackage.getEBoolean(), "maximumUnbounded", null, 0, 1, ShadowStorage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShadowStorage_MaximumPercent(), ecorePackage.getEIntegerObject(), "maximumPercent", null, 0, 1, ShadowStorage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkSettingsEClass, NetworkSettings.class, "NetworkSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNetworkSettings_WinHttp(), this.getWinHttpProxy(), null, "winHttp", null, 0, 1, NetworkSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetworkSettings_SystemInternet(), this.getInternetSettings(), null, "systemInternet", null, 0, 1, NetworkSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetworkSettings_AgentProxy(), this.getAgentProxy(), null, "agentProxy", null, 0, 1, NetworkSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetworkSettings_Probes(), this.getEndpointProbe(), null, "probes", null, 0, -1, NetworkSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(winHttpProxyEClass, WinHttpProxy.class, "WinHttpProxy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWinHttpProxy_DirectAccess(), ecorePackage.getEBooleanObject(), "directAccess", null, 0, 1, WinHttpProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWinHttpProxy_ProxyServer(), ecorePackage.getEString(), "proxyServer", null, 0, 1, WinHttpProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWinHttpProxy_BypassList(), ecorePackage.getEString(), "bypassList", null, 0, 1, WinHttpProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(internetSettingsEClass, InternetSettings.class, "InternetSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInternetSettings_ProxyEnable(), ecorePackage.getEIntegerObject(), "proxyEnable", null, 0, 1, InternetSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInternetSettings_ProxyServer(), ecorePackage.getEString(), "proxyServer", null, 0, 1, InternetSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInternetSettings_ProxyOverride(), ecorePackage.getEString(), "proxyOverride", null, 0, 1, InternetSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInternetSettings_AutoConfigUrl(), ecorePackage.getEString(), "autoConfigUrl", null, 0, 1, InternetSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(agentProxyEClass, AgentProxy.class, "AgentProxy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgentProxy_Enabled(), ecorePackage.getEBooleanObject(), "enabled", null, 0, 1, AgentProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgentProxy_ProxyServer(), ecorePackage.getEString(), "proxyServer", null, 0, 1, AgentProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgentProxy_ProxyPort(), ecorePackage.getEIntegerObject(), "proxyPort", null, 0, 1, AgentProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgentProxy_UserName(), ecorePackage.getEString(), "userName", null, 0, 1, AgentProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(endpointProbeEClass, EndpointProbe.class, "EndpointProbe", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEndpointProbe_Target(), ecorePackage.getEString(), "target", null, 0, 1, EndpointProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpointProbe_Port(), ecorePackage.getEIntegerObject(), "port", null, 0, 1, EndpointProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpointProbe_TcpTestSucceeded(), ecorePackage.getEBooleanObject(), "tcpTestSucceeded", null, 0, 1, EndpointProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpointProbe_HttpStatus(), ecorePackage.getEIntegerObject(), "httpStatus", null, 0, 1, EndpointProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpointProbe_Error(), ecorePackage.getEString(), "error", null, 0, 1, EndpointProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(agentEClass, Agent.class, "Agent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgent_InstallPath(), ecorePackage.getEString(), "installPath", null, 0, 1, Agent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgent_Version(), ecorePackage.getEString(), "version", null, 0, 1, Agent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAgent_Registration(), this.getRegistration(), null, "registration", null, 0, 1, Agent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgent_EncryptionKeyStatus(), ecorePackage.getEString(), "encryptionKeyStatus", null, 0, 1, Agent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgent_MachineSettingEncryptionRaw(), ecorePackage.getEString(), "machineSettingEncryptionRaw", null, 0, 1, Agent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(registrationEClass, Registration.class, "Registration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegistration_VaultName(), ecorePackage.getEString(), "vaultName", null, 0, 1, Registration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegistration_SubscriptionId(), ecorePackage.getEString(), "subscriptionId", null, 0, 1, Registration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegistration_ResourceGroupName(), ecorePackage.getEString(), "resourceGroupName", null, 0, 1, Registration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegistration_MachineId(), ecorePackage.getEString(), "machineId", null, 0, 1, Registration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegistration_ResourceId(), ecorePackage.getEString(), "resourceId", null, 0, 1, Registration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cacheSettingsEClass, CacheSettings.class, "CacheSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCacheSettings_ConfigScratchLocation(), ecorePackage.getEString(), "configScratchLocation", null, 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCacheSettings_ProviderScratchLocation(), ecorePackage.getEString(), "providerScratchLocation", null, 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCacheSettings_FolderExists(), ecorePackage.getEBooleanObject(), "folderExists", null, 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCacheSettings_FolderFullName(), ecorePackage.getEString(), "folderFullName", null, 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCacheSettings_FolderAttributes(), ecorePackage.getEString(), "folderAttributes", null, 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCacheSettings_KekPresent(), ecorePackage.getEBooleanObject(), "kekPresent", null, 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCacheSettings_ListedEntries(), ecorePackage.getEIntegerObject(), "listedEntries", null, 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduledTaskEClass, ScheduledTask.class, "ScheduledTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScheduledTask_Path(), ecorePackage.getEString(), "path", null, 0, 1, ScheduledTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledTask_Enabled(), ecorePackage.getEBooleanObject(), "enabled", null, 0, 1, ScheduledTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledTask_MultipleInstancesPolicy(), ecorePackage.getEString(), "multipleInstancesPolicy", null, 0, 1, ScheduledTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledTask_PrincipalUserId(), ecorePackage.getEString(), "principalUserId", null, 0, 1, ScheduledTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledTask_PrincipalGroupId(), ecorePackage.getEString(), "principalGroupId", null, 0, 1, ScheduledTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledTask_LogonType(), ecorePackage.getEString(), "logonType", null, 0, 1, ScheduledTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledTask_RunLevel(), ecorePackage.getEString(), "runLevel", null, 0, 1, ScheduledTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScheduledTask_Triggers(), this.getTaskTrigger(), null, "triggers", null, 0, -1, ScheduledTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScheduledTask_Actions(), this.getTaskAction(), null, "actions", null, 0, -1, ScheduledTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskTriggerEClass, TaskTrigger.class, "TaskTrigger", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTaskTrigger_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, TaskTrigger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskTrigger_Enabled(), ecorePackage.getEBooleanObject(), "enabled", null, 0, 1, TaskTrigger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskTrigger_StartBoundary(), ecorePackage.getEString(), "startBoundary", null, 0, 1, TaskTrigger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskTrigger_DaysOfWeek(), ecorePackage.getEString(), "daysOfWeek", null, 0, -1, TaskTrigger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskActionEClass, TaskAction.class, "TaskAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTaskAction_Command(), ecorePackage.getEString(), "command", null, 0, 1, TaskAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskAction_Arguments(), ecorePackage.getEString(), "arguments", null, 0, 1, TaskAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(moduleFileEClass, ModuleFile.class, "ModuleFile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModuleFile_Path(), ecorePackage.getEString(), "path", null, 0, 1, ModuleFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModuleFile_Algorithm(), ecorePackage.getEString(), "algorithm", null, 0, 1, ModuleFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModuleFile_Hash(), ecorePackage.getEString(), "hash", null, 0, 1, ModuleFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(backupPolicyEClass, BackupPolicy.class, "BackupPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBackupPolicy_PolicyName(), ecorePackage.getEString(), "policyName", null, 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_ScheduleDays(), ecorePackage.getEString(), "scheduleDays", null, 0, -1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_ScheduleTimes(), ecorePackage.getEString(), "scheduleTimes", null, 0, -1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_SystemStateProtected(), ecorePackage.getEBooleanObject(), "systemStateProtected", null, 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBackupPolicy_FileSpecs(), this.getFileSpec(), null, "fileSpecs", null, 0, -1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fileSpecEClass, FileSpec.class, "FileSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFileSpec_FileSpec(), ecorePackage.getEString(), "fileSpec", null, 0, 1, FileSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileSpec_IsExclude(), ecorePackage.getEBooleanObject(), "isExclude", null, 0, 1, FileSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileSpec_IsRecursive(), ecorePackage.getEBooleanObject(), "isRecursive", null, 0, 1, FileSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(jobEClass, Job.class, "Job", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJob_JobId(), ecorePackage.getEString(), "jobId", null, 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_JobType(), ecorePackage.getEString(), "jobType", null, 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_JobState(), ecorePackage.getEString(), "jobState", null, 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_StartTime(), ecorePackage.getEDate(), "startTime", null, 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_EndTime(), ecorePackage.getEDate(), "endTime", null, 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_ErrorCode(), ecorePackage.getEString(), "errorCode", null, 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_ErrorMessage(), ecorePackage.getEString(), "errorMessage", null, 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(failedFilesSummaryEClass, FailedFilesSummary.class, "FailedFilesSummary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFailedFilesSummary_TotalEntries(), ecorePackage.getELong(), "totalEntries", null, 0, 1, FailedFilesSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFailedFilesSummary_Lists(), this.getFailedFilesList(), null, "lists", null, 0, -1, FailedFilesSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFailedFilesSummary_Codes(), this.getErrorCodeCount(), null, "codes", null, 0, -1, FailedFilesSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFailedFilesSummary_TopFolders(), this.getFolderCount(), null, "topFolders", null, 0, -1, FailedFilesSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(failedFilesListEClass, FailedFilesList.class, "FailedFilesList", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFailedFilesList_Artifact(), ecorePackage.getEString(), "artifact", null, 0, 1, FailedFilesList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailedFilesList_Entries(), ecorePackage.getELong(), "entries", null, 0, 1, FailedFilesList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailedFilesList_HeaderSeen(), ecorePackage.getEBoolean(), "headerSeen", null, 0, 1, FailedFilesList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailedFilesList_MalformedLines(), ecorePackage.getELong(), "malformedLines", null, 0, 1, FailedFilesList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailedFilesList_FileNameDate(), ecorePackage.getEDate(), "fileNameDate", null, 0, 1, FailedFilesList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(errorCodeCountEClass, ErrorCodeCount.class, "ErrorCodeCount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getErrorCodeCount_Code(), ecorePackage.getEString(), "code", null, 0, 1, ErrorCodeCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorCodeCount_Count(), ecorePackage.getELong(), "count", null, 0, 1, ErrorCodeCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorCodeCount_FirstEntry(), ecorePackage.getEString(), "firstEntry", null, 0, 1, ErrorCodeCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getErrorCodeCount_TopFolders(), this.getFolderCount(), null, "topFolders", null, 0, -1, ErrorCodeCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(folderCountEClass, FolderCount.class, "FolderCount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFolderCount_Folder(), ecorePackage.getEString(), "folder", null, 0, 1, FolderCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFolderCount_Count(), ecorePackage.getELong(), "count", null, 0, 1, FolderCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(logSummaryEClass, LogSummary.class, "LogSummary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLogSummary_Files(), this.getLogFile(), null, "files", null, 0, -1, LogSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLogSummary_Hits(), this.getLogHit(), null, "hits", null, 0, -1, LogSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLogSummary_IgnoredHits(), this.getLogHit(), null, "ignoredHits", null, 0, -1, LogSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(logFileEClass, LogFile.class, "LogFile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLogFile_Artifact(), ecorePackage.getEString(), "artifact", null, 0, 1, LogFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogFile_Lines(), ecorePackage.getELong(), "lines", null, 0, 1, LogFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogFile_Warnings(), ecorePackage.getELong(), "warnings", null, 0, 1, LogFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogFile_Errors(), ecorePackage.getELong(), "errors", null, 0, 1, LogFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogFile_Fatals(), ecorePackage.getELong(), "fatals", null, 0, 1, LogFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogFile_Normals(), ecorePackage.getELong(), "normals", null, 0, 1, LogFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogFile_FirstTimestamp(), ecorePackage.getEDate(), "firstTimestamp", null, 0, 1, LogFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogFile_LastTimestamp(), ecorePackage.getEDate(), "lastTimestamp", null, 0, 1, LogFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogFile_MalformedLines(), ecorePackage.getELong(), "malformedLines", null, 0, 1, LogFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(logHitEClass, LogHit.class, "LogHit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLogHit_Signature(), ecorePackage.getEString(), "signature", null, 0, 1, LogHit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogHit_Count(), ecorePackage.getELong(), "count", null, 0, 1, LogHit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogHit_FirstText(), ecorePackage.getEString(), "firstText", null, 0, 1, LogHit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogHit_FirstTime(), ecorePackage.getEDate(), "firstTime", null, 0, 1, LogHit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogHit_LastTime(), ecorePackage.getEDate(), "lastTime", null, 0, 1, LogHit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(eventRecordEClass, EventRecord.class, "EventRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEventRecord_TimeCreated(), ecorePackage.getEDate(), "timeCreated", null, 0, 1, EventRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventRecord_EventId(), ecorePackage.getEIntegerObject(), "eventId", null, 0, 1, EventRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventRecord_Level(), ecorePackage.getEString(), "level", null, 0, 1, EventRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventRecord_Message(), ecorePackage.getEString(), "message", null, 0, 1, EventRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(antivirusSettingsEClass, AntivirusSettings.class, "AntivirusSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAntivirusSettings_RealtimeMonitoringDisabled(), ecorePackage.getEBooleanObject(), "realtimeMonitoringDisabled", null, 0, 1, AntivirusSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAntivirusSettings_ExclusionPaths(), ecorePackage.getEString(), "exclusionPaths", null, 0, -1, AntivirusSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAntivirusSettings_ExclusionProcesses(), ecorePackage.getEString(), "exclusionProcesses", null, 0, -1, AntivirusSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAntivirusSettings_ExclusionExtensions(), ecorePackage.getEString(), "exclusionExtensions", null, 0, -1, AntivirusSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pnpDeviceEClass, PnpDevice.class, "PnpDevice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPnpDevice_Status(), ecorePackage.getEString(), "status", null, 0, 1, PnpDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPnpDevice_DeviceClass(), ecorePackage.getEString(), "deviceClass", null, 0, 1, PnpDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPnpDevice_FriendlyName(), ecorePackage.getEString(), "friendlyName", null, 0, 1, PnpDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPnpDevice_InstanceId(), ecorePackage.getEString(), "instanceId", null, 0, 1, PnpDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPnpDevice_Problem(), ecorePackage.getEString(), "problem", null, 0, 1, PnpDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(certificateEClass, Certificate.class, "Certificate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCertificate_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_FriendlyName(), ecorePackage.getEString(), "friendlyName", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_Thumbprint(), ecorePackage.getEString(), "thumbprint", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_NotBefore(), ecorePackage.getEDate(), "notBefore", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_NotAfter(), ecorePackage.getEDate(), "notAfter", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_HasPrivateKey(), ecorePackage.getEBooleanObject(), "hasPrivateKey", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vaultCredentialsEClass, VaultCredentials.class, "VaultCredentials", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVaultCredentials_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_FileNameDate(), ecorePackage.getEDate(), "fileNameDate", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_Version(), ecorePackage.getEString(), "version", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_SubscriptionId(), ecorePackage.getEString(), "subscriptionId", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_ResourceType(), ecorePackage.getEString(), "resourceType", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_ResourceName(), ecorePackage.getEString(), "resourceName", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_ResourceId(), ecorePackage.getEString(), "resourceId", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_ResourceGroup(), ecorePackage.getEString(), "resourceGroup", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_Location(), ecorePackage.getEString(), "location", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_AadTenantId(), ecorePackage.getEString(), "aadTenantId", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_ManagementCertPresent(), ecorePackage.getEBoolean(), "managementCertPresent", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_CertSubject(), ecorePackage.getEString(), "certSubject", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_CertNotBefore(), ecorePackage.getEDate(), "certNotBefore", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVaultCredentials_CertNotAfter(), ecorePackage.getEDate(), "certNotAfter", null, 0, 1, VaultCredentials.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(artifactStatusEEnum, ArtifactStatus.class, "ArtifactStatus");
		addEEnumLiteral(artifactStatusEEnum, ArtifactStatus.OK);
		addEEnumLiteral(artifactStatusEEnum, ArtifactStatus.PARTIAL);
		addEEnumLiteral(artifactStatusEEnum, ArtifactStatus.UNREADABLE);
		addEEnumLiteral(artifactStatusEEnum, ArtifactStatus.FAILED);
		addEEnumLiteral(artifactStatusEEnum, ArtifactStatus.MISSING);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "The configuration of a server running the MARS agent, read from a diagnostic bundle."
		   });
		addAnnotation
		  (artifactStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "How reading an artifact went (JSON names in lower case)."
		   });
		addAnnotation
		  (originEClass,
		   source,
		   new String[] {
			   "documentation", "Where one parsed value came from: the artifact path inside the bundle, the 1-based line, and the raw text of the value on that line."
		   });
		addAnnotation
		  (getOrigin_Feature(),
		   source,
		   new String[] {
			   "documentation", "Name of the structural feature of the owning object that this origin explains."
		   });
		addAnnotation
		  (getOrigin_Index(),
		   source,
		   new String[] {
			   "documentation", "Position of the value in a many-valued feature; -1 for single-valued features."
		   });
		addAnnotation
		  (getOrigin_Artifact(),
		   source,
		   new String[] {
			   "documentation", "Artifact path relative to the bundle root, with forward slashes."
		   });
		addAnnotation
		  (getOrigin_Line(),
		   source,
		   new String[] {
			   "documentation", "1-based line number in the decoded text of the artifact; 0 when the artifact has no line structure."
		   });
		addAnnotation
		  (getOrigin_Raw(),
		   source,
		   new String[] {
			   "documentation", "The source text of the value as it stands on that line (the provenance test looks for it there)."
		   });
		addAnnotation
		  (locatedEClass,
		   source,
		   new String[] {
			   "documentation", "Anything built from bundle evidence; remembers where each attribute value came from."
		   });
		addAnnotation
		  (getLocated_Origins(),
		   source,
		   new String[] {
			   "documentation", "One origin per parsed attribute value."
		   });
		addAnnotation
		  (serverEClass,
		   source,
		   new String[] {
			   "documentation", "The MARS configuration of one Windows server, as read from one diagnostic bundle."
		   });
		addAnnotation
		  (getServer_BundleName(),
		   source,
		   new String[] {
			   "documentation", "File or folder name of the bundle this model was read from."
		   });
		addAnnotation
		  (getServer_FormatVersion(),
		   source,
		   new String[] {
			   "documentation", "Bundle format declared by the manifest, e.g. marsbundle/1."
		   });
		addAnnotation
		  (getServer_HostName(),
		   source,
		   new String[] {
			   "documentation", "Host name the collector reported."
		   });
		addAnnotation
		  (getServer_CollectorName(),
		   source,
		   new String[] {
			   "documentation", "Name of the collector that wrote the bundle."
		   });
		addAnnotation
		  (getServer_CollectorVersion(),
		   source,
		   new String[] {
			   "documentation", "Version of the collector."
		   });
		addAnnotation
		  (getServer_CollectedAtUtc(),
		   source,
		   new String[] {
			   "documentation", "Collection instant (UTC) from the manifest."
		   });
		addAnnotation
		  (getServer_CollectedAtLocal(),
		   source,
		   new String[] {
			   "documentation", "Server-local collection time as written by the manifest, with its UTC offset."
		   });
		addAnnotation
		  (getServer_LocalUtcOffsetMinutes(),
		   source,
		   new String[] {
			   "documentation", "UTC offset of the server clock at collection, in minutes, from collectedAtLocal."
		   });
		addAnnotation
		  (getServer_Inferred(),
		   source,
		   new String[] {
			   "documentation", "Manifest fields the workbench inferred instead of reading them from a collector\'s manifest (hostName, collectedAtUtc), for input without one."
		   });
		addAnnotation
		  (getServer_WindowsTempTmpCount(),
		   source,
		   new String[] {
			   "documentation", "Number of *.tmp files in C:\\Windows\\Temp."
		   });
		addAnnotation
		  (getServer_Artifacts(),
		   source,
		   new String[] {
			   "documentation", "Every artifact of the bundle format and every extra file, with its read status."
		   });
		addAnnotation
		  (getServer_OperatingSystem(),
		   source,
		   new String[] {
			   "documentation", "Operating system facts from systeminfo."
		   });
		addAnnotation
		  (getServer_Hotfixes(),
		   source,
		   new String[] {
			   "documentation", "Installed updates."
		   });
		addAnnotation
		  (getServer_DotNet(),
		   source,
		   new String[] {
			   "documentation", ".NET Framework 4.x release."
		   });
		addAnnotation
		  (getServer_Tls(),
		   source,
		   new String[] {
			   "documentation", "SCHANNEL protocol and .NET strong-crypto settings."
		   });
		addAnnotation
		  (getServer_PowerShell(),
		   source,
		   new String[] {
			   "documentation", "PowerShell version, execution policies and machine PSModulePath."
		   });
		addAnnotation
		  (getServer_Time(),
		   source,
		   new String[] {
			   "documentation", "Time zone."
		   });
		addAnnotation
		  (getServer_Services(),
		   source,
		   new String[] {
			   "documentation", "Windows services."
		   });
		addAnnotation
		  (getServer_Volumes(),
		   source,
		   new String[] {
			   "documentation", "Volumes with their size and free space."
		   });
		addAnnotation
		  (getServer_ShadowStorages(),
		   source,
		   new String[] {
			   "documentation", "Shadow copy storage associations."
		   });
		addAnnotation
		  (getServer_Network(),
		   source,
		   new String[] {
			   "documentation", "Proxy settings and endpoint probes."
		   });
		addAnnotation
		  (getServer_Agent(),
		   source,
		   new String[] {
			   "documentation", "The MARS agent installation and registration."
		   });
		addAnnotation
		  (getServer_Cache(),
		   source,
		   new String[] {
			   "documentation", "Scratch (cache) location and folder state."
		   });
		addAnnotation
		  (getServer_Tasks(),
		   source,
		   new String[] {
			   "documentation", "Task Scheduler tasks of the agent and Windows Server Backup."
		   });
		addAnnotation
		  (getServer_ModuleFiles(),
		   source,
		   new String[] {
			   "documentation", "Files of the MSOnlineBackup PowerShell module."
		   });
		addAnnotation
		  (getServer_Policy(),
		   source,
		   new String[] {
			   "documentation", "The backup policy (Get-OBPolicy)."
		   });
		addAnnotation
		  (getServer_Jobs(),
		   source,
		   new String[] {
			   "documentation", "Recent jobs (Get-OBJob)."
		   });
		addAnnotation
		  (getServer_FailedFiles(),
		   source,
		   new String[] {
			   "documentation", "Aggregates of the LastBackupFailedFiles lists."
		   });
		addAnnotation
		  (getServer_Logs(),
		   source,
		   new String[] {
			   "documentation", "Aggregates of the agent errlog files."
		   });
		addAnnotation
		  (getServer_Events(),
		   source,
		   new String[] {
			   "documentation", "CloudBackup/Operational events."
		   });
		addAnnotation
		  (getServer_Antivirus(),
		   source,
		   new String[] {
			   "documentation", "Microsoft Defender preferences and exclusions."
		   });
		addAnnotation
		  (getServer_IscsiDevices(),
		   source,
		   new String[] {
			   "documentation", "Plug and Play devices of the iSCSI initiator (ROOT\\ISCSIPRT)."
		   });
		addAnnotation
		  (getServer_Certificates(),
		   source,
		   new String[] {
			   "documentation", "Certificates of LocalMachine\\My."
		   });
		addAnnotation
		  (getServer_VaultCredentials(),
		   source,
		   new String[] {
			   "documentation", "Vault credentials files found in the bundle (secrets never kept)."
		   });
		addAnnotation
		  (getServer_Extensions(),
		   source,
		   new String[] {
			   "documentation", "Objects of third-party EPackages that plugins\' artifact parsers read (extension point marswb.bundle.artifactParsers); each class names its package by namespace URI."
		   });
		addAnnotation
		  (artifactEClass,
		   source,
		   new String[] {
			   "documentation", "One file of the bundle and how reading it went."
		   });
		addAnnotation
		  (getArtifact_Path(),
		   source,
		   new String[] {
			   "documentation", "Path relative to the bundle root."
		   });
		addAnnotation
		  (getArtifact_Status(),
		   source,
		   new String[] {
			   "documentation", "Read status."
		   });
		addAnnotation
		  (getArtifact_Message(),
		   source,
		   new String[] {
			   "documentation", "Why the artifact is partial, unreadable, failed or missing."
		   });
		addAnnotation
		  (getArtifact_KnownFormat(),
		   source,
		   new String[] {
			   "documentation", "True for a path of the bundle format, false for an extra file."
		   });
		addAnnotation
		  (getArtifact_ManifestStatus(),
		   source,
		   new String[] {
			   "documentation", "Status the collector reported (ok, failed, timeout, skipped)."
		   });
		addAnnotation
		  (getArtifact_ManifestReason(),
		   source,
		   new String[] {
			   "documentation", "Why the collector skipped the item, as the manifest\'s reason names it (not-installed: the product the command queries is not on the server)."
		   });
		addAnnotation
		  (getArtifact_Command(),
		   source,
		   new String[] {
			   "documentation", "Command the collector ran to produce it."
		   });
		addAnnotation
		  (getArtifact_ExitCode(),
		   source,
		   new String[] {
			   "documentation", "Exit code the collector reported."
		   });
		addAnnotation
		  (getArtifact_SizeBytes(),
		   source,
		   new String[] {
			   "documentation", "Size in bytes inside the bundle."
		   });
		addAnnotation
		  (getArtifact_Encoding(),
		   source,
		   new String[] {
			   "documentation", "Text encoding detected (UTF-16LE, UTF-8, GBK, ...)."
		   });
		addAnnotation
		  (getArtifact_Parser(),
		   source,
		   new String[] {
			   "documentation", "Id of the parser that read it."
		   });
		addAnnotation
		  (getArtifact_Source(),
		   source,
		   new String[] {
			   "documentation", "For input without a manifest: the input file it was read from, containers included (Temp.zip!/CBEngineCurr.errlog)."
		   });
		addAnnotation
		  (getArtifact_Recognition(),
		   source,
		   new String[] {
			   "documentation", "For input without a manifest: why the file was taken for this artifact (key HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup)."
		   });
		addAnnotation
		  (operatingSystemEClass,
		   source,
		   new String[] {
			   "documentation", "Operating system, from systeminfo /fo csv."
		   });
		addAnnotation
		  (getOperatingSystem_HostName(),
		   source,
		   new String[] {
			   "documentation", "Host Name column."
		   });
		addAnnotation
		  (getOperatingSystem_Name(),
		   source,
		   new String[] {
			   "documentation", "OS Name."
		   });
		addAnnotation
		  (getOperatingSystem_Version(),
		   source,
		   new String[] {
			   "documentation", "OS Version."
		   });
		addAnnotation
		  (getOperatingSystem_SystemType(),
		   source,
		   new String[] {
			   "documentation", "System Type, e.g. x64-based PC."
		   });
		addAnnotation
		  (getOperatingSystem_OriginalInstallDate(),
		   source,
		   new String[] {
			   "documentation", "Original Install Date as printed."
		   });
		addAnnotation
		  (getOperatingSystem_SystemBootTime(),
		   source,
		   new String[] {
			   "documentation", "System Boot Time as printed."
		   });
		addAnnotation
		  (getOperatingSystem_TimeZone(),
		   source,
		   new String[] {
			   "documentation", "Time Zone display name as printed."
		   });
		addAnnotation
		  (getOperatingSystem_Domain(),
		   source,
		   new String[] {
			   "documentation", "Domain."
		   });
		addAnnotation
		  (hotfixEClass,
		   source,
		   new String[] {
			   "documentation", "One installed update (Get-HotFix)."
		   });
		addAnnotation
		  (getHotfix_HotFixId(),
		   source,
		   new String[] {
			   "documentation", "KB id."
		   });
		addAnnotation
		  (getHotfix_Description(),
		   source,
		   new String[] {
			   "documentation", "Update, Security Update, ..."
		   });
		addAnnotation
		  (getHotfix_InstalledOnText(),
		   source,
		   new String[] {
			   "documentation", "InstalledOn as printed in the server culture."
		   });
		addAnnotation
		  (getHotfix_InstalledOn(),
		   source,
		   new String[] {
			   "documentation", "InstalledOn parsed; null when the culture format is not understood."
		   });
		addAnnotation
		  (dotNetFrameworkEClass,
		   source,
		   new String[] {
			   "documentation", ".NET Framework 4.x from NDP\\v4\\Full."
		   });
		addAnnotation
		  (getDotNetFramework_Release(),
		   source,
		   new String[] {
			   "documentation", "Release DWORD; null when the key or value is absent."
		   });
		addAnnotation
		  (getDotNetFramework_Version(),
		   source,
		   new String[] {
			   "documentation", "Version name for the release (4.8, 4.7.2, ...); the newest whose minimum release is reached."
		   });
		addAnnotation
		  (tlsSettingsEClass,
		   source,
		   new String[] {
			   "documentation", "TLS configuration."
		   });
		addAnnotation
		  (getTlsSettings_Protocols(),
		   source,
		   new String[] {
			   "documentation", "SCHANNEL protocol keys present in the registry."
		   });
		addAnnotation
		  (getTlsSettings_SchUseStrongCrypto(),
		   source,
		   new String[] {
			   "documentation", ".NET 4 SchUseStrongCrypto."
		   });
		addAnnotation
		  (getTlsSettings_SystemDefaultTlsVersions(),
		   source,
		   new String[] {
			   "documentation", ".NET 4 SystemDefaultTlsVersions."
		   });
		addAnnotation
		  (schannelProtocolEClass,
		   source,
		   new String[] {
			   "documentation", "One SCHANNEL\\Protocols\\<protocol>\\<side> key."
		   });
		addAnnotation
		  (getSchannelProtocol_Protocol(),
		   source,
		   new String[] {
			   "documentation", "e.g. TLS 1.2."
		   });
		addAnnotation
		  (getSchannelProtocol_Side(),
		   source,
		   new String[] {
			   "documentation", "Client or Server."
		   });
		addAnnotation
		  (getSchannelProtocol_Enabled(),
		   source,
		   new String[] {
			   "documentation", "Enabled DWORD."
		   });
		addAnnotation
		  (getSchannelProtocol_DisabledByDefault(),
		   source,
		   new String[] {
			   "documentation", "DisabledByDefault DWORD."
		   });
		addAnnotation
		  (powerShellInfoEClass,
		   source,
		   new String[] {
			   "documentation", "PowerShell facts."
		   });
		addAnnotation
		  (getPowerShellInfo_Version(),
		   source,
		   new String[] {
			   "documentation", "PSVersion."
		   });
		addAnnotation
		  (getPowerShellInfo_Edition(),
		   source,
		   new String[] {
			   "documentation", "PSEdition."
		   });
		addAnnotation
		  (getPowerShellInfo_ClrVersion(),
		   source,
		   new String[] {
			   "documentation", "CLRVersion."
		   });
		addAnnotation
		  (getPowerShellInfo_ExecutionPolicies(),
		   source,
		   new String[] {
			   "documentation", "Execution policy per scope, in precedence order."
		   });
		addAnnotation
		  (getPowerShellInfo_MachinePSModulePath(),
		   source,
		   new String[] {
			   "documentation", "Machine PSModulePath (expanded strings are kept as written)."
		   });
		addAnnotation
		  (executionPolicySettingEClass,
		   source,
		   new String[] {
			   "documentation", "Execution policy of one scope."
		   });
		addAnnotation
		  (getExecutionPolicySetting_Scope(),
		   source,
		   new String[] {
			   "documentation", "MachinePolicy, UserPolicy, Process, CurrentUser or LocalMachine."
		   });
		addAnnotation
		  (getExecutionPolicySetting_Policy(),
		   source,
		   new String[] {
			   "documentation", "Restricted, AllSigned, RemoteSigned, Unrestricted, Bypass or Undefined."
		   });
		addAnnotation
		  (timeSettingsEClass,
		   source,
		   new String[] {
			   "documentation", "Time zone facts."
		   });
		addAnnotation
		  (getTimeSettings_TimeZoneId(),
		   source,
		   new String[] {
			   "documentation", "Windows time-zone id from tzutil /g."
		   });
		addAnnotation
		  (serviceEClass,
		   source,
		   new String[] {
			   "documentation", "A Windows service (Win32_Service)."
		   });
		addAnnotation
		  (getService_Name(),
		   source,
		   new String[] {
			   "documentation", "Service name."
		   });
		addAnnotation
		  (getService_DisplayName(),
		   source,
		   new String[] {
			   "documentation", "Display name."
		   });
		addAnnotation
		  (getService_State(),
		   source,
		   new String[] {
			   "documentation", "Running, Stopped, ..."
		   });
		addAnnotation
		  (getService_StartMode(),
		   source,
		   new String[] {
			   "documentation", "Auto, Manual, Disabled."
		   });
		addAnnotation
		  (getService_StartName(),
		   source,
		   new String[] {
			   "documentation", "Account."
		   });
		addAnnotation
		  (getService_PathName(),
		   source,
		   new String[] {
			   "documentation", "Image path."
		   });
		addAnnotation
		  (volumeEClass,
		   source,
		   new String[] {
			   "documentation", "A volume (Get-Volume)."
		   });
		addAnnotation
		  (getVolume_DriveLetter(),
		   source,
		   new String[] {
			   "documentation", "Drive letter without colon; empty for volumes without one."
		   });
		addAnnotation
		  (getVolume_Label(),
		   source,
		   new String[] {
			   "documentation", "FileSystemLabel."
		   });
		addAnnotation
		  (getVolume_FileSystem(),
		   source,
		   new String[] {
			   "documentation", "NTFS, ReFS, FAT32, ..."
		   });
		addAnnotation
		  (getVolume_DriveType(),
		   source,
		   new String[] {
			   "documentation", "Fixed, Removable, Network, CD-ROM, ..."
		   });
		addAnnotation
		  (getVolume_HealthStatus(),
		   source,
		   new String[] {
			   "documentation", "Healthy, ..."
		   });
		addAnnotation
		  (getVolume_OperationalStatus(),
		   source,
		   new String[] {
			   "documentation", "OK, ..."
		   });
		addAnnotation
		  (getVolume_Size(),
		   source,
		   new String[] {
			   "documentation", "Size in bytes."
		   });
		addAnnotation
		  (getVolume_SizeRemaining(),
		   source,
		   new String[] {
			   "documentation", "Free bytes."
		   });
		addAnnotation
		  (getVolume_Path(),
		   source,
		   new String[] {
			   "documentation", "Volume GUID path."
		   });
		addAnnotation
		  (shadowStorageEClass,
		   source,
		   new String[] {
			   "documentation", "One vssadmin shadow storage association."
		   });
		addAnnotation
		  (getShadowStorage_ForVolume(),
		   source,
		   new String[] {
			   "documentation", "Protected volume, e.g. C:"
		   });
		addAnnotation
		  (getShadowStorage_StorageVolume(),
		   source,
		   new String[] {
			   "documentation", "Volume holding the shadow storage."
		   });
		addAnnotation
		  (getShadowStorage_UsedBytes(),
		   source,
		   new String[] {
			   "documentation", "Used shadow copy storage."
		   });
		addAnnotation
		  (getShadowStorage_AllocatedBytes(),
		   source,
		   new String[] {
			   "documentation", "Allocated shadow copy storage."
		   });
		addAnnotation
		  (getShadowStorage_MaximumBytes(),
		   source,
		   new String[] {
			   "documentation", "Maximum shadow copy storage; null when unbounded."
		   });
		addAnnotation
		  (getShadowStorage_MaximumUnbounded(),
		   source,
		   new String[] {
			   "documentation", "True for UNBOUNDED."
		   });
		addAnnotation
		  (getShadowStorage_MaximumPercent(),
		   source,
		   new String[] {
			   "documentation", "Percentage vssadmin printed for the maximum."
		   });
		addAnnotation
		  (networkSettingsEClass,
		   source,
		   new String[] {
			   "documentation", "Network configuration relevant to the agent."
		   });
		addAnnotation
		  (getNetworkSettings_WinHttp(),
		   source,
		   new String[] {
			   "documentation", "netsh winhttp show proxy."
		   });
		addAnnotation
		  (getNetworkSettings_SystemInternet(),
		   source,
		   new String[] {
			   "documentation", "WinINet settings of the SYSTEM account (what the agent uses)."
		   });
		addAnnotation
		  (getNetworkSettings_AgentProxy(),
		   source,
		   new String[] {
			   "documentation", "The agent\'s own proxy (Get-OBMachineSetting)."
		   });
		addAnnotation
		  (getNetworkSettings_Probes(),
		   source,
		   new String[] {
			   "documentation", "Endpoint probes run by the collector."
		   });
		addAnnotation
		  (winHttpProxyEClass,
		   source,
		   new String[] {
			   "documentation", "WinHTTP proxy."
		   });
		addAnnotation
		  (getWinHttpProxy_DirectAccess(),
		   source,
		   new String[] {
			   "documentation", "True for direct access."
		   });
		addAnnotation
		  (getWinHttpProxy_ProxyServer(),
		   source,
		   new String[] {
			   "documentation", "Proxy Server(s)."
		   });
		addAnnotation
		  (getWinHttpProxy_BypassList(),
		   source,
		   new String[] {
			   "documentation", "Bypass List."
		   });
		addAnnotation
		  (internetSettingsEClass,
		   source,
		   new String[] {
			   "documentation", "WinINet Internet Settings of one account."
		   });
		addAnnotation
		  (getInternetSettings_ProxyEnable(),
		   source,
		   new String[] {
			   "documentation", "ProxyEnable DWORD."
		   });
		addAnnotation
		  (getInternetSettings_ProxyServer(),
		   source,
		   new String[] {
			   "documentation", "ProxyServer."
		   });
		addAnnotation
		  (getInternetSettings_ProxyOverride(),
		   source,
		   new String[] {
			   "documentation", "ProxyOverride."
		   });
		addAnnotation
		  (getInternetSettings_AutoConfigUrl(),
		   source,
		   new String[] {
			   "documentation", "AutoConfigURL (PAC file)."
		   });
		addAnnotation
		  (agentProxyEClass,
		   source,
		   new String[] {
			   "documentation", "Proxy configured in the MARS agent."
		   });
		addAnnotation
		  (getAgentProxy_Enabled(),
		   source,
		   new String[] {
			   "documentation", "ProxySetting.Enabled."
		   });
		addAnnotation
		  (getAgentProxy_ProxyServer(),
		   source,
		   new String[] {
			   "documentation", "ProxySetting.ProxyServer."
		   });
		addAnnotation
		  (getAgentProxy_ProxyPort(),
		   source,
		   new String[] {
			   "documentation", "ProxySetting.ProxyPort."
		   });
		addAnnotation
		  (getAgentProxy_UserName(),
		   source,
		   new String[] {
			   "documentation", "Proxy user name, when set."
		   });
		addAnnotation
		  (endpointProbeEClass,
		   source,
		   new String[] {
			   "documentation", "One endpoint probe."
		   });
		addAnnotation
		  (getEndpointProbe_Target(),
		   source,
		   new String[] {
			   "documentation", "Host name probed."
		   });
		addAnnotation
		  (getEndpointProbe_Port(),
		   source,
		   new String[] {
			   "documentation", "Port."
		   });
		addAnnotation
		  (getEndpointProbe_TcpTestSucceeded(),
		   source,
		   new String[] {
			   "documentation", "TCP connection made."
		   });
		addAnnotation
		  (getEndpointProbe_HttpStatus(),
		   source,
		   new String[] {
			   "documentation", "HTTP status answered, if any."
		   });
		addAnnotation
		  (getEndpointProbe_Error(),
		   source,
		   new String[] {
			   "documentation", "Error text."
		   });
		addAnnotation
		  (agentEClass,
		   source,
		   new String[] {
			   "documentation", "The MARS agent."
		   });
		addAnnotation
		  (getAgent_InstallPath(),
		   source,
		   new String[] {
			   "documentation", "Setup\\InstallPath."
		   });
		addAnnotation
		  (getAgent_Version(),
		   source,
		   new String[] {
			   "documentation", "cbengine.exe file version."
		   });
		addAnnotation
		  (getAgent_Registration(),
		   source,
		   new String[] {
			   "documentation", "Vault registration from Config."
		   });
		addAnnotation
		  (getAgent_EncryptionKeyStatus(),
		   source,
		   new String[] {
			   "documentation", "EncryptionSetting.EncryptionKeyStatus as reported (name, or number when unknown)."
		   });
		addAnnotation
		  (getAgent_MachineSettingEncryptionRaw(),
		   source,
		   new String[] {
			   "documentation", "Raw value when the status was a number that is not known."
		   });
		addAnnotation
		  (registrationEClass,
		   source,
		   new String[] {
			   "documentation", "Vault registration (HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config)."
		   });
		addAnnotation
		  (getRegistration_VaultName(),
		   source,
		   new String[] {
			   "documentation", "ServiceResourceName."
		   });
		addAnnotation
		  (getRegistration_SubscriptionId(),
		   source,
		   new String[] {
			   "documentation", "SubscriptionId."
		   });
		addAnnotation
		  (getRegistration_ResourceGroupName(),
		   source,
		   new String[] {
			   "documentation", "ResourceGroupName."
		   });
		addAnnotation
		  (getRegistration_MachineId(),
		   source,
		   new String[] {
			   "documentation", "MachineId."
		   });
		addAnnotation
		  (getRegistration_ResourceId(),
		   source,
		   new String[] {
			   "documentation", "ResourceId (vault id)."
		   });
		addAnnotation
		  (cacheSettingsEClass,
		   source,
		   new String[] {
			   "documentation", "Scratch (cache) folder."
		   });
		addAnnotation
		  (getCacheSettings_ConfigScratchLocation(),
		   source,
		   new String[] {
			   "documentation", "Config\\ScratchLocation."
		   });
		addAnnotation
		  (getCacheSettings_ProviderScratchLocation(),
		   source,
		   new String[] {
			   "documentation", "Config\\CloudBackupProvider\\ScratchLocation."
		   });
		addAnnotation
		  (getCacheSettings_FolderExists(),
		   source,
		   new String[] {
			   "documentation", "The folder was found by the collector."
		   });
		addAnnotation
		  (getCacheSettings_FolderFullName(),
		   source,
		   new String[] {
			   "documentation", "FullName of the folder."
		   });
		addAnnotation
		  (getCacheSettings_FolderAttributes(),
		   source,
		   new String[] {
			   "documentation", "Attributes as printed, e.g. Directory, Compressed."
		   });
		addAnnotation
		  (getCacheSettings_KekPresent(),
		   source,
		   new String[] {
			   "documentation", "OnlineBackup.KEK is in the scratch folder listing."
		   });
		addAnnotation
		  (getCacheSettings_ListedEntries(),
		   source,
		   new String[] {
			   "documentation", "Number of entries in the scratch listing."
		   });
		addAnnotation
		  (scheduledTaskEClass,
		   source,
		   new String[] {
			   "documentation", "A Task Scheduler task."
		   });
		addAnnotation
		  (getScheduledTask_Path(),
		   source,
		   new String[] {
			   "documentation", "Task path, e.g. \\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup."
		   });
		addAnnotation
		  (getScheduledTask_Enabled(),
		   source,
		   new String[] {
			   "documentation", "Settings/Enabled (true when absent)."
		   });
		addAnnotation
		  (getScheduledTask_MultipleInstancesPolicy(),
		   source,
		   new String[] {
			   "documentation", "Settings/MultipleInstancesPolicy (IgnoreNew when absent)."
		   });
		addAnnotation
		  (getScheduledTask_PrincipalUserId(),
		   source,
		   new String[] {
			   "documentation", "Principal UserId."
		   });
		addAnnotation
		  (getScheduledTask_PrincipalGroupId(),
		   source,
		   new String[] {
			   "documentation", "Principal GroupId."
		   });
		addAnnotation
		  (getScheduledTask_LogonType(),
		   source,
		   new String[] {
			   "documentation", "Principal LogonType."
		   });
		addAnnotation
		  (getScheduledTask_RunLevel(),
		   source,
		   new String[] {
			   "documentation", "Principal RunLevel."
		   });
		addAnnotation
		  (getScheduledTask_Triggers(),
		   source,
		   new String[] {
			   "documentation", "Triggers."
		   });
		addAnnotation
		  (getScheduledTask_Actions(),
		   source,
		   new String[] {
			   "documentation", "Exec actions."
		   });
		addAnnotation
		  (taskTriggerEClass,
		   source,
		   new String[] {
			   "documentation", "A task trigger."
		   });
		addAnnotation
		  (getTaskTrigger_Kind(),
		   source,
		   new String[] {
			   "documentation", "CalendarTrigger, TimeTrigger, BootTrigger, ..."
		   });
		addAnnotation
		  (getTaskTrigger_Enabled(),
		   source,
		   new String[] {
			   "documentation", "Enabled (true when absent)."
		   });
		addAnnotation
		  (getTaskTrigger_StartBoundary(),
		   source,
		   new String[] {
			   "documentation", "StartBoundary."
		   });
		addAnnotation
		  (getTaskTrigger_DaysOfWeek(),
		   source,
		   new String[] {
			   "documentation", "Days of a weekly schedule."
		   });
		addAnnotation
		  (taskActionEClass,
		   source,
		   new String[] {
			   "documentation", "An Exec action."
		   });
		addAnnotation
		  (getTaskAction_Command(),
		   source,
		   new String[] {
			   "documentation", "Command."
		   });
		addAnnotation
		  (getTaskAction_Arguments(),
		   source,
		   new String[] {
			   "documentation", "Arguments."
		   });
		addAnnotation
		  (moduleFileEClass,
		   source,
		   new String[] {
			   "documentation", "A file of the MSOnlineBackup module."
		   });
		addAnnotation
		  (getModuleFile_Path(),
		   source,
		   new String[] {
			   "documentation", "Full path."
		   });
		addAnnotation
		  (getModuleFile_Algorithm(),
		   source,
		   new String[] {
			   "documentation", "Hash algorithm."
		   });
		addAnnotation
		  (getModuleFile_Hash(),
		   source,
		   new String[] {
			   "documentation", "Hash value."
		   });
		addAnnotation
		  (backupPolicyEClass,
		   source,
		   new String[] {
			   "documentation", "The backup policy."
		   });
		addAnnotation
		  (getBackupPolicy_PolicyName(),
		   source,
		   new String[] {
			   "documentation", "PolicyName."
		   });
		addAnnotation
		  (getBackupPolicy_ScheduleDays(),
		   source,
		   new String[] {
			   "documentation", "Days of the backup schedule."
		   });
		addAnnotation
		  (getBackupPolicy_ScheduleTimes(),
		   source,
		   new String[] {
			   "documentation", "Times of day of the backup schedule."
		   });
		addAnnotation
		  (getBackupPolicy_SystemStateProtected(),
		   source,
		   new String[] {
			   "documentation", "System state is in the policy."
		   });
		addAnnotation
		  (getBackupPolicy_FileSpecs(),
		   source,
		   new String[] {
			   "documentation", "Included and excluded file specs."
		   });
		addAnnotation
		  (fileSpecEClass,
		   source,
		   new String[] {
			   "documentation", "One file spec of the policy."
		   });
		addAnnotation
		  (getFileSpec_FileSpec(),
		   source,
		   new String[] {
			   "documentation", "Path or pattern."
		   });
		addAnnotation
		  (getFileSpec_IsExclude(),
		   source,
		   new String[] {
			   "documentation", "Exclusion."
		   });
		addAnnotation
		  (getFileSpec_IsRecursive(),
		   source,
		   new String[] {
			   "documentation", "Applies to subfolders."
		   });
		addAnnotation
		  (jobEClass,
		   source,
		   new String[] {
			   "documentation", "One backup or recovery job."
		   });
		addAnnotation
		  (getJob_JobId(),
		   source,
		   new String[] {
			   "documentation", "JobId."
		   });
		addAnnotation
		  (getJob_JobType(),
		   source,
		   new String[] {
			   "documentation", "Backup, Recovery, ..."
		   });
		addAnnotation
		  (getJob_JobState(),
		   source,
		   new String[] {
			   "documentation", "Completed, Failed, Aborted, ..."
		   });
		addAnnotation
		  (getJob_StartTime(),
		   source,
		   new String[] {
			   "documentation", "Start."
		   });
		addAnnotation
		  (getJob_EndTime(),
		   source,
		   new String[] {
			   "documentation", "End."
		   });
		addAnnotation
		  (getJob_ErrorCode(),
		   source,
		   new String[] {
			   "documentation", "Error code normalized as the article writes it."
		   });
		addAnnotation
		  (getJob_ErrorMessage(),
		   source,
		   new String[] {
			   "documentation", "Error text."
		   });
		addAnnotation
		  (failedFilesSummaryEClass,
		   source,
		   new String[] {
			   "documentation", "Aggregates over every LastBackupFailedFiles list."
		   });
		addAnnotation
		  (getFailedFilesSummary_TotalEntries(),
		   source,
		   new String[] {
			   "documentation", "Entries over all lists."
		   });
		addAnnotation
		  (getFailedFilesSummary_Lists(),
		   source,
		   new String[] {
			   "documentation", "One per list file."
		   });
		addAnnotation
		  (getFailedFilesSummary_Codes(),
		   source,
		   new String[] {
			   "documentation", "Entries per error code (entries without a code count under an empty code)."
		   });
		addAnnotation
		  (getFailedFilesSummary_TopFolders(),
		   source,
		   new String[] {
			   "documentation", "Folders with the most entries."
		   });
		addAnnotation
		  (failedFilesListEClass,
		   source,
		   new String[] {
			   "documentation", "One LastBackupFailedFiles file."
		   });
		addAnnotation
		  (getFailedFilesList_Artifact(),
		   source,
		   new String[] {
			   "documentation", "Artifact path."
		   });
		addAnnotation
		  (getFailedFilesList_Entries(),
		   source,
		   new String[] {
			   "documentation", "Entries."
		   });
		addAnnotation
		  (getFailedFilesList_HeaderSeen(),
		   source,
		   new String[] {
			   "documentation", "The header line was present."
		   });
		addAnnotation
		  (getFailedFilesList_MalformedLines(),
		   source,
		   new String[] {
			   "documentation", "Lines that were too long or not decodable."
		   });
		addAnnotation
		  (getFailedFilesList_FileNameDate(),
		   source,
		   new String[] {
			   "documentation", "The day in the file name (LastBackupFailedFiles<id>_M_D_YYYY.txt), the day of the backup that wrote the list: server-local midnight."
		   });
		addAnnotation
		  (errorCodeCountEClass,
		   source,
		   new String[] {
			   "documentation", "How often one error code occurred, with its first occurrence."
		   });
		addAnnotation
		  (getErrorCodeCount_Code(),
		   source,
		   new String[] {
			   "documentation", "Code as the article writes it."
		   });
		addAnnotation
		  (getErrorCodeCount_Count(),
		   source,
		   new String[] {
			   "documentation", "Occurrences."
		   });
		addAnnotation
		  (getErrorCodeCount_FirstEntry(),
		   source,
		   new String[] {
			   "documentation", "Text of the first occurrence."
		   });
		addAnnotation
		  (getErrorCodeCount_TopFolders(),
		   source,
		   new String[] {
			   "documentation", "Folders with the most entries of this code, most first; each located at an entry of this code."
		   });
		addAnnotation
		  (folderCountEClass,
		   source,
		   new String[] {
			   "documentation", "How many failed entries lie under one folder."
		   });
		addAnnotation
		  (getFolderCount_Folder(),
		   source,
		   new String[] {
			   "documentation", "Folder."
		   });
		addAnnotation
		  (getFolderCount_Count(),
		   source,
		   new String[] {
			   "documentation", "Entries."
		   });
		addAnnotation
		  (logSummaryEClass,
		   source,
		   new String[] {
			   "documentation", "Aggregates over the agent errlog files."
		   });
		addAnnotation
		  (getLogSummary_Files(),
		   source,
		   new String[] {
			   "documentation", "One per log file."
		   });
		addAnnotation
		  (getLogSummary_Hits(),
		   source,
		   new String[] {
			   "documentation", "Known error signatures found."
		   });
		addAnnotation
		  (getLogSummary_IgnoredHits(),
		   source,
		   new String[] {
			   "documentation", "Signatures found on lines that report no failed operation (e.g. a WARNING that an optional value is not present and the default is used): counted, never evidence."
		   });
		addAnnotation
		  (logFileEClass,
		   source,
		   new String[] {
			   "documentation", "One errlog file."
		   });
		addAnnotation
		  (getLogFile_Artifact(),
		   source,
		   new String[] {
			   "documentation", "Artifact path."
		   });
		addAnnotation
		  (getLogFile_Lines(),
		   source,
		   new String[] {
			   "documentation", "Lines read."
		   });
		addAnnotation
		  (getLogFile_Warnings(),
		   source,
		   new String[] {
			   "documentation", "WARNING lines."
		   });
		addAnnotation
		  (getLogFile_Errors(),
		   source,
		   new String[] {
			   "documentation", "ERROR or FATAL lines."
		   });
		addAnnotation
		  (getLogFile_Fatals(),
		   source,
		   new String[] {
			   "documentation", "FATAL or CRITICAL lines (also counted in errors)."
		   });
		addAnnotation
		  (getLogFile_Normals(),
		   source,
		   new String[] {
			   "documentation", "NORMAL, INFO or VERBOSE lines."
		   });
		addAnnotation
		  (getLogFile_FirstTimestamp(),
		   source,
		   new String[] {
			   "documentation", "Time of the first dated line (year from the manifest)."
		   });
		addAnnotation
		  (getLogFile_LastTimestamp(),
		   source,
		   new String[] {
			   "documentation", "Time of the last dated line."
		   });
		addAnnotation
		  (getLogFile_MalformedLines(),
		   source,
		   new String[] {
			   "documentation", "Lines that were too long or fit no known errlog layout (no MM/DD date, time and level word)."
		   });
		addAnnotation
		  (logHitEClass,
		   source,
		   new String[] {
			   "documentation", "A known signature (error code, Sal* error, connection failure) found in logs."
		   });
		addAnnotation
		  (getLogHit_Signature(),
		   source,
		   new String[] {
			   "documentation", "Signature id, e.g. 0x1FC07, SalLowDiskSpace, connection-failed."
		   });
		addAnnotation
		  (getLogHit_Count(),
		   source,
		   new String[] {
			   "documentation", "Occurrences."
		   });
		addAnnotation
		  (getLogHit_FirstText(),
		   source,
		   new String[] {
			   "documentation", "Message of the first occurrence."
		   });
		addAnnotation
		  (getLogHit_FirstTime(),
		   source,
		   new String[] {
			   "documentation", "Time of the first occurrence."
		   });
		addAnnotation
		  (getLogHit_LastTime(),
		   source,
		   new String[] {
			   "documentation", "Time of the last occurrence."
		   });
		addAnnotation
		  (eventRecordEClass,
		   source,
		   new String[] {
			   "documentation", "A CloudBackup/Operational event."
		   });
		addAnnotation
		  (getEventRecord_TimeCreated(),
		   source,
		   new String[] {
			   "documentation", "TimeCreated."
		   });
		addAnnotation
		  (getEventRecord_EventId(),
		   source,
		   new String[] {
			   "documentation", "Id."
		   });
		addAnnotation
		  (getEventRecord_Level(),
		   source,
		   new String[] {
			   "documentation", "LevelDisplayName."
		   });
		addAnnotation
		  (getEventRecord_Message(),
		   source,
		   new String[] {
			   "documentation", "Message."
		   });
		addAnnotation
		  (antivirusSettingsEClass,
		   source,
		   new String[] {
			   "documentation", "Microsoft Defender preferences."
		   });
		addAnnotation
		  (getAntivirusSettings_RealtimeMonitoringDisabled(),
		   source,
		   new String[] {
			   "documentation", "DisableRealtimeMonitoring."
		   });
		addAnnotation
		  (getAntivirusSettings_ExclusionPaths(),
		   source,
		   new String[] {
			   "documentation", "ExclusionPath."
		   });
		addAnnotation
		  (getAntivirusSettings_ExclusionProcesses(),
		   source,
		   new String[] {
			   "documentation", "ExclusionProcess."
		   });
		addAnnotation
		  (getAntivirusSettings_ExclusionExtensions(),
		   source,
		   new String[] {
			   "documentation", "ExclusionExtension."
		   });
		addAnnotation
		  (pnpDeviceEClass,
		   source,
		   new String[] {
			   "documentation", "A Plug and Play device."
		   });
		addAnnotation
		  (getPnpDevice_Status(),
		   source,
		   new String[] {
			   "documentation", "OK, Error, Unknown."
		   });
		addAnnotation
		  (getPnpDevice_DeviceClass(),
		   source,
		   new String[] {
			   "documentation", "Class."
		   });
		addAnnotation
		  (getPnpDevice_FriendlyName(),
		   source,
		   new String[] {
			   "documentation", "FriendlyName."
		   });
		addAnnotation
		  (getPnpDevice_InstanceId(),
		   source,
		   new String[] {
			   "documentation", "InstanceId."
		   });
		addAnnotation
		  (getPnpDevice_Problem(),
		   source,
		   new String[] {
			   "documentation", "Problem code."
		   });
		addAnnotation
		  (certificateEClass,
		   source,
		   new String[] {
			   "documentation", "A certificate of LocalMachine\\My."
		   });
		addAnnotation
		  (getCertificate_Subject(),
		   source,
		   new String[] {
			   "documentation", "Subject."
		   });
		addAnnotation
		  (getCertificate_FriendlyName(),
		   source,
		   new String[] {
			   "documentation", "FriendlyName."
		   });
		addAnnotation
		  (getCertificate_Thumbprint(),
		   source,
		   new String[] {
			   "documentation", "Thumbprint."
		   });
		addAnnotation
		  (getCertificate_NotBefore(),
		   source,
		   new String[] {
			   "documentation", "NotBefore."
		   });
		addAnnotation
		  (getCertificate_NotAfter(),
		   source,
		   new String[] {
			   "documentation", "NotAfter."
		   });
		addAnnotation
		  (getCertificate_HasPrivateKey(),
		   source,
		   new String[] {
			   "documentation", "HasPrivateKey."
		   });
		addAnnotation
		  (vaultCredentialsEClass,
		   source,
		   new String[] {
			   "documentation", "A vault credentials file, without its secret."
		   });
		addAnnotation
		  (getVaultCredentials_FileName(),
		   source,
		   new String[] {
			   "documentation", "File name."
		   });
		addAnnotation
		  (getVaultCredentials_FileNameDate(),
		   source,
		   new String[] {
			   "documentation", "Date in the file name, when it has one."
		   });
		addAnnotation
		  (getVaultCredentials_Version(),
		   source,
		   new String[] {
			   "documentation", "Version."
		   });
		addAnnotation
		  (getVaultCredentials_SubscriptionId(),
		   source,
		   new String[] {
			   "documentation", "SubscriptionId."
		   });
		addAnnotation
		  (getVaultCredentials_ResourceType(),
		   source,
		   new String[] {
			   "documentation", "ResourceType."
		   });
		addAnnotation
		  (getVaultCredentials_ResourceName(),
		   source,
		   new String[] {
			   "documentation", "ResourceName (vault)."
		   });
		addAnnotation
		  (getVaultCredentials_ResourceId(),
		   source,
		   new String[] {
			   "documentation", "ResourceId."
		   });
		addAnnotation
		  (getVaultCredentials_ResourceGroup(),
		   source,
		   new String[] {
			   "documentation", "ResourceGroup."
		   });
		addAnnotation
		  (getVaultCredentials_Location(),
		   source,
		   new String[] {
			   "documentation", "Location."
		   });
		addAnnotation
		  (getVaultCredentials_AadTenantId(),
		   source,
		   new String[] {
			   "documentation", "AadTenantId."
		   });
		addAnnotation
		  (getVaultCredentials_ManagementCertPresent(),
		   source,
		   new String[] {
			   "documentation", "A ManagementCert element was present (its content is never kept)."
		   });
		addAnnotation
		  (getVaultCredentials_CertSubject(),
		   source,
		   new String[] {
			   "documentation", "Subject of the management certificate."
		   });
		addAnnotation
		  (getVaultCredentials_CertNotBefore(),
		   source,
		   new String[] {
			   "documentation", "NotBefore of the management certificate."
		   });
		addAnnotation
		  (getVaultCredentials_CertNotAfter(),
		   source,
		   new String[] {
			   "documentation", "NotAfter of the management certificate."
		   });
	}

} //ServerPackageImpl
