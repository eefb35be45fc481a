/**
 */
package marswb.model.server;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The configuration of a server running the MARS agent, read from a diagnostic bundle.
 * <!-- end-model-doc -->
 * @see marswb.model.server.ServerFactory
 * @model kind="package"
 * @generated
 */
public interface ServerPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "server";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://marswb/model/server/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "server";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ServerPackage eINSTANCE = marswb.model.server.impl.ServerPackageImpl.init();

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.OriginImpl <em>Origin</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.OriginImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getOrigin()
	 * @generated
	 */
	int ORIGIN = 0;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN__FEATURE = 0;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN__INDEX = 1;

	/**
	 * The feature id for the '<em><b>Artifact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN__ARTIFACT = 2;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN__LINE = 3;

	/**
	 * The feature id for the '<em><b>Raw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN__RAW = 4;

	/**
	 * The number of structural features of the '<em>Origin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Origin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.LocatedImpl <em>Located</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.LocatedImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getLocated()
	 * @generated
	 */
	int LOCATED = 1;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED__ORIGINS = 0;

	/**
	 * The number of structural features of the '<em>Located</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Located</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.ServerImpl <em>Server</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.ServerImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getServer()
	 * @generated
	 */
	int SERVER = 2;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Bundle Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__BUNDLE_NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__FORMAT_VERSION = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__HOST_NAME = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Collector Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__COLLECTOR_NAME = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Collector Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__COLLECTOR_VERSION = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Collected At Utc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__COLLECTED_AT_UTC = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Collected At Local</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__COLLECTED_AT_LOCAL = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Local Utc Offset Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__LOCAL_UTC_OFFSET_MINUTES = LOCATED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Inferred</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__INFERRED = LOCATED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Windows Temp Tmp Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__WINDOWS_TEMP_TMP_COUNT = LOCATED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Artifacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__ARTIFACTS = LOCATED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Operating System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__OPERATING_SYSTEM = LOCATED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Hotfixes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__HOTFIXES = LOCATED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Dot Net</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__DOT_NET = LOCATED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Tls</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__TLS = LOCATED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Power Shell</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__POWER_SHELL = LOCATED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Time</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__TIME = LOCATED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__SERVICES = LOCATED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Volumes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__VOLUMES = LOCATED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Shadow Storages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__SHADOW_STORAGES = LOCATED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__NETWORK = LOCATED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Agent</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__AGENT = LOCATED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Cache</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__CACHE = LOCATED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__TASKS = LOCATED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Module Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__MODULE_FILES = LOCATED_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__POLICY = LOCATED_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Jobs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__JOBS = LOCATED_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Failed Files</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__FAILED_FILES = LOCATED_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Logs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__LOGS = LOCATED_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__EVENTS = LOCATED_FEATURE_COUNT + 29;

	/**
	 * The feature id for the '<em><b>Antivirus</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__ANTIVIRUS = LOCATED_FEATURE_COUNT + 30;

	/**
	 * The feature id for the '<em><b>Iscsi Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__ISCSI_DEVICES = LOCATED_FEATURE_COUNT + 31;

	/**
	 * The feature id for the '<em><b>Certificates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__CERTIFICATES = LOCATED_FEATURE_COUNT + 32;

	/**
	 * The feature id for the '<em><b>Vault Credentials</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__VAULT_CREDENTIALS = LOCATED_FEATURE_COUNT + 33;

	/**
	 * The feature id for the '<em><b>Extensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER__EXTENSIONS = LOCATED_FEATURE_COUNT + 34;

	/**
	 * The number of structural features of the '<em>Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 35;

	/**
	 * The number of operations of the '<em>Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.ArtifactImpl <em>Artifact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.ArtifactImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getArtifact()
	 * @generated
	 */
	int ARTIFACT = 3;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__PATH = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__MESSAGE = 2;

	/**
	 * The feature id for the '<em><b>Known Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__KNOWN_FORMAT = 3;

	/**
	 * The feature id for the '<em><b>Manifest Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__MANIFEST_STATUS = 4;

	/**
	 * The feature id for the '<em><b>Manifest Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__MANIFEST_REASON = 5;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__COMMAND = 6;

	/**
	 * The feature id for the '<em><b>Exit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__EXIT_CODE = 7;

	/**
	 * The feature id for the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__SIZE_BYTES = 8;

	/**
	 * The feature id for the '<em><b>Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__ENCODING = 9;

	/**
	 * The feature id for the '<em><b>Parser</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__PARSER = 10;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__SOURCE = 11;

	/**
	 * The feature id for the '<em><b>Recognition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__RECOGNITION = 12;

	/**
	 * The number of structural features of the '<em>Artifact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Artifact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.OperatingSystemImpl <em>Operating System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.OperatingSystemImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getOperatingSystem()
	 * @generated
	 */
	int OPERATING_SYSTEM = 4;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__HOST_NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__NAME = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__VERSION = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>System Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__SYSTEM_TYPE = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Original Install Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__ORIGINAL_INSTALL_DATE = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>System Boot Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__SYSTEM_BOOT_TIME = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__TIME_ZONE = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__DOMAIN = LOCATED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Operating System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Operating System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.HotfixImpl <em>Hotfix</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.HotfixImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getHotfix()
	 * @generated
	 */
	int HOTFIX = 5;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOTFIX__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Hot Fix Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOTFIX__HOT_FIX_ID = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOTFIX__DESCRIPTION = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Installed On Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOTFIX__INSTALLED_ON_TEXT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Installed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOTFIX__INSTALLED_ON = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Hotfix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOTFIX_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Hotfix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOTFIX_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.DotNetFrameworkImpl <em>Dot Net Framework</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.DotNetFrameworkImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getDotNetFramework()
	 * @generated
	 */
	int DOT_NET_FRAMEWORK = 6;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOT_NET_FRAMEWORK__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Release</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOT_NET_FRAMEWORK__RELEASE = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOT_NET_FRAMEWORK__VERSION = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Dot Net Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOT_NET_FRAMEWORK_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Dot Net Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOT_NET_FRAMEWORK_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.TlsSettingsImpl <em>Tls Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.TlsSettingsImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getTlsSettings()
	 * @generated
	 */
	int TLS_SETTINGS = 7;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_SETTINGS__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Protocols</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_SETTINGS__PROTOCOLS = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sch Use Strong Crypto</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_SETTINGS__SCH_USE_STRONG_CRYPTO = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>System Default Tls Versions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_SETTINGS__SYSTEM_DEFAULT_TLS_VERSIONS = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Tls Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_SETTINGS_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Tls Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_SETTINGS_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.SchannelProtocolImpl <em>Schannel Protocol</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.SchannelProtocolImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getSchannelProtocol()
	 * @generated
	 */
	int SCHANNEL_PROTOCOL = 8;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHANNEL_PROTOCOL__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHANNEL_PROTOCOL__PROTOCOL = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHANNEL_PROTOCOL__SIDE = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHANNEL_PROTOCOL__ENABLED = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Disabled By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHANNEL_PROTOCOL__DISABLED_BY_DEFAULT = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Schannel Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHANNEL_PROTOCOL_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Schannel Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHANNEL_PROTOCOL_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.PowerShellInfoImpl <em>Power Shell Info</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.PowerShellInfoImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getPowerShellInfo()
	 * @generated
	 */
	int POWER_SHELL_INFO = 9;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_SHELL_INFO__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_SHELL_INFO__VERSION = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_SHELL_INFO__EDITION = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Clr Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_SHELL_INFO__CLR_VERSION = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Execution Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_SHELL_INFO__EXECUTION_POLICIES = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Machine PS Module Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Power Shell Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_SHELL_INFO_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Power Shell Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_SHELL_INFO_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.ExecutionPolicySettingImpl <em>Execution Policy Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.ExecutionPolicySettingImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getExecutionPolicySetting()
	 * @generated
	 */
	int EXECUTION_POLICY_SETTING = 10;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_POLICY_SETTING__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_POLICY_SETTING__SCOPE = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_POLICY_SETTING__POLICY = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Execution Policy Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_POLICY_SETTING_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Execution Policy Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_POLICY_SETTING_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.TimeSettingsImpl <em>Time Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.TimeSettingsImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getTimeSettings()
	 * @generated
	 */
	int TIME_SETTINGS = 11;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_SETTINGS__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Time Zone Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_SETTINGS__TIME_ZONE_ID = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Time Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_SETTINGS_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Time Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_SETTINGS_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.ServiceImpl <em>Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.ServiceImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getService()
	 * @generated
	 */
	int SERVICE = 12;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__DISPLAY_NAME = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__STATE = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__START_MODE = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Start Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__START_NAME = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Path Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PATH_NAME = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.VolumeImpl <em>Volume</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.VolumeImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getVolume()
	 * @generated
	 */
	int VOLUME = 13;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Drive Letter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__DRIVE_LETTER = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__LABEL = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>File System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__FILE_SYSTEM = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Drive Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__DRIVE_TYPE = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Health Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__HEALTH_STATUS = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Operational Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__OPERATIONAL_STATUS = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__SIZE = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Size Remaining</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__SIZE_REMAINING = LOCATED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__PATH = LOCATED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.ShadowStorageImpl <em>Shadow Storage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.ShadowStorageImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getShadowStorage()
	 * @generated
	 */
	int SHADOW_STORAGE = 14;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_STORAGE__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>For Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_STORAGE__FOR_VOLUME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Storage Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_STORAGE__STORAGE_VOLUME = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Used Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_STORAGE__USED_BYTES = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Allocated Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_STORAGE__ALLOCATED_BYTES = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Maximum Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_STORAGE__MAXIMUM_BYTES = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Maximum Unbounded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_STORAGE__MAXIMUM_UNBOUNDED = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Maximum Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_STORAGE__MAXIMUM_PERCENT = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Shadow Storage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_STORAGE_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Shadow Storage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_STORAGE_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.NetworkSettingsImpl <em>Network Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.NetworkSettingsImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getNetworkSettings()
	 * @generated
	 */
	int NETWORK_SETTINGS = 15;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Win Http</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS__WIN_HTTP = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>System Internet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS__SYSTEM_INTERNET = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Agent Proxy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS__AGENT_PROXY = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Probes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS__PROBES = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Network Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Network Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.WinHttpProxyImpl <em>Win Http Proxy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.WinHttpProxyImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getWinHttpProxy()
	 * @generated
	 */
	int WIN_HTTP_PROXY = 16;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIN_HTTP_PROXY__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Direct Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIN_HTTP_PROXY__DIRECT_ACCESS = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Proxy Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIN_HTTP_PROXY__PROXY_SERVER = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bypass List</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIN_HTTP_PROXY__BYPASS_LIST = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Win Http Proxy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIN_HTTP_PROXY_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Win Http Proxy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIN_HTTP_PROXY_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.InternetSettingsImpl <em>Internet Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.InternetSettingsImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getInternetSettings()
	 * @generated
	 */
	int INTERNET_SETTINGS = 17;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNET_SETTINGS__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Proxy Enable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNET_SETTINGS__PROXY_ENABLE = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Proxy Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNET_SETTINGS__PROXY_SERVER = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Proxy Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNET_SETTINGS__PROXY_OVERRIDE = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Auto Config Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNET_SETTINGS__AUTO_CONFIG_URL = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Internet Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNET_SETTINGS_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Internet Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNET_SETTINGS_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.AgentProxyImpl <em>Agent Proxy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.AgentProxyImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getAgentProxy()
	 * @generated
	 */
	int AGENT_PROXY = 18;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_PROXY__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_PROXY__ENABLED = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Proxy Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_PROXY__PROXY_SERVER = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Proxy Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_PROXY__PROXY_PORT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>User Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_PROXY__USER_NAME = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Agent Proxy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_PROXY_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Agent Proxy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_PROXY_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.EndpointProbeImpl <em>Endpoint Probe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.EndpointProbeImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getEndpointProbe()
	 * @generated
	 */
	int ENDPOINT_PROBE = 19;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PROBE__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PROBE__TARGET = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PROBE__PORT = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tcp Test Succeeded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PROBE__TCP_TEST_SUCCEEDED = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Http Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PROBE__HTTP_STATUS = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PROBE__ERROR = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Endpoint Probe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PROBE_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Endpoint Probe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PROBE_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.AgentImpl <em>Agent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.AgentImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getAgent()
	 * @generated
	 */
	int AGENT = 20;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Install Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__INSTALL_PATH = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__VERSION = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Registration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__REGISTRATION = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Encryption Key Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__ENCRYPTION_KEY_STATUS = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Machine Setting Encryption Raw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__MACHINE_SETTING_ENCRYPTION_RAW = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Agent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Agent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.RegistrationImpl <em>Registration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.RegistrationImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getRegistration()
	 * @generated
	 */
	int REGISTRATION = 21;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Vault Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION__VAULT_NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subscription Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION__SUBSCRIPTION_ID = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Resource Group Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION__RESOURCE_GROUP_NAME = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Machine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION__MACHINE_ID = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Resource Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION__RESOURCE_ID = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Registration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Registration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.CacheSettingsImpl <em>Cache Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.CacheSettingsImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getCacheSettings()
	 * @generated
	 */
	int CACHE_SETTINGS = 22;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Config Scratch Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Provider Scratch Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Folder Exists</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__FOLDER_EXISTS = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Folder Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__FOLDER_FULL_NAME = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Folder Attributes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__FOLDER_ATTRIBUTES = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Kek Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__KEK_PRESENT = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Listed Entries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS__LISTED_ENTRIES = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Cache Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Cache Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_SETTINGS_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.ScheduledTaskImpl <em>Scheduled Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.ScheduledTaskImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getScheduledTask()
	 * @generated
	 */
	int SCHEDULED_TASK = 23;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TASK__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TASK__PATH = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TASK__ENABLED = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Multiple Instances Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Principal User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TASK__PRINCIPAL_USER_ID = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Principal Group Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TASK__PRINCIPAL_GROUP_ID = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Logon Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TASK__LOGON_TYPE = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Run Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TASK__RUN_LEVEL = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Triggers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TASK__TRIGGERS = LOCATED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TASK__ACTIONS = LOCATED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Scheduled Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TASK_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Scheduled Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TASK_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.TaskTriggerImpl <em>Task Trigger</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.TaskTriggerImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getTaskTrigger()
	 * @generated
	 */
	int TASK_TRIGGER = 24;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TRIGGER__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TRIGGER__KIND = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TRIGGER__ENABLED = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Boundary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TRIGGER__START_BOUNDARY = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Days Of Week</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TRIGGER__DAYS_OF_WEEK = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Task Trigger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TRIGGER_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Task Trigger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TRIGGER_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.TaskActionImpl <em>Task Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.TaskActionImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getTaskAction()
	 * @generated
	 */
	int TASK_ACTION = 25;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_ACTION__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_ACTION__COMMAND = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Arguments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_ACTION__ARGUMENTS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Task Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_ACTION_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Task Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_ACTION_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.ModuleFileImpl <em>Module File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.ModuleFileImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getModuleFile()
	 * @generated
	 */
	int MODULE_FILE = 26;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_FILE__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_FILE__PATH = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_FILE__ALGORITHM = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_FILE__HASH = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Module File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_FILE_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Module File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_FILE_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.BackupPolicyImpl <em>Backup Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.BackupPolicyImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getBackupPolicy()
	 * @generated
	 */
	int BACKUP_POLICY = 27;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Policy Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__POLICY_NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Schedule Days</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__SCHEDULE_DAYS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Schedule Times</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__SCHEDULE_TIMES = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>System State Protected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__SYSTEM_STATE_PROTECTED = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>File Specs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__FILE_SPECS = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Backup Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Backup Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.FileSpecImpl <em>File Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.FileSpecImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getFileSpec()
	 * @generated
	 */
	int FILE_SPEC = 28;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SPEC__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>File Spec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SPEC__FILE_SPEC = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Is Exclude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SPEC__IS_EXCLUDE = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Is Recursive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SPEC__IS_RECURSIVE = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>File Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SPEC_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>File Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SPEC_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.JobImpl <em>Job</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.JobImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getJob()
	 * @generated
	 */
	int JOB = 29;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Job Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__JOB_ID = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Job Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__JOB_TYPE = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Job State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__JOB_STATE = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__START_TIME = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__END_TIME = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Error Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__ERROR_CODE = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Error Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__ERROR_MESSAGE = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.FailedFilesSummaryImpl <em>Failed Files Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.FailedFilesSummaryImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getFailedFilesSummary()
	 * @generated
	 */
	int FAILED_FILES_SUMMARY = 30;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_SUMMARY__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Total Entries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_SUMMARY__TOTAL_ENTRIES = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_SUMMARY__LISTS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_SUMMARY__CODES = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Top Folders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_SUMMARY__TOP_FOLDERS = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Failed Files Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_SUMMARY_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Failed Files Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_SUMMARY_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.FailedFilesListImpl <em>Failed Files List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.FailedFilesListImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getFailedFilesList()
	 * @generated
	 */
	int FAILED_FILES_LIST = 31;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_LIST__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Artifact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_LIST__ARTIFACT = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_LIST__ENTRIES = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Header Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_LIST__HEADER_SEEN = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Malformed Lines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_LIST__MALFORMED_LINES = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>File Name Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_LIST__FILE_NAME_DATE = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Failed Files List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_LIST_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Failed Files List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILED_FILES_LIST_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.ErrorCodeCountImpl <em>Error Code Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.ErrorCodeCountImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getErrorCodeCount()
	 * @generated
	 */
	int ERROR_CODE_COUNT = 32;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE_COUNT__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE_COUNT__CODE = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE_COUNT__COUNT = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>First Entry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE_COUNT__FIRST_ENTRY = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Top Folders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE_COUNT__TOP_FOLDERS = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Error Code Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE_COUNT_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Error Code Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE_COUNT_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.FolderCountImpl <em>Folder Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.FolderCountImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getFolderCount()
	 * @generated
	 */
	int FOLDER_COUNT = 33;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_COUNT__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_COUNT__FOLDER = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_COUNT__COUNT = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Folder Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_COUNT_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Folder Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_COUNT_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.LogSummaryImpl <em>Log Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.LogSummaryImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getLogSummary()
	 * @generated
	 */
	int LOG_SUMMARY = 34;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_SUMMARY__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_SUMMARY__FILES = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_SUMMARY__HITS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ignored Hits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_SUMMARY__IGNORED_HITS = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Log Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_SUMMARY_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Log Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_SUMMARY_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.LogFileImpl <em>Log File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.LogFileImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getLogFile()
	 * @generated
	 */
	int LOG_FILE = 35;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_FILE__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Artifact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_FILE__ARTIFACT = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_FILE__LINES = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Warnings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_FILE__WARNINGS = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Errors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_FILE__ERRORS = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fatals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_FILE__FATALS = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Normals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_FILE__NORMALS = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>First Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_FILE__FIRST_TIMESTAMP = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Last Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_FILE__LAST_TIMESTAMP = LOCATED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Malformed Lines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_FILE__MALFORMED_LINES = LOCATED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Log File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_FILE_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Log File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_FILE_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.LogHitImpl <em>Log Hit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.LogHitImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getLogHit()
	 * @generated
	 */
	int LOG_HIT = 36;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_HIT__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_HIT__SIGNATURE = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_HIT__COUNT = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>First Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_HIT__FIRST_TEXT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>First Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_HIT__FIRST_TIME = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Last Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_HIT__LAST_TIME = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Log Hit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_HIT_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Log Hit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_HIT_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.EventRecordImpl <em>Event Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.EventRecordImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getEventRecord()
	 * @generated
	 */
	int EVENT_RECORD = 37;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Time Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD__TIME_CREATED = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Event Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD__EVENT_ID = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD__LEVEL = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD__MESSAGE = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Event Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Event Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RECORD_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.AntivirusSettingsImpl <em>Antivirus Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.AntivirusSettingsImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getAntivirusSettings()
	 * @generated
	 */
	int ANTIVIRUS_SETTINGS = 38;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANTIVIRUS_SETTINGS__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Realtime Monitoring Disabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANTIVIRUS_SETTINGS__REALTIME_MONITORING_DISABLED = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Exclusion Paths</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANTIVIRUS_SETTINGS__EXCLUSION_PATHS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Exclusion Processes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANTIVIRUS_SETTINGS__EXCLUSION_PROCESSES = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Exclusion Extensions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANTIVIRUS_SETTINGS__EXCLUSION_EXTENSIONS = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Antivirus Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANTIVIRUS_SETTINGS_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Antivirus Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANTIVIRUS_SETTINGS_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.PnpDeviceImpl <em>Pnp Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.PnpDeviceImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getPnpDevice()
	 * @generated
	 */
	int PNP_DEVICE = 39;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PNP_DEVICE__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PNP_DEVICE__STATUS = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Device Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PNP_DEVICE__DEVICE_CLASS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Friendly Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PNP_DEVICE__FRIENDLY_NAME = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Instance Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PNP_DEVICE__INSTANCE_ID = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PNP_DEVICE__PROBLEM = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Pnp Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PNP_DEVICE_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Pnp Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PNP_DEVICE_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.CertificateImpl <em>Certificate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.CertificateImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getCertificate()
	 * @generated
	 */
	int CERTIFICATE = 40;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__SUBJECT = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Friendly Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__FRIENDLY_NAME = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Thumbprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__THUMBPRINT = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Not Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__NOT_BEFORE = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Not After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__NOT_AFTER = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Has Private Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__HAS_PRIVATE_KEY = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Certificate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Certificate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.impl.VaultCredentialsImpl <em>Vault Credentials</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.impl.VaultCredentialsImpl
	 * @see marswb.model.server.impl.ServerPackageImpl#getVaultCredentials()
	 * @generated
	 */
	int VAULT_CREDENTIALS = 41;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__ORIGINS = LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__FILE_NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>File Name Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__FILE_NAME_DATE = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__VERSION = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subscription Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__SUBSCRIPTION_ID = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Resource Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__RESOURCE_TYPE = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Resource Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__RESOURCE_NAME = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Resource Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__RESOURCE_ID = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Resource Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__RESOURCE_GROUP = LOCATED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__LOCATION = LOCATED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Aad Tenant Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__AAD_TENANT_ID = LOCATED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Management Cert Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT = LOCATED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Cert Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__CERT_SUBJECT = LOCATED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Cert Not Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__CERT_NOT_BEFORE = LOCATED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Cert Not After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS__CERT_NOT_AFTER = LOCATED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Vault Credentials</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Vault Credentials</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAULT_CREDENTIALS_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link marswb.model.server.ArtifactStatus <em>Artifact Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.server.ArtifactStatus
	 * @see marswb.model.server.impl.ServerPackageImpl#getArtifactStatus()
	 * @generated
	 */
	int ARTIFACT_STATUS = 42;


	/**
	 * Returns the meta object for class '{@link marswb.model.server.Origin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Origin</em>'.
	 * @see marswb.model.server.Origin
	 * @generated
	 */
	EClass getOrigin();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Origin#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see marswb.model.server.Origin#getFeature()
	 * @see #getOrigin()
	 * @generated
	 */
	EAttribute getOrigin_Feature();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Origin#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see marswb.model.server.Origin#getIndex()
	 * @see #getOrigin()
	 * @generated
	 */
	EAttribute getOrigin_Index();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Origin#getArtifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Artifact</em>'.
	 * @see marswb.model.server.Origin#getArtifact()
	 * @see #getOrigin()
	 * @generated
	 */
	EAttribute getOrigin_Artifact();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Origin#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see marswb.model.server.Origin#getLine()
	 * @see #getOrigin()
	 * @generated
	 */
	EAttribute getOrigin_Line();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Origin#getRaw <em>Raw</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raw</em>'.
	 * @see marswb.model.server.Origin#getRaw()
	 * @see #getOrigin()
	 * @generated
	 */
	EAttribute getOrigin_Raw();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.Located <em>Located</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Located</em>'.
	 * @see marswb.model.server.Located
	 * @generated
	 */
	EClass getLocated();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Located#getOrigins <em>Origins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Origins</em>'.
	 * @see marswb.model.server.Located#getOrigins()
	 * @see #getLocated()
	 * @generated
	 */
	EReference getLocated_Origins();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.Server <em>Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Server</em>'.
	 * @see marswb.model.server.Server
	 * @generated
	 */
	EClass getServer();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Server#getBundleName <em>Bundle Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bundle Name</em>'.
	 * @see marswb.model.server.Server#getBundleName()
	 * @see #getServer()
	 * @generated
	 */
	EAttribute getServer_BundleName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Server#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see marswb.model.server.Server#getFormatVersion()
	 * @see #getServer()
	 * @generated
	 */
	EAttribute getServer_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Server#getHostName <em>Host Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Name</em>'.
	 * @see marswb.model.server.Server#getHostName()
	 * @see #getServer()
	 * @generated
	 */
	EAttribute getServer_HostName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Server#getCollectorName <em>Collector Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collector Name</em>'.
	 * @see marswb.model.server.Server#getCollectorName()
	 * @see #getServer()
	 * @generated
	 */
	EAttribute getServer_CollectorName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Server#getCollectorVersion <em>Collector Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collector Version</em>'.
	 * @see marswb.model.server.Server#getCollectorVersion()
	 * @see #getServer()
	 * @generated
	 */
	EAttribute getServer_CollectorVersion();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Server#getCollectedAtUtc <em>Collected At Utc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collected At Utc</em>'.
	 * @see marswb.model.server.Server#getCollectedAtUtc()
	 * @see #getServer()
	 * @generated
	 */
	EAttribute getServer_CollectedAtUtc();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Server#getCollectedAtLocal <em>Collected At Local</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collected At Local</em>'.
	 * @see marswb.model.server.Server#getCollectedAtLocal()
	 * @see #getServer()
	 * @generated
	 */
	EAttribute getServer_CollectedAtLocal();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Server#getLocalUtcOffsetMinutes <em>Local Utc Offset Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Utc Offset Minutes</em>'.
	 * @see marswb.model.server.Server#getLocalUtcOffsetMinutes()
	 * @see #getServer()
	 * @generated
	 */
	EAttribute getServer_LocalUtcOffsetMinutes();

	/**
	 * Returns the meta object for the attribute list '{@link marswb.model.server.Server#getInferred <em>Inferred</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Inferred</em>'.
	 * @see marswb.model.server.Server#getInferred()
	 * @see #getServer()
	 * @generated
	 */
	EAttribute getServer_Inferred();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Server#getWindowsTempTmpCount <em>Windows Temp Tmp Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Windows Temp Tmp Count</em>'.
	 * @see marswb.model.server.Server#getWindowsTempTmpCount()
	 * @see #getServer()
	 * @generated
	 */
	EAttribute getServer_WindowsTempTmpCount();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getArtifacts <em>Artifacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Artifacts</em>'.
	 * @see marswb.model.server.Server#getArtifacts()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Artifacts();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Server#getOperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Operating System</em>'.
	 * @see marswb.model.server.Server#getOperatingSystem()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_OperatingSystem();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getHotfixes <em>Hotfixes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hotfixes</em>'.
	 * @see marswb.model.server.Server#getHotfixes()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Hotfixes();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Server#getDotNet <em>Dot Net</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dot Net</em>'.
	 * @see marswb.model.server.Server#getDotNet()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_DotNet();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Server#getTls <em>Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tls</em>'.
	 * @see marswb.model.server.Server#getTls()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Tls();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Server#getPowerShell <em>Power Shell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Power Shell</em>'.
	 * @see marswb.model.server.Server#getPowerShell()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_PowerShell();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Server#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Time</em>'.
	 * @see marswb.model.server.Server#getTime()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Time();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Services</em>'.
	 * @see marswb.model.server.Server#getServices()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Services();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getVolumes <em>Volumes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Volumes</em>'.
	 * @see marswb.model.server.Server#getVolumes()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Volumes();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getShadowStorages <em>Shadow Storages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Shadow Storages</em>'.
	 * @see marswb.model.server.Server#getShadowStorages()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_ShadowStorages();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Server#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Network</em>'.
	 * @see marswb.model.server.Server#getNetwork()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Network();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Server#getAgent <em>Agent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Agent</em>'.
	 * @see marswb.model.server.Server#getAgent()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Agent();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Server#getCache <em>Cache</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cache</em>'.
	 * @see marswb.model.server.Server#getCache()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Cache();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see marswb.model.server.Server#getTasks()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Tasks();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getModuleFiles <em>Module Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Module Files</em>'.
	 * @see marswb.model.server.Server#getModuleFiles()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_ModuleFiles();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Server#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Policy</em>'.
	 * @see marswb.model.server.Server#getPolicy()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Policy();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getJobs <em>Jobs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Jobs</em>'.
	 * @see marswb.model.server.Server#getJobs()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Jobs();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Server#getFailedFiles <em>Failed Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Failed Files</em>'.
	 * @see marswb.model.server.Server#getFailedFiles()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_FailedFiles();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Server#getLogs <em>Logs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Logs</em>'.
	 * @see marswb.model.server.Server#getLogs()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Logs();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see marswb.model.server.Server#getEvents()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Events();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Server#getAntivirus <em>Antivirus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Antivirus</em>'.
	 * @see marswb.model.server.Server#getAntivirus()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Antivirus();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getIscsiDevices <em>Iscsi Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Iscsi Devices</em>'.
	 * @see marswb.model.server.Server#getIscsiDevices()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_IscsiDevices();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getCertificates <em>Certificates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Certificates</em>'.
	 * @see marswb.model.server.Server#getCertificates()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Certificates();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getVaultCredentials <em>Vault Credentials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vault Credentials</em>'.
	 * @see marswb.model.server.Server#getVaultCredentials()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_VaultCredentials();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.Server#getExtensions <em>Extensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Extensions</em>'.
	 * @see marswb.model.server.Server#getExtensions()
	 * @see #getServer()
	 * @generated
	 */
	EReference getServer_Extensions();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.Artifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Artifact</em>'.
	 * @see marswb.model.server.Artifact
	 * @generated
	 */
	EClass getArtifact();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see marswb.model.server.Artifact#getPath()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Path();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see marswb.model.server.Artifact#getStatus()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Status();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see marswb.model.server.Artifact#getMessage()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Message();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#isKnownFormat <em>Known Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Known Format</em>'.
	 * @see marswb.model.server.Artifact#isKnownFormat()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_KnownFormat();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#getManifestStatus <em>Manifest Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manifest Status</em>'.
	 * @see marswb.model.server.Artifact#getManifestStatus()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_ManifestStatus();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#getManifestReason <em>Manifest Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manifest Reason</em>'.
	 * @see marswb.model.server.Artifact#getManifestReason()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_ManifestReason();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command</em>'.
	 * @see marswb.model.server.Artifact#getCommand()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Command();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#getExitCode <em>Exit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exit Code</em>'.
	 * @see marswb.model.server.Artifact#getExitCode()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_ExitCode();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#getSizeBytes <em>Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Bytes</em>'.
	 * @see marswb.model.server.Artifact#getSizeBytes()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_SizeBytes();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#getEncoding <em>Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encoding</em>'.
	 * @see marswb.model.server.Artifact#getEncoding()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Encoding();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#getParser <em>Parser</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parser</em>'.
	 * @see marswb.model.server.Artifact#getParser()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Parser();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see marswb.model.server.Artifact#getSource()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Source();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Artifact#getRecognition <em>Recognition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recognition</em>'.
	 * @see marswb.model.server.Artifact#getRecognition()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Recognition();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.OperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operating System</em>'.
	 * @see marswb.model.server.OperatingSystem
	 * @generated
	 */
	EClass getOperatingSystem();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.OperatingSystem#getHostName <em>Host Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Name</em>'.
	 * @see marswb.model.server.OperatingSystem#getHostName()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_HostName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.OperatingSystem#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see marswb.model.server.OperatingSystem#getName()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Name();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.OperatingSystem#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see marswb.model.server.OperatingSystem#getVersion()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Version();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.OperatingSystem#getSystemType <em>System Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System Type</em>'.
	 * @see marswb.model.server.OperatingSystem#getSystemType()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_SystemType();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.OperatingSystem#getOriginalInstallDate <em>Original Install Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Install Date</em>'.
	 * @see marswb.model.server.OperatingSystem#getOriginalInstallDate()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_OriginalInstallDate();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.OperatingSystem#getSystemBootTime <em>System Boot Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System Boot Time</em>'.
	 * @see marswb.model.server.OperatingSystem#getSystemBootTime()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_SystemBootTime();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.OperatingSystem#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see marswb.model.server.OperatingSystem#getTimeZone()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_TimeZone();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.OperatingSystem#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see marswb.model.server.OperatingSystem#getDomain()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Domain();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.Hotfix <em>Hotfix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hotfix</em>'.
	 * @see marswb.model.server.Hotfix
	 * @generated
	 */
	EClass getHotfix();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Hotfix#getHotFixId <em>Hot Fix Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hot Fix Id</em>'.
	 * @see marswb.model.server.Hotfix#getHotFixId()
	 * @see #getHotfix()
	 * @generated
	 */
	EAttribute getHotfix_HotFixId();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Hotfix#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see marswb.model.server.Hotfix#getDescription()
	 * @see #getHotfix()
	 * @generated
	 */
	EAttribute getHotfix_Description();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Hotfix#getInstalledOnText <em>Installed On Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Installed On Text</em>'.
	 * @see marswb.model.server.Hotfix#getInstalledOnText()
	 * @see #getHotfix()
	 * @generated
	 */
	EAttribute getHotfix_InstalledOnText();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Hotfix#getInstalledOn <em>Installed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Installed On</em>'.
	 * @see marswb.model.server.Hotfix#getInstalledOn()
	 * @see #getHotfix()
	 * @generated
	 */
	EAttribute getHotfix_InstalledOn();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.DotNetFramework <em>Dot Net Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dot Net Framework</em>'.
	 * @see marswb.model.server.DotNetFramework
	 * @generated
	 */
	EClass getDotNetFramework();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.DotNetFramework#getRelease <em>Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Release</em>'.
	 * @see marswb.model.server.DotNetFramework#getRelease()
	 * @see #getDotNetFramework()
	 * @generated
	 */
	EAttribute getDotNetFramework_Release();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.DotNetFramework#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see marswb.model.server.DotNetFramework#getVersion()
	 * @see #getDotNetFramework()
	 * @generated
	 */
	EAttribute getDotNetFramework_Version();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.TlsSettings <em>Tls Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tls Settings</em>'.
	 * @see marswb.model.server.TlsSettings
	 * @generated
	 */
	EClass getTlsSettings();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.TlsSettings#getProtocols <em>Protocols</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Protocols</em>'.
	 * @see marswb.model.server.TlsSettings#getProtocols()
	 * @see #getTlsSettings()
	 * @generated
	 */
	EReference getTlsSettings_Protocols();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.TlsSettings#getSchUseStrongCrypto <em>Sch Use Strong Crypto</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sch Use Strong Crypto</em>'.
	 * @see marswb.model.server.TlsSettings#getSchUseStrongCrypto()
	 * @see #getTlsSettings()
	 * @generated
	 */
	EAttribute getTlsSettings_SchUseStrongCrypto();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.TlsSettings#getSystemDefaultTlsVersions <em>System Default Tls Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System Default Tls Versions</em>'.
	 * @see marswb.model.server.TlsSettings#getSystemDefaultTlsVersions()
	 * @see #getTlsSettings()
	 * @generated
	 */
	EAttribute getTlsSettings_SystemDefaultTlsVersions();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.SchannelProtocol <em>Schannel Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schannel Protocol</em>'.
	 * @see marswb.model.server.SchannelProtocol
	 * @generated
	 */
	EClass getSchannelProtocol();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.SchannelProtocol#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see marswb.model.server.SchannelProtocol#getProtocol()
	 * @see #getSchannelProtocol()
	 * @generated
	 */
	EAttribute getSchannelProtocol_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.SchannelProtocol#getSide <em>Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Side</em>'.
	 * @see marswb.model.server.SchannelProtocol#getSide()
	 * @see #getSchannelProtocol()
	 * @generated
	 */
	EAttribute getSchannelProtocol_Side();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.SchannelProtocol#getEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see marswb.model.server.SchannelProtocol#getEnabled()
	 * @see #getSchannelProtocol()
	 * @generated
	 */
	EAttribute getSchannelProtocol_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.SchannelProtocol#getDisabledByDefault <em>Disabled By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disabled By Default</em>'.
	 * @see marswb.model.server.SchannelProtocol#getDisabledByDefault()
	 * @see #getSchannelProtocol()
	 * @generated
	 */
	EAttribute getSchannelProtocol_DisabledByDefault();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.PowerShellInfo <em>Power Shell Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Power Shell Info</em>'.
	 * @see marswb.model.server.PowerShellInfo
	 * @generated
	 */
	EClass getPowerShellInfo();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.PowerShellInfo#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see marswb.model.server.PowerShellInfo#getVersion()
	 * @see #getPowerShellInfo()
	 * @generated
	 */
	EAttribute getPowerShellInfo_Version();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.PowerShellInfo#getEdition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edition</em>'.
	 * @see marswb.model.server.PowerShellInfo#getEdition()
	 * @see #getPowerShellInfo()
	 * @generated
	 */
	EAttribute getPowerShellInfo_Edition();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.PowerShellInfo#getClrVersion <em>Clr Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clr Version</em>'.
	 * @see marswb.model.server.PowerShellInfo#getClrVersion()
	 * @see #getPowerShellInfo()
	 * @generated
	 */
	EAttribute getPowerShellInfo_ClrVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.PowerShellInfo#getExecutionPolicies <em>Execution Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Execution Policies</em>'.
	 * @see marswb.model.server.PowerShellInfo#getExecutionPolicies()
	 * @see #getPowerShellInfo()
	 * @generated
	 */
	EReference getPowerShellInfo_ExecutionPolicies();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.PowerShellInfo#getMachinePSModulePath <em>Machine PS Module Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Machine PS Module Path</em>'.
	 * @see marswb.model.server.PowerShellInfo#getMachinePSModulePath()
	 * @see #getPowerShellInfo()
	 * @generated
	 */
	EAttribute getPowerShellInfo_MachinePSModulePath();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.ExecutionPolicySetting <em>Execution Policy Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Execution Policy Setting</em>'.
	 * @see marswb.model.server.ExecutionPolicySetting
	 * @generated
	 */
	EClass getExecutionPolicySetting();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ExecutionPolicySetting#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see marswb.model.server.ExecutionPolicySetting#getScope()
	 * @see #getExecutionPolicySetting()
	 * @generated
	 */
	EAttribute getExecutionPolicySetting_Scope();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ExecutionPolicySetting#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy</em>'.
	 * @see marswb.model.server.ExecutionPolicySetting#getPolicy()
	 * @see #getExecutionPolicySetting()
	 * @generated
	 */
	EAttribute getExecutionPolicySetting_Policy();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.TimeSettings <em>Time Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Settings</em>'.
	 * @see marswb.model.server.TimeSettings
	 * @generated
	 */
	EClass getTimeSettings();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.TimeSettings#getTimeZoneId <em>Time Zone Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone Id</em>'.
	 * @see marswb.model.server.TimeSettings#getTimeZoneId()
	 * @see #getTimeSettings()
	 * @generated
	 */
	EAttribute getTimeSettings_TimeZoneId();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service</em>'.
	 * @see marswb.model.server.Service
	 * @generated
	 */
	EClass getService();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Service#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see marswb.model.server.Service#getName()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Name();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Service#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see marswb.model.server.Service#getDisplayName()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Service#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see marswb.model.server.Service#getState()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_State();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Service#getStartMode <em>Start Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Mode</em>'.
	 * @see marswb.model.server.Service#getStartMode()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_StartMode();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Service#getStartName <em>Start Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Name</em>'.
	 * @see marswb.model.server.Service#getStartName()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_StartName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Service#getPathName <em>Path Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path Name</em>'.
	 * @see marswb.model.server.Service#getPathName()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_PathName();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.Volume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume</em>'.
	 * @see marswb.model.server.Volume
	 * @generated
	 */
	EClass getVolume();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Volume#getDriveLetter <em>Drive Letter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drive Letter</em>'.
	 * @see marswb.model.server.Volume#getDriveLetter()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_DriveLetter();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Volume#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see marswb.model.server.Volume#getLabel()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Label();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Volume#getFileSystem <em>File System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File System</em>'.
	 * @see marswb.model.server.Volume#getFileSystem()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_FileSystem();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Volume#getDriveType <em>Drive Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drive Type</em>'.
	 * @see marswb.model.server.Volume#getDriveType()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_DriveType();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Volume#getHealthStatus <em>Health Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Health Status</em>'.
	 * @see marswb.model.server.Volume#getHealthStatus()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_HealthStatus();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Volume#getOperationalStatus <em>Operational Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operational Status</em>'.
	 * @see marswb.model.server.Volume#getOperationalStatus()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_OperationalStatus();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Volume#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see marswb.model.server.Volume#getSize()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Size();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Volume#getSizeRemaining <em>Size Remaining</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Remaining</em>'.
	 * @see marswb.model.server.Volume#getSizeRemaining()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_SizeRemaining();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Volume#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see marswb.model.server.Volume#getPath()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Path();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.ShadowStorage <em>Shadow Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shadow Storage</em>'.
	 * @see marswb.model.server.ShadowStorage
	 * @generated
	 */
	EClass getShadowStorage();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ShadowStorage#getForVolume <em>For Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>For Volume</em>'.
	 * @see marswb.model.server.ShadowStorage#getForVolume()
	 * @see #getShadowStorage()
	 * @generated
	 */
	EAttribute getShadowStorage_ForVolume();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ShadowStorage#getStorageVolume <em>Storage Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage Volume</em>'.
	 * @see marswb.model.server.ShadowStorage#getStorageVolume()
	 * @see #getShadowStorage()
	 * @generated
	 */
	EAttribute getShadowStorage_StorageVolume();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ShadowStorage#getUsedBytes <em>Used Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Used Bytes</em>'.
	 * @see marswb.model.server.ShadowStorage#getUsedBytes()
	 * @see #getShadowStorage()
	 * @generated
	 */
	EAttribute getShadowStorage_UsedBytes();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ShadowStorage#getAllocatedBytes <em>Allocated Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocated Bytes</em>'.
	 * @see marswb.model.server.ShadowStorage#getAllocatedBytes()
	 * @see #getShadowStorage()
	 * @generated
	 */
	EAttribute getShadowStorage_AllocatedBytes();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ShadowStorage#getMaximumBytes <em>Maximum Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum Bytes</em>'.
	 * @see marswb.model.server.ShadowStorage#getMaximumBytes()
	 * @see #getShadowStorage()
	 * @generated
	 */
	EAttribute getShadowStorage_MaximumBytes();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ShadowStorage#isMaximumUnbounded <em>Maximum Unbounded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum Unbounded</em>'.
	 * @see marswb.model.server.ShadowStorage#isMaximumUnbounded()
	 * @see #getShadowStorage()
	 * @generated
	 */
	EAttribute getShadowStorage_MaximumUnbounded();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ShadowStorage#getMaximumPercent <em>Maximum Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum Percent</em>'.
	 * @see marswb.model.server.ShadowStorage#getMaximumPercent()
	 * @see #getShadowStorage()
	 * @generated
	 */
	EAttribute getShadowStorage_MaximumPercent();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.NetworkSettings <em>Network Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Settings</em>'.
	 * @see marswb.model.server.NetworkSettings
	 * @generated
	 */
	EClass getNetworkSettings();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.NetworkSettings#getWinHttp <em>Win Http</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Win Http</em>'.
	 * @see marswb.model.server.NetworkSettings#getWinHttp()
	 * @see #getNetworkSettings()
	 * @generated
	 */
	EReference getNetworkSettings_WinHttp();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.NetworkSettings#getSystemInternet <em>System Internet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>System Internet</em>'.
	 * @see marswb.model.server.NetworkSettings#getSystemInternet()
	 * @see #getNetworkSettings()
	 * @generated
	 */
	EReference getNetworkSettings_SystemInternet();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.NetworkSettings#getAgentProxy <em>Agent Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Agent Proxy</em>'.
	 * @see marswb.model.server.NetworkSettings#getAgentProxy()
	 * @see #getNetworkSettings()
	 * @generated
	 */
	EReference getNetworkSettings_AgentProxy();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.NetworkSettings#getProbes <em>Probes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Probes</em>'.
	 * @see marswb.model.server.NetworkSettings#getProbes()
	 * @see #getNetworkSettings()
	 * @generated
	 */
	EReference getNetworkSettings_Probes();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.WinHttpProxy <em>Win Http Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Win Http Proxy</em>'.
	 * @see marswb.model.server.WinHttpProxy
	 * @generated
	 */
	EClass getWinHttpProxy();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.WinHttpProxy#getDirectAccess <em>Direct Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direct Access</em>'.
	 * @see marswb.model.server.WinHttpProxy#getDirectAccess()
	 * @see #getWinHttpProxy()
	 * @generated
	 */
	EAttribute getWinHttpProxy_DirectAccess();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.WinHttpProxy#getProxyServer <em>Proxy Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proxy Server</em>'.
	 * @see marswb.model.server.WinHttpProxy#getProxyServer()
	 * @see #getWinHttpProxy()
	 * @generated
	 */
	EAttribute getWinHttpProxy_ProxyServer();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.WinHttpProxy#getBypassList <em>Bypass List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bypass List</em>'.
	 * @see marswb.model.server.WinHttpProxy#getBypassList()
	 * @see #getWinHttpProxy()
	 * @generated
	 */
	EAttribute getWinHttpProxy_BypassList();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.InternetSettings <em>Internet Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Internet Settings</em>'.
	 * @see marswb.model.server.InternetSettings
	 * @generated
	 */
	EClass getInternetSettings();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.InternetSettings#getProxyEnable <em>Proxy Enable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proxy Enable</em>'.
	 * @see marswb.model.server.InternetSettings#getProxyEnable()
	 * @see #getInternetSettings()
	 * @generated
	 */
	EAttribute getInternetSettings_ProxyEnable();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.InternetSettings#getProxyServer <em>Proxy Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proxy Server</em>'.
	 * @see marswb.model.server.InternetSettings#getProxyServer()
	 * @see #getInternetSettings()
	 * @generated
	 */
	EAttribute getInternetSettings_ProxyServer();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.InternetSettings#getProxyOverride <em>Proxy Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proxy Override</em>'.
	 * @see marswb.model.server.InternetSettings#getProxyOverride()
	 * @see #getInternetSettings()
	 * @generated
	 */
	EAttribute getInternetSettings_ProxyOverride();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.InternetSettings#getAutoConfigUrl <em>Auto Config Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Auto Config Url</em>'.
	 * @see marswb.model.server.InternetSettings#getAutoConfigUrl()
	 * @see #getInternetSettings()
	 * @generated
	 */
	EAttribute getInternetSettings_AutoConfigUrl();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.AgentProxy <em>Agent Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agent Proxy</em>'.
	 * @see marswb.model.server.AgentProxy
	 * @generated
	 */
	EClass getAgentProxy();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.AgentProxy#getEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see marswb.model.server.AgentProxy#getEnabled()
	 * @see #getAgentProxy()
	 * @generated
	 */
	EAttribute getAgentProxy_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.AgentProxy#getProxyServer <em>Proxy Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proxy Server</em>'.
	 * @see marswb.model.server.AgentProxy#getProxyServer()
	 * @see #getAgentProxy()
	 * @generated
	 */
	EAttribute getAgentProxy_ProxyServer();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.AgentProxy#getProxyPort <em>Proxy Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proxy Port</em>'.
	 * @see marswb.model.server.AgentProxy#getProxyPort()
	 * @see #getAgentProxy()
	 * @generated
	 */
	EAttribute getAgentProxy_ProxyPort();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.AgentProxy#getUserName <em>User Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Name</em>'.
	 * @see marswb.model.server.AgentProxy#getUserName()
	 * @see #getAgentProxy()
	 * @generated
	 */
	EAttribute getAgentProxy_UserName();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.EndpointProbe <em>Endpoint Probe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint Probe</em>'.
	 * @see marswb.model.server.EndpointProbe
	 * @generated
	 */
	EClass getEndpointProbe();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.EndpointProbe#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see marswb.model.server.EndpointProbe#getTarget()
	 * @see #getEndpointProbe()
	 * @generated
	 */
	EAttribute getEndpointProbe_Target();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.EndpointProbe#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see marswb.model.server.EndpointProbe#getPort()
	 * @see #getEndpointProbe()
	 * @generated
	 */
	EAttribute getEndpointProbe_Port();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.EndpointProbe#getTcpTestSucceeded <em>Tcp Test Succeeded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tcp Test Succeeded</em>'.
	 * @see marswb.model.server.EndpointProbe#getTcpTestSucceeded()
	 * @see #getEndpointProbe()
	 * @generated
	 */
	EAttribute getEndpointProbe_TcpTestSucceeded();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.EndpointProbe#getHttpStatus <em>Http Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Http Status</em>'.
	 * @see marswb.model.server.EndpointProbe#getHttpStatus()
	 * @see #getEndpointProbe()
	 * @generated
	 */
	EAttribute getEndpointProbe_HttpStatus();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.EndpointProbe#getError <em>Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error</em>'.
	 * @see marswb.model.server.EndpointProbe#getError()
	 * @see #getEndpointProbe()
	 * @generated
	 */
	EAttribute getEndpointProbe_Error();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.Agent <em>Agent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agent</em>'.
	 * @see marswb.model.server.Agent
	 * @generated
	 */
	EClass getAgent();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Agent#getInstallPath <em>Install Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Install Path</em>'.
	 * @see marswb.model.server.Agent#getInstallPath()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_InstallPath();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Agent#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see marswb.model.server.Agent#getVersion()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_Version();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.server.Agent#getRegistration <em>Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Registration</em>'.
	 * @see marswb.model.server.Agent#getRegistration()
	 * @see #getAgent()
	 * @generated
	 */
	EReference getAgent_Registration();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Agent#getEncryptionKeyStatus <em>Encryption Key Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encryption Key Status</em>'.
	 * @see marswb.model.server.Agent#getEncryptionKeyStatus()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_EncryptionKeyStatus();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Agent#getMachineSettingEncryptionRaw <em>Machine Setting Encryption Raw</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Machine Setting Encryption Raw</em>'.
	 * @see marswb.model.server.Agent#getMachineSettingEncryptionRaw()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_MachineSettingEncryptionRaw();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.Registration <em>Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Registration</em>'.
	 * @see marswb.model.server.Registration
	 * @generated
	 */
	EClass getRegistration();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Registration#getVaultName <em>Vault Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vault Name</em>'.
	 * @see marswb.model.server.Registration#getVaultName()
	 * @see #getRegistration()
	 * @generated
	 */
	EAttribute getRegistration_VaultName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Registration#getSubscriptionId <em>Subscription Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subscription Id</em>'.
	 * @see marswb.model.server.Registration#getSubscriptionId()
	 * @see #getRegistration()
	 * @generated
	 */
	EAttribute getRegistration_SubscriptionId();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Registration#getResourceGroupName <em>Resource Group Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Group Name</em>'.
	 * @see marswb.model.server.Registration#getResourceGroupName()
	 * @see #getRegistration()
	 * @generated
	 */
	EAttribute getRegistration_ResourceGroupName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Registration#getMachineId <em>Machine Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Machine Id</em>'.
	 * @see marswb.model.server.Registration#getMachineId()
	 * @see #getRegistration()
	 * @generated
	 */
	EAttribute getRegistration_MachineId();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Registration#getResourceId <em>Resource Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Id</em>'.
	 * @see marswb.model.server.Registration#getResourceId()
	 * @see #getRegistration()
	 * @generated
	 */
	EAttribute getRegistration_ResourceId();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.CacheSettings <em>Cache Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cache Settings</em>'.
	 * @see marswb.model.server.CacheSettings
	 * @generated
	 */
	EClass getCacheSettings();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.CacheSettings#getConfigScratchLocation <em>Config Scratch Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Config Scratch Location</em>'.
	 * @see marswb.model.server.CacheSettings#getConfigScratchLocation()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_ConfigScratchLocation();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.CacheSettings#getProviderScratchLocation <em>Provider Scratch Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Scratch Location</em>'.
	 * @see marswb.model.server.CacheSettings#getProviderScratchLocation()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_ProviderScratchLocation();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.CacheSettings#getFolderExists <em>Folder Exists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folder Exists</em>'.
	 * @see marswb.model.server.CacheSettings#getFolderExists()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_FolderExists();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.CacheSettings#getFolderFullName <em>Folder Full Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folder Full Name</em>'.
	 * @see marswb.model.server.CacheSettings#getFolderFullName()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_FolderFullName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.CacheSettings#getFolderAttributes <em>Folder Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folder Attributes</em>'.
	 * @see marswb.model.server.CacheSettings#getFolderAttributes()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_FolderAttributes();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.CacheSettings#getKekPresent <em>Kek Present</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kek Present</em>'.
	 * @see marswb.model.server.CacheSettings#getKekPresent()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_KekPresent();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.CacheSettings#getListedEntries <em>Listed Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Listed Entries</em>'.
	 * @see marswb.model.server.CacheSettings#getListedEntries()
	 * @see #getCacheSettings()
	 * @generated
	 */
	EAttribute getCacheSettings_ListedEntries();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.ScheduledTask <em>Scheduled Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scheduled Task</em>'.
	 * @see marswb.model.server.ScheduledTask
	 * @generated
	 */
	EClass getScheduledTask();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ScheduledTask#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see marswb.model.server.ScheduledTask#getPath()
	 * @see #getScheduledTask()
	 * @generated
	 */
	EAttribute getScheduledTask_Path();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ScheduledTask#getEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see marswb.model.server.ScheduledTask#getEnabled()
	 * @see #getScheduledTask()
	 * @generated
	 */
	EAttribute getScheduledTask_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ScheduledTask#getMultipleInstancesPolicy <em>Multiple Instances Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multiple Instances Policy</em>'.
	 * @see marswb.model.server.ScheduledTask#getMultipleInstancesPolicy()
	 * @see #getScheduledTask()
	 * @generated
	 */
	EAttribute getScheduledTask_MultipleInstancesPolicy();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ScheduledTask#getPrincipalUserId <em>Principal User Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Principal User Id</em>'.
	 * @see marswb.model.server.ScheduledTask#getPrincipalUserId()
	 * @see #getScheduledTask()
	 * @generated
	 */
	EAttribute getScheduledTask_PrincipalUserId();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ScheduledTask#getPrincipalGroupId <em>Principal Group Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Principal Group Id</em>'.
	 * @see marswb.model.server.ScheduledTask#getPrincipalGroupId()
	 * @see #getScheduledTask()
	 * @generated
	 */
	EAttribute getScheduledTask_PrincipalGroupId();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ScheduledTask#getLogonType <em>Logon Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logon Type</em>'.
	 * @see marswb.model.server.ScheduledTask#getLogonType()
	 * @see #getScheduledTask()
	 * @generated
	 */
	EAttribute getScheduledTask_LogonType();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ScheduledTask#getRunLevel <em>Run Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run Level</em>'.
	 * @see marswb.model.server.ScheduledTask#getRunLevel()
	 * @see #getScheduledTask()
	 * @generated
	 */
	EAttribute getScheduledTask_RunLevel();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.ScheduledTask#getTriggers <em>Triggers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Triggers</em>'.
	 * @see marswb.model.server.ScheduledTask#getTriggers()
	 * @see #getScheduledTask()
	 * @generated
	 */
	EReference getScheduledTask_Triggers();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.ScheduledTask#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see marswb.model.server.ScheduledTask#getActions()
	 * @see #getScheduledTask()
	 * @generated
	 */
	EReference getScheduledTask_Actions();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.TaskTrigger <em>Task Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task Trigger</em>'.
	 * @see marswb.model.server.TaskTrigger
	 * @generated
	 */
	EClass getTaskTrigger();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.TaskTrigger#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see marswb.model.server.TaskTrigger#getKind()
	 * @see #getTaskTrigger()
	 * @generated
	 */
	EAttribute getTaskTrigger_Kind();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.TaskTrigger#getEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see marswb.model.server.TaskTrigger#getEnabled()
	 * @see #getTaskTrigger()
	 * @generated
	 */
	EAttribute getTaskTrigger_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.TaskTrigger#getStartBoundary <em>Start Boundary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Boundary</em>'.
	 * @see marswb.model.server.TaskTrigger#getStartBoundary()
	 * @see #getTaskTrigger()
	 * @generated
	 */
	EAttribute getTaskTrigger_StartBoundary();

	/**
	 * Returns the meta object for the attribute list '{@link marswb.model.server.TaskTrigger#getDaysOfWeek <em>Days Of Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Days Of Week</em>'.
	 * @see marswb.model.server.TaskTrigger#getDaysOfWeek()
	 * @see #getTaskTrigger()
	 * @generated
	 */
	EAttribute getTaskTrigger_DaysOfWeek();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.TaskAction <em>Task Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task Action</em>'.
	 * @see marswb.model.server.TaskAction
	 * @generated
	 */
	EClass getTaskAction();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.TaskAction#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command</em>'.
	 * @see marswb.model.server.TaskAction#getCommand()
	 * @see #getTaskAction()
	 * @generated
	 */
	EAttribute getTaskAction_Command();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.TaskAction#getArguments <em>Arguments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arguments</em>'.
	 * @see marswb.model.server.TaskAction#getArguments()
	 * @see #getTaskAction()
	 * @generated
	 */
	EAttribute getTaskAction_Arguments();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.ModuleFile <em>Module File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Module File</em>'.
	 * @see marswb.model.server.ModuleFile
	 * @generated
	 */
	EClass getModuleFile();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ModuleFile#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see marswb.model.server.ModuleFile#getPath()
	 * @see #getModuleFile()
	 * @generated
	 */
	EAttribute getModuleFile_Path();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ModuleFile#getAlgorithm <em>Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Algorithm</em>'.
	 * @see marswb.model.server.ModuleFile#getAlgorithm()
	 * @see #getModuleFile()
	 * @generated
	 */
	EAttribute getModuleFile_Algorithm();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ModuleFile#getHash <em>Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hash</em>'.
	 * @see marswb.model.server.ModuleFile#getHash()
	 * @see #getModuleFile()
	 * @generated
	 */
	EAttribute getModuleFile_Hash();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.BackupPolicy <em>Backup Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backup Policy</em>'.
	 * @see marswb.model.server.BackupPolicy
	 * @generated
	 */
	EClass getBackupPolicy();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.BackupPolicy#getPolicyName <em>Policy Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy Name</em>'.
	 * @see marswb.model.server.BackupPolicy#getPolicyName()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_PolicyName();

	/**
	 * Returns the meta object for the attribute list '{@link marswb.model.server.BackupPolicy#getScheduleDays <em>Schedule Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Schedule Days</em>'.
	 * @see marswb.model.server.BackupPolicy#getScheduleDays()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_ScheduleDays();

	/**
	 * Returns the meta object for the attribute list '{@link marswb.model.server.BackupPolicy#getScheduleTimes <em>Schedule Times</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Schedule Times</em>'.
	 * @see marswb.model.server.BackupPolicy#getScheduleTimes()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_ScheduleTimes();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.BackupPolicy#getSystemStateProtected <em>System State Protected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System State Protected</em>'.
	 * @see marswb.model.server.BackupPolicy#getSystemStateProtected()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_SystemStateProtected();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.BackupPolicy#getFileSpecs <em>File Specs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>File Specs</em>'.
	 * @see marswb.model.server.BackupPolicy#getFileSpecs()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EReference getBackupPolicy_FileSpecs();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.FileSpec <em>File Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Spec</em>'.
	 * @see marswb.model.server.FileSpec
	 * @generated
	 */
	EClass getFileSpec();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.FileSpec#getFileSpec <em>File Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Spec</em>'.
	 * @see marswb.model.server.FileSpec#getFileSpec()
	 * @see #getFileSpec()
	 * @generated
	 */
	EAttribute getFileSpec_FileSpec();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.FileSpec#getIsExclude <em>Is Exclude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Exclude</em>'.
	 * @see marswb.model.server.FileSpec#getIsExclude()
	 * @see #getFileSpec()
	 * @generated
	 */
	EAttribute getFileSpec_IsExclude();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.FileSpec#getIsRecursive <em>Is Recursive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Recursive</em>'.
	 * @see marswb.model.server.FileSpec#getIsRecursive()
	 * @see #getFileSpec()
	 * @generated
	 */
	EAttribute getFileSpec_IsRecursive();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.Job <em>Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job</em>'.
	 * @see marswb.model.server.Job
	 * @generated
	 */
	EClass getJob();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Job#getJobId <em>Job Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job Id</em>'.
	 * @see marswb.model.server.Job#getJobId()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_JobId();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Job#getJobType <em>Job Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job Type</em>'.
	 * @see marswb.model.server.Job#getJobType()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_JobType();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Job#getJobState <em>Job State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job State</em>'.
	 * @see marswb.model.server.Job#getJobState()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_JobState();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Job#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see marswb.model.server.Job#getStartTime()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Job#getEndTime <em>End Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Time</em>'.
	 * @see marswb.model.server.Job#getEndTime()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_EndTime();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Job#getErrorCode <em>Error Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Code</em>'.
	 * @see marswb.model.server.Job#getErrorCode()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_ErrorCode();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Job#getErrorMessage <em>Error Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Message</em>'.
	 * @see marswb.model.server.Job#getErrorMessage()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_ErrorMessage();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.FailedFilesSummary <em>Failed Files Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Failed Files Summary</em>'.
	 * @see marswb.model.server.FailedFilesSummary
	 * @generated
	 */
	EClass getFailedFilesSummary();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.FailedFilesSummary#getTotalEntries <em>Total Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Entries</em>'.
	 * @see marswb.model.server.FailedFilesSummary#getTotalEntries()
	 * @see #getFailedFilesSummary()
	 * @generated
	 */
	EAttribute getFailedFilesSummary_TotalEntries();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.FailedFilesSummary#getLists <em>Lists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lists</em>'.
	 * @see marswb.model.server.FailedFilesSummary#getLists()
	 * @see #getFailedFilesSummary()
	 * @generated
	 */
	EReference getFailedFilesSummary_Lists();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.FailedFilesSummary#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codes</em>'.
	 * @see marswb.model.server.FailedFilesSummary#getCodes()
	 * @see #getFailedFilesSummary()
	 * @generated
	 */
	EReference getFailedFilesSummary_Codes();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.FailedFilesSummary#getTopFolders <em>Top Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Top Folders</em>'.
	 * @see marswb.model.server.FailedFilesSummary#getTopFolders()
	 * @see #getFailedFilesSummary()
	 * @generated
	 */
	EReference getFailedFilesSummary_TopFolders();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.FailedFilesList <em>Failed Files List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Failed Files List</em>'.
	 * @see marswb.model.server.FailedFilesList
	 * @generated
	 */
	EClass getFailedFilesList();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.FailedFilesList#getArtifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Artifact</em>'.
	 * @see marswb.model.server.FailedFilesList#getArtifact()
	 * @see #getFailedFilesList()
	 * @generated
	 */
	EAttribute getFailedFilesList_Artifact();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.FailedFilesList#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entries</em>'.
	 * @see marswb.model.server.FailedFilesList#getEntries()
	 * @see #getFailedFilesList()
	 * @generated
	 */
	EAttribute getFailedFilesList_Entries();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.FailedFilesList#isHeaderSeen <em>Header Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header Seen</em>'.
	 * @see marswb.model.server.FailedFilesList#isHeaderSeen()
	 * @see #getFailedFilesList()
	 * @generated
	 */
	EAttribute getFailedFilesList_HeaderSeen();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.FailedFilesList#getMalformedLines <em>Malformed Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Malformed Lines</em>'.
	 * @see marswb.model.server.FailedFilesList#getMalformedLines()
	 * @see #getFailedFilesList()
	 * @generated
	 */
	EAttribute getFailedFilesList_MalformedLines();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.FailedFilesList#getFileNameDate <em>File Name Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name Date</em>'.
	 * @see marswb.model.server.FailedFilesList#getFileNameDate()
	 * @see #getFailedFilesList()
	 * @generated
	 */
	EAttribute getFailedFilesList_FileNameDate();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.ErrorCodeCount <em>Error Code Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Error Code Count</em>'.
	 * @see marswb.model.server.ErrorCodeCount
	 * @generated
	 */
	EClass getErrorCodeCount();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ErrorCodeCount#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see marswb.model.server.ErrorCodeCount#getCode()
	 * @see #getErrorCodeCount()
	 * @generated
	 */
	EAttribute getErrorCodeCount_Code();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ErrorCodeCount#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see marswb.model.server.ErrorCodeCount#getCount()
	 * @see #getErrorCodeCount()
	 * @generated
	 */
	EAttribute getErrorCodeCount_Count();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.ErrorCodeCount#getFirstEntry <em>First Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Entry</em>'.
	 * @see marswb.model.server.ErrorCodeCount#getFirstEntry()
	 * @see #getErrorCodeCount()
	 * @generated
	 */
	EAttribute getErrorCodeCount_FirstEntry();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.ErrorCodeCount#getTopFolders <em>Top Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Top Folders</em>'.
	 * @see marswb.model.server.ErrorCodeCount#getTopFolders()
	 * @see #getErrorCodeCount()
	 * @generated
	 */
	EReference getErrorCodeCount_TopFolders();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.FolderCount <em>Folder Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Folder Count</em>'.
	 * @see marswb.model.server.FolderCount
	 * @generated
	 */
	EClass getFolderCount();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.FolderCount#getFolder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folder</em>'.
	 * @see marswb.model.server.FolderCount#getFolder()
	 * @see #getFolderCount()
	 * @generated
	 */
	EAttribute getFolderCount_Folder();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.FolderCount#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see marswb.model.server.FolderCount#getCount()
	 * @see #getFolderCount()
	 * @generated
	 */
	EAttribute getFolderCount_Count();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.LogSummary <em>Log Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Log Summary</em>'.
	 * @see marswb.model.server.LogSummary
	 * @generated
	 */
	EClass getLogSummary();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.LogSummary#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see marswb.model.server.LogSummary#getFiles()
	 * @see #getLogSummary()
	 * @generated
	 */
	EReference getLogSummary_Files();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.LogSummary#getHits <em>Hits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hits</em>'.
	 * @see marswb.model.server.LogSummary#getHits()
	 * @see #getLogSummary()
	 * @generated
	 */
	EReference getLogSummary_Hits();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.server.LogSummary#getIgnoredHits <em>Ignored Hits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ignored Hits</em>'.
	 * @see marswb.model.server.LogSummary#getIgnoredHits()
	 * @see #getLogSummary()
	 * @generated
	 */
	EReference getLogSummary_IgnoredHits();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.LogFile <em>Log File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Log File</em>'.
	 * @see marswb.model.server.LogFile
	 * @generated
	 */
	EClass getLogFile();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogFile#getArtifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Artifact</em>'.
	 * @see marswb.model.server.LogFile#getArtifact()
	 * @see #getLogFile()
	 * @generated
	 */
	EAttribute getLogFile_Artifact();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogFile#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lines</em>'.
	 * @see marswb.model.server.LogFile#getLines()
	 * @see #getLogFile()
	 * @generated
	 */
	EAttribute getLogFile_Lines();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogFile#getWarnings <em>Warnings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warnings</em>'.
	 * @see marswb.model.server.LogFile#getWarnings()
	 * @see #getLogFile()
	 * @generated
	 */
	EAttribute getLogFile_Warnings();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogFile#getErrors <em>Errors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Errors</em>'.
	 * @see marswb.model.server.LogFile#getErrors()
	 * @see #getLogFile()
	 * @generated
	 */
	EAttribute getLogFile_Errors();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogFile#getFatals <em>Fatals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fatals</em>'.
	 * @see marswb.model.server.LogFile#getFatals()
	 * @see #getLogFile()
	 * @generated
	 */
	EAttribute getLogFile_Fatals();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogFile#getNormals <em>Normals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normals</em>'.
	 * @see marswb.model.server.LogFile#getNormals()
	 * @see #getLogFile()
	 * @generated
	 */
	EAttribute getLogFile_Normals();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogFile#getFirstTimestamp <em>First Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Timestamp</em>'.
	 * @see marswb.model.server.LogFile#getFirstTimestamp()
	 * @see #getLogFile()
	 * @generated
	 */
	EAttribute getLogFile_FirstTimestamp();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogFile#getLastTimestamp <em>Last Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Timestamp</em>'.
	 * @see marswb.model.server.LogFile#getLastTimestamp()
	 * @see #getLogFile()
	 * @generated
	 */
	EAttribute getLogFile_LastTimestamp();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogFile#getMalformedLines <em>Malformed Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Malformed Lines</em>'.
	 * @see marswb.model.server.LogFile#getMalformedLines()
	 * @see #getLogFile()
	 * @generated
	 */
	EAttribute getLogFile_MalformedLines();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.LogHit <em>Log Hit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Log Hit</em>'.
	 * @see marswb.model.server.LogHit
	 * @generated
	 */
	EClass getLogHit();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogHit#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature</em>'.
	 * @see marswb.model.server.LogHit#getSignature()
	 * @see #getLogHit()
	 * @generated
	 */
	EAttribute getLogHit_Signature();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogHit#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see marswb.model.server.LogHit#getCount()
	 * @see #getLogHit()
	 * @generated
	 */
	EAttribute getLogHit_Count();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogHit#getFirstText <em>First Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Text</em>'.
	 * @see marswb.model.server.LogHit#getFirstText()
	 * @see #getLogHit()
	 * @generated
	 */
	EAttribute getLogHit_FirstText();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogHit#getFirstTime <em>First Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Time</em>'.
	 * @see marswb.model.server.LogHit#getFirstTime()
	 * @see #getLogHit()
	 * @generated
	 */
	EAttribute getLogHit_FirstTime();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.LogHit#getLastTime <em>Last Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Time</em>'.
	 * @see marswb.model.server.LogHit#getLastTime()
	 * @see #getLogHit()
	 * @generated
	 */
	EAttribute getLogHit_LastTime();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.EventRecord <em>Event Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event Record</em>'.
	 * @see marswb.model.server.EventRecord
	 * @generated
	 */
	EClass getEventRecord();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.EventRecord#getTimeCreated <em>Time Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Created</em>'.
	 * @see marswb.model.server.EventRecord#getTimeCreated()
	 * @see #getEventRecord()
	 * @generated
	 */
	EAttribute getEventRecord_TimeCreated();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.EventRecord#getEventId <em>Event Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Id</em>'.
	 * @see marswb.model.server.EventRecord#getEventId()
	 * @see #getEventRecord()
	 * @generated
	 */
	EAttribute getEventRecord_EventId();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.EventRecord#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see marswb.model.server.EventRecord#getLevel()
	 * @see #getEventRecord()
	 * @generated
	 */
	EAttribute getEventRecord_Level();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.EventRecord#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see marswb.model.server.EventRecord#getMessage()
	 * @see #getEventRecord()
	 * @generated
	 */
	EAttribute getEventRecord_Message();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.AntivirusSettings <em>Antivirus Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Antivirus Settings</em>'.
	 * @see marswb.model.server.AntivirusSettings
	 * @generated
	 */
	EClass getAntivirusSettings();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.AntivirusSettings#getRealtimeMonitoringDisabled <em>Realtime Monitoring Disabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Realtime Monitoring Disabled</em>'.
	 * @see marswb.model.server.AntivirusSettings#getRealtimeMonitoringDisabled()
	 * @see #getAntivirusSettings()
	 * @generated
	 */
	EAttribute getAntivirusSettings_RealtimeMonitoringDisabled();

	/**
	 * Returns the meta object for the attribute list '{@link marswb.model.server.AntivirusSettings#getExclusionPaths <em>Exclusion Paths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Exclusion Paths</em>'.
	 * @see marswb.model.server.AntivirusSettings#getExclusionPaths()
	 * @see #getAntivirusSettings()
	 * @generated
	 */
	EAttribute getAntivirusSettings_ExclusionPaths();

	/**
	 * Returns the meta object for the attribute list '{@link marswb.model.server.AntivirusSettings#getExclusionProcesses <em>Exclusion Processes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Exclusion Processes</em>'.
	 * @see marswb.model.server.AntivirusSettings#getExclusionProcesses()
	 * @see #getAntivirusSettings()
	 * @generated
	 */
	EAttribute getAntivirusSettings_ExclusionProcesses();

	/**
	 * Returns the meta object for the attribute list '{@link marswb.model.server.AntivirusSettings#getExclusionExtensions <em>Exclusion Extensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Exclusion Extensions</em>'.
	 * @see marswb.model.server.AntivirusSettings#getExclusionExtensions()
	 * @see #getAntivirusSettings()
	 * @generated
	 */
	EAttribute getAntivirusSettings_ExclusionExtensions();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.PnpDevice <em>Pnp Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pnp Device</em>'.
	 * @see marswb.model.server.PnpDevice
	 * @generated
	 */
	EClass getPnpDevice();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.PnpDevice#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see marswb.model.server.PnpDevice#getStatus()
	 * @see #getPnpDevice()
	 * @generated
	 */
	EAttribute getPnpDevice_Status();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.PnpDevice#getDeviceClass <em>Device Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Class</em>'.
	 * @see marswb.model.server.PnpDevice#getDeviceClass()
	 * @see #getPnpDevice()
	 * @generated
	 */
	EAttribute getPnpDevice_DeviceClass();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.PnpDevice#getFriendlyName <em>Friendly Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Friendly Name</em>'.
	 * @see marswb.model.server.PnpDevice#getFriendlyName()
	 * @see #getPnpDevice()
	 * @generated
	 */
	EAttribute getPnpDevice_FriendlyName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.PnpDevice#getInstanceId <em>Instance Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instance Id</em>'.
	 * @see marswb.model.server.PnpDevice#getInstanceId()
	 * @see #getPnpDevice()
	 * @generated
	 */
	EAttribute getPnpDevice_InstanceId();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.PnpDevice#getProblem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Problem</em>'.
	 * @see marswb.model.server.PnpDevice#getProblem()
	 * @see #getPnpDevice()
	 * @generated
	 */
	EAttribute getPnpDevice_Problem();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.Certificate <em>Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certificate</em>'.
	 * @see marswb.model.server.Certificate
	 * @generated
	 */
	EClass getCertificate();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Certificate#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see marswb.model.server.Certificate#getSubject()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_Subject();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Certificate#getFriendlyName <em>Friendly Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Friendly Name</em>'.
	 * @see marswb.model.server.Certificate#getFriendlyName()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_FriendlyName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Certificate#getThumbprint <em>Thumbprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thumbprint</em>'.
	 * @see marswb.model.server.Certificate#getThumbprint()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_Thumbprint();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Certificate#getNotBefore <em>Not Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Before</em>'.
	 * @see marswb.model.server.Certificate#getNotBefore()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_NotBefore();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Certificate#getNotAfter <em>Not After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not After</em>'.
	 * @see marswb.model.server.Certificate#getNotAfter()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_NotAfter();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.Certificate#getHasPrivateKey <em>Has Private Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Has Private Key</em>'.
	 * @see marswb.model.server.Certificate#getHasPrivateKey()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_HasPrivateKey();

	/**
	 * Returns the meta object for class '{@link marswb.model.server.VaultCredentials <em>Vault Credentials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vault Credentials</em>'.
	 * @see marswb.model.server.VaultCredentials
	 * @generated
	 */
	EClass getVaultCredentials();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see marswb.model.server.VaultCredentials#getFileName()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_FileName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getFileNameDate <em>File Name Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name Date</em>'.
	 * @see marswb.model.server.VaultCredentials#getFileNameDate()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_FileNameDate();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see marswb.model.server.VaultCredentials#getVersion()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_Version();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getSubscriptionId <em>Subscription Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subscription Id</em>'.
	 * @see marswb.model.server.VaultCredentials#getSubscriptionId()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_SubscriptionId();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getResourceType <em>Resource Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Type</em>'.
	 * @see marswb.model.server.VaultCredentials#getResourceType()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_ResourceType();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getResourceName <em>Resource Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Name</em>'.
	 * @see marswb.model.server.VaultCredentials#getResourceName()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_ResourceName();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getResourceId <em>Resource Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Id</em>'.
	 * @see marswb.model.server.VaultCredentials#getResourceId()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_ResourceId();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getResourceGroup <em>Resource Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Group</em>'.
	 * @see marswb.model.server.VaultCredentials#getResourceGroup()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_ResourceGroup();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see marswb.model.server.VaultCredentials#getLocation()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_Location();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getAadTenantId <em>Aad Tenant Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aad Tenant Id</em>'.
	 * @see marswb.model.server.VaultCredentials#getAadTenantId()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_AadTenantId();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#isManagementCertPresent <em>Management Cert Present</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Management Cert Present</em>'.
	 * @see marswb.model.server.VaultCredentials#isManagementCertPresent()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_ManagementCertPresent();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getCertSubject <em>Cert Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cert Subject</em>'.
	 * @see marswb.model.server.VaultCredentials#getCertSubject()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_CertSubject();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getCertNotBefore <em>Cert Not Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cert Not Before</em>'.
	 * @see marswb.model.server.VaultCredentials#getCertNotBefore()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_CertNotBefore();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.server.VaultCredentials#getCertNotAfter <em>Cert Not After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cert Not After</em>'.
	 * @see marswb.model.server.VaultCredentials#getCertNotAfter()
	 * @see #getVaultCredentials()
	 * @generated
	 */
	EAttribute getVaultCredentials_CertNotAfter();

	/**
	 * Returns the meta object for enum '{@link marswb.model.server.ArtifactStatus <em>Artifact Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Artifact Status</em>'.
	 * @see marswb.model.server.ArtifactStatus
	 * @generated
	 */
	EEnum getArtifactStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ServerFactory getServerFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.OriginImpl <em>Origin</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.OriginImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getOrigin()
		 * @generated
		 */
		EClass ORIGIN = eINSTANCE.getOrigin();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIGIN__FEATURE = eINSTANCE.getOrigin_Feature();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIGIN__INDEX = eINSTANCE.getOrigin_Index();

		/**
		 * The meta object literal for the '<em><b>Artifact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIGIN__ARTIFACT = eINSTANCE.getOrigin_Artifact();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIGIN__LINE = eINSTANCE.getOrigin_Line();

		/**
		 * The meta object literal for the '<em><b>Raw</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIGIN__RAW = eINSTANCE.getOrigin_Raw();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.LocatedImpl <em>Located</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.LocatedImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getLocated()
		 * @generated
		 */
		EClass LOCATED = eINSTANCE.getLocated();

		/**
		 * The meta object literal for the '<em><b>Origins</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCATED__ORIGINS = eINSTANCE.getLocated_Origins();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.ServerImpl <em>Server</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.ServerImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getServer()
		 * @generated
		 */
		EClass SERVER = eINSTANCE.getServer();

		/**
		 * The meta object literal for the '<em><b>Bundle Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER__BUNDLE_NAME = eINSTANCE.getServer_BundleName();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER__FORMAT_VERSION = eINSTANCE.getServer_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Host Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER__HOST_NAME = eINSTANCE.getServer_HostName();

		/**
		 * The meta object literal for the '<em><b>Collector Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER__COLLECTOR_NAME = eINSTANCE.getServer_CollectorName();

		/**
		 * The meta object literal for the '<em><b>Collector Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER__COLLECTOR_VERSION = eINSTANCE.getServer_CollectorVersion();

		/**
		 * The meta object literal for the '<em><b>Collected At Utc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER__COLLECTED_AT_UTC = eINSTANCE.getServer_CollectedAtUtc();

		/**
		 * The meta object literal for the '<em><b>Collected At Local</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER__COLLECTED_AT_LOCAL = eINSTANCE.getServer_CollectedAtLocal();

		/**
		 * The meta object literal for the '<em><b>Local Utc Offset Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER__LOCAL_UTC_OFFSET_MINUTES = eINSTANCE.getServer_LocalUtcOffsetMinutes();

		/**
		 * The meta object literal for the '<em><b>Inferred</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER__INFERRED = eINSTANCE.getServer_Inferred();

		/**
		 * The meta object literal for the '<em><b>Windows Temp Tmp Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER__WINDOWS_TEMP_TMP_COUNT = eINSTANCE.getServer_WindowsTempTmpCount();

		/**
		 * The meta object literal for the '<em><b>Artifacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__ARTIFACTS = eINSTANCE.getServer_Artifacts();

		/**
		 * The meta object literal for the '<em><b>Operating System</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__OPERATING_SYSTEM = eINSTANCE.getServer_OperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Hotfixes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__HOTFIXES = eINSTANCE.getServer_Hotfixes();

		/**
		 * The meta object literal for the '<em><b>Dot Net</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__DOT_NET = eINSTANCE.getServer_DotNet();

		/**
		 * The meta object literal for the '<em><b>Tls</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__TLS = eINSTANCE.getServer_Tls();

		/**
		 * The meta object literal for the '<em><b>Power Shell</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__POWER_SHELL = eINSTANCE.getServer_PowerShell();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__TIME = eINSTANCE.getServer_Time();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__SERVICES = eINSTANCE.getServer_Services();

		/**
		 * The meta object literal for the '<em><b>Volumes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__VOLUMES = eINSTANCE.getServer_Volumes();

		/**
		 * The meta object literal for the '<em><b>Shadow Storages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__SHADOW_STORAGES = eINSTANCE.getServer_ShadowStorages();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__NETWORK = eINSTANCE.getServer_Network();

		/**
		 * The meta object literal for the '<em><b>Agent</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__AGENT = eINSTANCE.getServer_Agent();

		/**
		 * The meta object literal for the '<em><b>Cache</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__CACHE = eINSTANCE.getServer_Cache();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__TASKS = eINSTANCE.getServer_Tasks();

		/**
		 * The meta object literal for the '<em><b>Module Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__MODULE_FILES = eINSTANCE.getServer_ModuleFiles();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__POLICY = eINSTANCE.getServer_Policy();

		/**
		 * The meta object literal for the '<em><b>Jobs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__JOBS = eINSTANCE.getServer_Jobs();

		/**
		 * The meta object literal for the '<em><b>Failed Files</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__FAILED_FILES = eINSTANCE.getServer_FailedFiles();

		/**
		 * The meta object literal for the '<em><b>Logs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__LOGS = eINSTANCE.getServer_Logs();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__EVENTS = eINSTANCE.getServer_Events();

		/**
		 * The meta object literal for the '<em><b>Antivirus</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__ANTIVIRUS = eINSTANCE.getServer_Antivirus();

		/**
		 * The meta object literal for the '<em><b>Iscsi Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__ISCSI_DEVICES = eINSTANCE.getServer_IscsiDevices();

		/**
		 * The meta object literal for the '<em><b>Certificates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__CERTIFICATES = eINSTANCE.getServer_Certificates();

		/**
		 * The meta object literal for the '<em><b>Vault Credentials</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__VAULT_CREDENTIALS = eINSTANCE.getServer_VaultCredentials();

		/**
		 * The meta object literal for the '<em><b>Extensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER__EXTENSIONS = eINSTANCE.getServer_Extensions();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.ArtifactImpl <em>Artifact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.ArtifactImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getArtifact()
		 * @generated
		 */
		EClass ARTIFACT = eINSTANCE.getArtifact();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__PATH = eINSTANCE.getArtifact_Path();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__STATUS = eINSTANCE.getArtifact_Status();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__MESSAGE = eINSTANCE.getArtifact_Message();

		/**
		 * The meta object literal for the '<em><b>Known Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__KNOWN_FORMAT = eINSTANCE.getArtifact_KnownFormat();

		/**
		 * The meta object literal for the '<em><b>Manifest Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__MANIFEST_STATUS = eINSTANCE.getArtifact_ManifestStatus();

		/**
		 * The meta object literal for the '<em><b>Manifest Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__MANIFEST_REASON = eINSTANCE.getArtifact_ManifestReason();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__COMMAND = eINSTANCE.getArtifact_Command();

		/**
		 * The meta object literal for the '<em><b>Exit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__EXIT_CODE = eINSTANCE.getArtifact_ExitCode();

		/**
		 * The meta object literal for the '<em><b>Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__SIZE_BYTES = eINSTANCE.getArtifact_SizeBytes();

		/**
		 * The meta object literal for the '<em><b>Encoding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__ENCODING = eINSTANCE.getArtifact_Encoding();

		/**
		 * The meta object literal for the '<em><b>Parser</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__PARSER = eINSTANCE.getArtifact_Parser();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__SOURCE = eINSTANCE.getArtifact_Source();

		/**
		 * The meta object literal for the '<em><b>Recognition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__RECOGNITION = eINSTANCE.getArtifact_Recognition();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.OperatingSystemImpl <em>Operating System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.OperatingSystemImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getOperatingSystem()
		 * @generated
		 */
		EClass OPERATING_SYSTEM = eINSTANCE.getOperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Host Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__HOST_NAME = eINSTANCE.getOperatingSystem_HostName();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__NAME = eINSTANCE.getOperatingSystem_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__VERSION = eINSTANCE.getOperatingSystem_Version();

		/**
		 * The meta object literal for the '<em><b>System Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__SYSTEM_TYPE = eINSTANCE.getOperatingSystem_SystemType();

		/**
		 * The meta object literal for the '<em><b>Original Install Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__ORIGINAL_INSTALL_DATE = eINSTANCE.getOperatingSystem_OriginalInstallDate();

		/**
		 * The meta object literal for the '<em><b>System Boot Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__SYSTEM_BOOT_TIME = eINSTANCE.getOperatingSystem_SystemBootTime();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__TIME_ZONE = eINSTANCE.getOperatingSystem_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__DOMAIN = eINSTANCE.getOperatingSystem_Domain();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.HotfixImpl <em>Hotfix</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.HotfixImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getHotfix()
		 * @generated
		 */
		EClass HOTFIX = eINSTANCE.getHotfix();

		/**
		 * The meta object literal for the '<em><b>Hot Fix Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOTFIX__HOT_FIX_ID = eINSTANCE.getHotfix_HotFixId();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOTFIX__DESCRIPTION = eINSTANCE.getHotfix_Description();

		/**
		 * The meta object literal for the '<em><b>Installed On Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOTFIX__INSTALLED_ON_TEXT = eINSTANCE.getHotfix_InstalledOnText();

		/**
		 * The meta object literal for the '<em><b>Installed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOTFIX__INSTALLED_ON = eINSTANCE.getHotfix_InstalledOn();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.DotNetFrameworkImpl <em>Dot Net Framework</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.DotNetFrameworkImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getDotNetFramework()
		 * @generated
		 */
		EClass DOT_NET_FRAMEWORK = eINSTANCE.getDotNetFramework();

		/**
		 * The meta object literal for the '<em><b>Release</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOT_NET_FRAMEWORK__RELEASE = eINSTANCE.getDotNetFramework_Release();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOT_NET_FRAMEWORK__VERSION = eINSTANCE.getDotNetFramework_Version();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.TlsSettingsImpl <em>Tls Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.TlsSettingsImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getTlsSettings()
		 * @generated
		 */
		EClass TLS_SETTINGS = eINSTANCE.getTlsSettings();

		/**
		 * The meta object literal for the '<em><b>Protocols</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TLS_SETTINGS__PROTOCOLS = eINSTANCE.getTlsSettings_Protocols();

		/**
		 * The meta object literal for the '<em><b>Sch Use Strong Crypto</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_SETTINGS__SCH_USE_STRONG_CRYPTO = eINSTANCE.getTlsSettings_SchUseStrongCrypto();

		/**
		 * The meta object literal for the '<em><b>System Default Tls Versions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_SETTINGS__SYSTEM_DEFAULT_TLS_VERSIONS = eINSTANCE.getTlsSettings_SystemDefaultTlsVersions();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.SchannelProtocolImpl <em>Schannel Protocol</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.SchannelProtocolImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getSchannelProtocol()
		 * @generated
		 */
		EClass SCHANNEL_PROTOCOL = eINSTANCE.getSchannelProtocol();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHANNEL_PROTOCOL__PROTOCOL = eINSTANCE.getSchannelProtocol_Protocol();

		/**
		 * The meta object literal for the '<em><b>Side</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHANNEL_PROTOCOL__SIDE = eINSTANCE.getSchannelProtocol_Side();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHANNEL_PROTOCOL__ENABLED = eINSTANCE.getSchannelProtocol_Enabled();

		/**
		 * The meta object literal for the '<em><b>Disabled By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHANNEL_PROTOCOL__DISABLED_BY_DEFAULT = eINSTANCE.getSchannelProtocol_DisabledByDefault();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.PowerShellInfoImpl <em>Power Shell Info</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.PowerShellInfoImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getPowerShellInfo()
		 * @generated
		 */
		EClass POWER_SHELL_INFO = eINSTANCE.getPowerShellInfo();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER_SHELL_INFO__VERSION = eINSTANCE.getPowerShellInfo_Version();

		/**
		 * The meta object literal for the '<em><b>Edition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER_SHELL_INFO__EDITION = eINSTANCE.getPowerShellInfo_Edition();

		/**
		 * The meta object literal for the '<em><b>Clr Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER_SHELL_INFO__CLR_VERSION = eINSTANCE.getPowerShellInfo_ClrVersion();

		/**
		 * The meta object literal for the '<em><b>Execution Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_SHELL_INFO__EXECUTION_POLICIES = eINSTANCE.getPowerShellInfo_ExecutionPolicies();

		/**
		 * The meta object literal for the '<em><b>Machine PS Module Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH = eINSTANCE.getPowerShellInfo_MachinePSModulePath();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.ExecutionPolicySettingImpl <em>Execution Policy Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.ExecutionPolicySettingImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getExecutionPolicySetting()
		 * @generated
		 */
		EClass EXECUTION_POLICY_SETTING = eINSTANCE.getExecutionPolicySetting();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION_POLICY_SETTING__SCOPE = eINSTANCE.getExecutionPolicySetting_Scope();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION_POLICY_SETTING__POLICY = eINSTANCE.getExecutionPolicySetting_Policy();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.TimeSettingsImpl <em>Time Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.TimeSettingsImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getTimeSettings()
		 * @generated
		 */
		EClass TIME_SETTINGS = eINSTANCE.getTimeSettings();

		/**
		 * The meta object literal for the '<em><b>Time Zone Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_SETTINGS__TIME_ZONE_ID = eINSTANCE.getTimeSettings_TimeZoneId();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.ServiceImpl <em>Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.ServiceImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getService()
		 * @generated
		 */
		EClass SERVICE = eINSTANCE.getService();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__NAME = eINSTANCE.getService_Name();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__DISPLAY_NAME = eINSTANCE.getService_DisplayName();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__STATE = eINSTANCE.getService_State();

		/**
		 * The meta object literal for the '<em><b>Start Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__START_MODE = eINSTANCE.getService_StartMode();

		/**
		 * The meta object literal for the '<em><b>Start Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__START_NAME = eINSTANCE.getService_StartName();

		/**
		 * The meta object literal for the '<em><b>Path Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__PATH_NAME = eINSTANCE.getService_PathName();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.VolumeImpl <em>Volume</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.VolumeImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getVolume()
		 * @generated
		 */
		EClass VOLUME = eINSTANCE.getVolume();

		/**
		 * The meta object literal for the '<em><b>Drive Letter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__DRIVE_LETTER = eINSTANCE.getVolume_DriveLetter();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__LABEL = eINSTANCE.getVolume_Label();

		/**
		 * The meta object literal for the '<em><b>File System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__FILE_SYSTEM = eINSTANCE.getVolume_FileSystem();

		/**
		 * The meta object literal for the '<em><b>Drive Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__DRIVE_TYPE = eINSTANCE.getVolume_DriveType();

		/**
		 * The meta object literal for the '<em><b>Health Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__HEALTH_STATUS = eINSTANCE.getVolume_HealthStatus();

		/**
		 * The meta object literal for the '<em><b>Operational Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__OPERATIONAL_STATUS = eINSTANCE.getVolume_OperationalStatus();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__SIZE = eINSTANCE.getVolume_Size();

		/**
		 * The meta object literal for the '<em><b>Size Remaining</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__SIZE_REMAINING = eINSTANCE.getVolume_SizeRemaining();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__PATH = eINSTANCE.getVolume_Path();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.ShadowStorageImpl <em>Shadow Storage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.ShadowStorageImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getShadowStorage()
		 * @generated
		 */
		EClass SHADOW_STORAGE = eINSTANCE.getShadowStorage();

		/**
		 * The meta object literal for the '<em><b>For Volume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_STORAGE__FOR_VOLUME = eINSTANCE.getShadowStorage_ForVolume();

		/**
		 * The meta object literal for the '<em><b>Storage Volume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_STORAGE__STORAGE_VOLUME = eINSTANCE.getShadowStorage_StorageVolume();

		/**
		 * The meta object literal for the '<em><b>Used Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_STORAGE__USED_BYTES = eINSTANCE.getShadowStorage_UsedBytes();

		/**
		 * The meta object literal for the '<em><b>Allocated Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_STORAGE__ALLOCATED_BYTES = eINSTANCE.getShadowStorage_AllocatedBytes();

		/**
		 * The meta object literal for the '<em><b>Maximum Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_STORAGE__MAXIMUM_BYTES = eINSTANCE.getShadowStorage_MaximumBytes();

		/**
		 * The meta object literal for the '<em><b>Maximum Unbounded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_STORAGE__MAXIMUM_UNBOUNDED = eINSTANCE.getShadowStorage_MaximumUnbounded();

		/**
		 * The meta object literal for the '<em><b>Maximum Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_STORAGE__MAXIMUM_PERCENT = eINSTANCE.getShadowStorage_MaximumPercent();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.NetworkSettingsImpl <em>Network Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.NetworkSettingsImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getNetworkSettings()
		 * @generated
		 */
		EClass NETWORK_SETTINGS = eINSTANCE.getNetworkSettings();

		/**
		 * The meta object literal for the '<em><b>Win Http</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_SETTINGS__WIN_HTTP = eINSTANCE.getNetworkSettings_WinHttp();

		/**
		 * The meta object literal for the '<em><b>System Internet</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_SETTINGS__SYSTEM_INTERNET = eINSTANCE.getNetworkSettings_SystemInternet();

		/**
		 * The meta object literal for the '<em><b>Agent Proxy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_SETTINGS__AGENT_PROXY = eINSTANCE.getNetworkSettings_AgentProxy();

		/**
		 * The meta object literal for the '<em><b>Probes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_SETTINGS__PROBES = eINSTANCE.getNetworkSettings_Probes();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.WinHttpProxyImpl <em>Win Http Proxy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.WinHttpProxyImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getWinHttpProxy()
		 * @generated
		 */
		EClass WIN_HTTP_PROXY = eINSTANCE.getWinHttpProxy();

		/**
		 * The meta object literal for the '<em><b>Direct Access</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIN_HTTP_PROXY__DIRECT_ACCESS = eINSTANCE.getWinHttpProxy_DirectAccess();

		/**
		 * The meta object literal for the '<em><b>Proxy Server</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIN_HTTP_PROXY__PROXY_SERVER = eINSTANCE.getWinHttpProxy_ProxyServer();

		/**
		 * The meta object literal for the '<em><b>Bypass List</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIN_HTTP_PROXY__BYPASS_LIST = eINSTANCE.getWinHttpProxy_BypassList();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.InternetSettingsImpl <em>Internet Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.InternetSettingsImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getInternetSettings()
		 * @generated
		 */
		EClass INTERNET_SETTINGS = eINSTANCE.getInternetSettings();

		/**
		 * The meta object literal for the '<em><b>Proxy Enable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERNET_SETTINGS__PROXY_ENABLE = eINSTANCE.getInternetSettings_ProxyEnable();

		/**
		 * The meta object literal for the '<em><b>Proxy Server</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERNET_SETTINGS__PROXY_SERVER = eINSTANCE.getInternetSettings_ProxyServer();

		/**
		 * The meta object literal for the '<em><b>Proxy Override</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERNET_SETTINGS__PROXY_OVERRIDE = eINSTANCE.getInternetSettings_ProxyOverride();

		/**
		 * The meta object literal for the '<em><b>Auto Config Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERNET_SETTINGS__AUTO_CONFIG_URL = eINSTANCE.getInternetSettings_AutoConfigUrl();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.AgentProxyImpl <em>Agent Proxy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.AgentProxyImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getAgentProxy()
		 * @generated
		 */
		EClass AGENT_PROXY = eINSTANCE.getAgentProxy();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_PROXY__ENABLED = eINSTANCE.getAgentProxy_Enabled();

		/**
		 * The meta object literal for the '<em><b>Proxy Server</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_PROXY__PROXY_SERVER = eINSTANCE.getAgentProxy_ProxyServer();

		/**
		 * The meta object literal for the '<em><b>Proxy Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_PROXY__PROXY_PORT = eINSTANCE.getAgentProxy_ProxyPort();

		/**
		 * The meta object literal for the '<em><b>User Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_PROXY__USER_NAME = eINSTANCE.getAgentProxy_UserName();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.EndpointProbeImpl <em>Endpoint Probe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.EndpointProbeImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getEndpointProbe()
		 * @generated
		 */
		EClass ENDPOINT_PROBE = eINSTANCE.getEndpointProbe();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_PROBE__TARGET = eINSTANCE.getEndpointProbe_Target();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_PROBE__PORT = eINSTANCE.getEndpointProbe_Port();

		/**
		 * The meta object literal for the '<em><b>Tcp Test Succeeded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_PROBE__TCP_TEST_SUCCEEDED = eINSTANCE.getEndpointProbe_TcpTestSucceeded();

		/**
		 * The meta object literal for the '<em><b>Http Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_PROBE__HTTP_STATUS = eINSTANCE.getEndpointProbe_HttpStatus();

		/**
		 * The meta object literal for the '<em><b>Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_PROBE__ERROR = eINSTANCE.getEndpointProbe_Error();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.AgentImpl <em>Agent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.AgentImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getAgent()
		 * @generated
		 */
		EClass AGENT = eINSTANCE.getAgent();

		/**
		 * The meta object literal for the '<em><b>Install Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__INSTALL_PATH = eINSTANCE.getAgent_InstallPath();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__VERSION = eINSTANCE.getAgent_Version();

		/**
		 * The meta object literal for the '<em><b>Registration</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENT__REGISTRATION = eINSTANCE.getAgent_Registration();

		/**
		 * The meta object literal for the '<em><b>Encryption Key Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__ENCRYPTION_KEY_STATUS = eINSTANCE.getAgent_EncryptionKeyStatus();

		/**
		 * The meta object literal for the '<em><b>Machine Setting Encryption Raw</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__MACHINE_SETTING_ENCRYPTION_RAW = eINSTANCE.getAgent_MachineSettingEncryptionRaw();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.RegistrationImpl <em>Registration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.RegistrationImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getRegistration()
		 * @generated
		 */
		EClass REGISTRATION = eINSTANCE.getRegistration();

		/**
		 * The meta object literal for the '<em><b>Vault Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTRATION__VAULT_NAME = eINSTANCE.getRegistration_VaultName();

		/**
		 * The meta object literal for the '<em><b>Subscription Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTRATION__SUBSCRIPTION_ID = eINSTANCE.getRegistration_SubscriptionId();

		/**
		 * The meta object literal for the '<em><b>Resource Group Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTRATION__RESOURCE_GROUP_NAME = eINSTANCE.getRegistration_ResourceGroupName();

		/**
		 * The meta object literal for the '<em><b>Machine Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTRATION__MACHINE_ID = eINSTANCE.getRegistration_MachineId();

		/**
		 * The meta object literal for the '<em><b>Resource Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTRATION__RESOURCE_ID = eINSTANCE.getRegistration_ResourceId();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.CacheSettingsImpl <em>Cache Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.CacheSettingsImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getCacheSettings()
		 * @generated
		 */
		EClass CACHE_SETTINGS = eINSTANCE.getCacheSettings();

		/**
		 * The meta object literal for the '<em><b>Config Scratch Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION = eINSTANCE.getCacheSettings_ConfigScratchLocation();

		/**
		 * The meta object literal for the '<em><b>Provider Scratch Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION = eINSTANCE.getCacheSettings_ProviderScratchLocation();

		/**
		 * The meta object literal for the '<em><b>Folder Exists</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__FOLDER_EXISTS = eINSTANCE.getCacheSettings_FolderExists();

		/**
		 * The meta object literal for the '<em><b>Folder Full Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__FOLDER_FULL_NAME = eINSTANCE.getCacheSettings_FolderFullName();

		/**
		 * The meta object literal for the '<em><b>Folder Attributes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__FOLDER_ATTRIBUTES = eINSTANCE.getCacheSettings_FolderAttributes();

		/**
		 * The meta object literal for the '<em><b>Kek Present</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__KEK_PRESENT = eINSTANCE.getCacheSettings_KekPresent();

		/**
		 * The meta object literal for the '<em><b>Listed Entries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_SETTINGS__LISTED_ENTRIES = eINSTANCE.getCacheSettings_ListedEntries();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.ScheduledTaskImpl <em>Scheduled Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.ScheduledTaskImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getScheduledTask()
		 * @generated
		 */
		EClass SCHEDULED_TASK = eINSTANCE.getScheduledTask();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_TASK__PATH = eINSTANCE.getScheduledTask_Path();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_TASK__ENABLED = eINSTANCE.getScheduledTask_Enabled();

		/**
		 * The meta object literal for the '<em><b>Multiple Instances Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY = eINSTANCE.getScheduledTask_MultipleInstancesPolicy();

		/**
		 * The meta object literal for the '<em><b>Principal User Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_TASK__PRINCIPAL_USER_ID = eINSTANCE.getScheduledTask_PrincipalUserId();

		/**
		 * The meta object literal for the '<em><b>Principal Group Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_TASK__PRINCIPAL_GROUP_ID = eINSTANCE.getScheduledTask_PrincipalGroupId();

		/**
		 * The meta object literal for the '<em><b>Logon Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_TASK__LOGON_TYPE = eINSTANCE.getScheduledTask_LogonType();

		/**
		 * The meta object literal for the '<em><b>Run Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_TASK__RUN_LEVEL = eINSTANCE.getScheduledTask_RunLevel();

		/**
		 * The meta object literal for the '<em><b>Triggers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_TASK__TRIGGERS = eINSTANCE.getScheduledTask_Triggers();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_TASK__ACTIONS = eINSTANCE.getScheduledTask_Actions();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.TaskTriggerImpl <em>Task Trigger</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.TaskTriggerImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getTaskTrigger()
		 * @generated
		 */
		EClass TASK_TRIGGER = eINSTANCE.getTaskTrigger();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_TRIGGER__KIND = eINSTANCE.getTaskTrigger_Kind();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_TRIGGER__ENABLED = eINSTANCE.getTaskTrigger_Enabled();

		/**
		 * The meta object literal for the '<em><b>Start Boundary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_TRIGGER__START_BOUNDARY = eINSTANCE.getTaskTrigger_StartBoundary();

		/**
		 * The meta object literal for the '<em><b>Days Of Week</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_TRIGGER__DAYS_OF_WEEK = eINSTANCE.getTaskTrigger_DaysOfWeek();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.TaskActionImpl <em>Task Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.TaskActionImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getTaskAction()
		 * @generated
		 */
		EClass TASK_ACTION = eINSTANCE.getTaskAction();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_ACTION__COMMAND = eINSTANCE.getTaskAction_Command();

		/**
		 * The meta object literal for the '<em><b>Arguments</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_ACTION__ARGUMENTS = eINSTANCE.getTaskAction_Arguments();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.ModuleFileImpl <em>Module File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.ModuleFileImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getModuleFile()
		 * @generated
		 */
		EClass MODULE_FILE = eINSTANCE.getModuleFile();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE_FILE__PATH = eINSTANCE.getModuleFile_Path();

		/**
		 * The meta object literal for the '<em><b>Algorithm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE_FILE__ALGORITHM = eINSTANCE.getModuleFile_Algorithm();

		/**
		 * The meta object literal for the '<em><b>Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE_FILE__HASH = eINSTANCE.getModuleFile_Hash();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.BackupPolicyImpl <em>Backup Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.BackupPolicyImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getBackupPolicy()
		 * @generated
		 */
		EClass BACKUP_POLICY = eINSTANCE.getBackupPolicy();

		/**
		 * The meta object literal for the '<em><b>Policy Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__POLICY_NAME = eINSTANCE.getBackupPolicy_PolicyName();

		/**
		 * The meta object literal for the '<em><b>Schedule Days</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__SCHEDULE_DAYS = eINSTANCE.getBackupPolicy_ScheduleDays();

		/**
		 * The meta object literal for the '<em><b>Schedule Times</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__SCHEDULE_TIMES = eINSTANCE.getBackupPolicy_ScheduleTimes();

		/**
		 * The meta object literal for the '<em><b>System State Protected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__SYSTEM_STATE_PROTECTED = eINSTANCE.getBackupPolicy_SystemStateProtected();

		/**
		 * The meta object literal for the '<em><b>File Specs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKUP_POLICY__FILE_SPECS = eINSTANCE.getBackupPolicy_FileSpecs();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.FileSpecImpl <em>File Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.FileSpecImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getFileSpec()
		 * @generated
		 */
		EClass FILE_SPEC = eINSTANCE.getFileSpec();

		/**
		 * The meta object literal for the '<em><b>File Spec</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SPEC__FILE_SPEC = eINSTANCE.getFileSpec_FileSpec();

		/**
		 * The meta object literal for the '<em><b>Is Exclude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SPEC__IS_EXCLUDE = eINSTANCE.getFileSpec_IsExclude();

		/**
		 * The meta object literal for the '<em><b>Is Recursive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SPEC__IS_RECURSIVE = eINSTANCE.getFileSpec_IsRecursive();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.JobImpl <em>Job</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.JobImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getJob()
		 * @generated
		 */
		EClass JOB = eINSTANCE.getJob();

		/**
		 * The meta object literal for the '<em><b>Job Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__JOB_ID = eINSTANCE.getJob_JobId();

		/**
		 * The meta object literal for the '<em><b>Job Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__JOB_TYPE = eINSTANCE.getJob_JobType();

		/**
		 * The meta object literal for the '<em><b>Job State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__JOB_STATE = eINSTANCE.getJob_JobState();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__START_TIME = eINSTANCE.getJob_StartTime();

		/**
		 * The meta object literal for the '<em><b>End Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__END_TIME = eINSTANCE.getJob_EndTime();

		/**
		 * The meta object literal for the '<em><b>Error Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__ERROR_CODE = eINSTANCE.getJob_ErrorCode();

		/**
		 * The meta object literal for the '<em><b>Error Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__ERROR_MESSAGE = eINSTANCE.getJob_ErrorMessage();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.FailedFilesSummaryImpl <em>Failed Files Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.FailedFilesSummaryImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getFailedFilesSummary()
		 * @generated
		 */
		EClass FAILED_FILES_SUMMARY = eINSTANCE.getFailedFilesSummary();

		/**
		 * The meta object literal for the '<em><b>Total Entries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILED_FILES_SUMMARY__TOTAL_ENTRIES = eINSTANCE.getFailedFilesSummary_TotalEntries();

		/**
		 * The meta object literal for the '<em><b>Lists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FAILED_FILES_SUMMARY__LISTS = eINSTANCE.getFailedFilesSummary_Lists();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FAILED_FILES_SUMMARY__CODES = eINSTANCE.getFailedFilesSummary_Codes();

		/**
		 * The meta object literal for the '<em><b>Top Folders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FAILED_FILES_SUMMARY__TOP_FOLDERS = eINSTANCE.getFailedFilesSummary_TopFolders();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.FailedFilesListImpl <em>Failed Files List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.FailedFilesListImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getFailedFilesList()
		 * @generated
		 */
		EClass FAILED_FILES_LIST = eINSTANCE.getFailedFilesList();

		/**
		 * The meta object literal for the '<em><b>Artifact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILED_FILES_LIST__ARTIFACT = eINSTANCE.getFailedFilesList_Artifact();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILED_FILES_LIST__ENTRIES = eINSTANCE.getFailedFilesList_Entries();

		/**
		 * The meta object literal for the '<em><b>Header Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILED_FILES_LIST__HEADER_SEEN = eINSTANCE.getFailedFilesList_HeaderSeen();

		/**
		 * The meta object literal for the '<em><b>Malformed Lines</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILED_FILES_LIST__MALFORMED_LINES = eINSTANCE.getFailedFilesList_MalformedLines();

		/**
		 * The meta object literal for the '<em><b>File Name Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILED_FILES_LIST__FILE_NAME_DATE = eINSTANCE.getFailedFilesList_FileNameDate();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.ErrorCodeCountImpl <em>Error Code Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.ErrorCodeCountImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getErrorCodeCount()
		 * @generated
		 */
		EClass ERROR_CODE_COUNT = eINSTANCE.getErrorCodeCount();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_CODE_COUNT__CODE = eINSTANCE.getErrorCodeCount_Code();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_CODE_COUNT__COUNT = eINSTANCE.getErrorCodeCount_Count();

		/**
		 * The meta object literal for the '<em><b>First Entry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_CODE_COUNT__FIRST_ENTRY = eINSTANCE.getErrorCodeCount_FirstEntry();

		/**
		 * The meta object literal for the '<em><b>Top Folders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ERROR_CODE_COUNT__TOP_FOLDERS = eINSTANCE.getErrorCodeCount_TopFolders();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.FolderCountImpl <em>Folder Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.FolderCountImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getFolderCount()
		 * @generated
		 */
		EClass FOLDER_COUNT = eINSTANCE.getFolderCount();

		/**
		 * The meta object literal for the '<em><b>Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLDER_COUNT__FOLDER = eINSTANCE.getFolderCount_Folder();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLDER_COUNT__COUNT = eINSTANCE.getFolderCount_Count();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.LogSummaryImpl <em>Log Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.LogSummaryImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getLogSummary()
		 * @generated
		 */
		EClass LOG_SUMMARY = eINSTANCE.getLogSummary();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOG_SUMMARY__FILES = eINSTANCE.getLogSummary_Files();

		/**
		 * The meta object literal for the '<em><b>Hits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOG_SUMMARY__HITS = eINSTANCE.getLogSummary_Hits();

		/**
		 * The meta object literal for the '<em><b>Ignored Hits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOG_SUMMARY__IGNORED_HITS = eINSTANCE.getLogSummary_IgnoredHits();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.LogFileImpl <em>Log File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.LogFileImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getLogFile()
		 * @generated
		 */
		EClass LOG_FILE = eINSTANCE.getLogFile();

		/**
		 * The meta object literal for the '<em><b>Artifact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_FILE__ARTIFACT = eINSTANCE.getLogFile_Artifact();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_FILE__LINES = eINSTANCE.getLogFile_Lines();

		/**
		 * The meta object literal for the '<em><b>Warnings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_FILE__WARNINGS = eINSTANCE.getLogFile_Warnings();

		/**
		 * The meta object literal for the '<em><b>Errors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_FILE__ERRORS = eINSTANCE.getLogFile_Errors();

		/**
		 * The meta object literal for the '<em><b>Fatals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_FILE__FATALS = eINSTANCE.getLogFile_Fatals();

		/**
		 * The meta object literal for the '<em><b>Normals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_FILE__NORMALS = eINSTANCE.getLogFile_Normals();

		/**
		 * The meta object literal for the '<em><b>First Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_FILE__FIRST_TIMESTAMP = eINSTANCE.getLogFile_FirstTimestamp();

		/**
		 * The meta object literal for the '<em><b>Last Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_FILE__LAST_TIMESTAMP = eINSTANCE.getLogFile_LastTimestamp();

		/**
		 * The meta object literal for the '<em><b>Malformed Lines</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_FILE__MALFORMED_LINES = eINSTANCE.getLogFile_MalformedLines();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.LogHitImpl <em>Log Hit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.LogHitImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getLogHit()
		 * @generated
		 */
		EClass LOG_HIT = eINSTANCE.getLogHit();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_HIT__SIGNATURE = eINSTANCE.getLogHit_Signature();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_HIT__COUNT = eINSTANCE.getLogHit_Count();

		/**
		 * The meta object literal for the '<em><b>First Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_HIT__FIRST_TEXT = eINSTANCE.getLogHit_FirstText();

		/**
		 * The meta object literal for the '<em><b>First Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_HIT__FIRST_TIME = eINSTANCE.getLogHit_FirstTime();

		/**
		 * The meta object literal for the '<em><b>Last Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_HIT__LAST_TIME = eINSTANCE.getLogHit_LastTime();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.EventRecordImpl <em>Event Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.EventRecordImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getEventRecord()
		 * @generated
		 */
		EClass EVENT_RECORD = eINSTANCE.getEventRecord();

		/**
		 * The meta object literal for the '<em><b>Time Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RECORD__TIME_CREATED = eINSTANCE.getEventRecord_TimeCreated();

		/**
		 * The meta object literal for the '<em><b>Event Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RECORD__EVENT_ID = eINSTANCE.getEventRecord_EventId();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RECORD__LEVEL = eINSTANCE.getEventRecord_Level();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RECORD__MESSAGE = eINSTANCE.getEventRecord_Message();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.AntivirusSettingsImpl <em>Antivirus Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.AntivirusSettingsImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getAntivirusSettings()
		 * @generated
		 */
		EClass ANTIVIRUS_SETTINGS = eINSTANCE.getAntivirusSettings();

		/**
		 * The meta object literal for the '<em><b>Realtime Monitoring Disabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANTIVIRUS_SETTINGS__REALTIME_MONITORING_DISABLED = eINSTANCE.getAntivirusSettings_RealtimeMonitoringDisabled();

		/**
		 * The meta object literal for the '<em><b>Exclusion Paths</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANTIVIRUS_SETTINGS__EXCLUSION_PATHS = eINSTANCE.getAntivirusSettings_ExclusionPaths();

		/**
		 * The meta object literal for the '<em><b>Exclusion Processes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANTIVIRUS_SETTINGS__EXCLUSION_PROCESSES = eINSTANCE.getAntivirusSettings_ExclusionProcesses();

		/**
		 * The meta object literal for the '<em><b>Exclusion Extensions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANTIVIRUS_SETTINGS__EXCLUSION_EXTENSIONS = eINSTANCE.getAntivirusSettings_ExclusionExtensions();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.PnpDeviceImpl <em>Pnp Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.PnpDeviceImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getPnpDevice()
		 * @generated
		 */
		EClass PNP_DEVICE = eINSTANCE.getPnpDevice();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PNP_DEVICE__STATUS = eINSTANCE.getPnpDevice_Status();

		/**
		 * The meta object literal for the '<em><b>Device Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PNP_DEVICE__DEVICE_CLASS = eINSTANCE.getPnpDevice_DeviceClass();

		/**
		 * The meta object literal for the '<em><b>Friendly Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PNP_DEVICE__FRIENDLY_NAME = eINSTANCE.getPnpDevice_FriendlyName();

		/**
		 * The meta object literal for the '<em><b>Instance Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PNP_DEVICE__INSTANCE_ID = eINSTANCE.getPnpDevice_InstanceId();

		/**
		 * The meta object literal for the '<em><b>Problem</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PNP_DEVICE__PROBLEM = eINSTANCE.getPnpDevice_Problem();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.CertificateImpl <em>Certificate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.CertificateImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getCertificate()
		 * @generated
		 */
		EClass CERTIFICATE = eINSTANCE.getCertificate();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__SUBJECT = eINSTANCE.getCertificate_Subject();

		/**
		 * The meta object literal for the '<em><b>Friendly Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__FRIENDLY_NAME = eINSTANCE.getCertificate_FriendlyName();

		/**
		 * The meta object literal for the '<em><b>Thumbprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__THUMBPRINT = eINSTANCE.getCertificate_Thumbprint();

		/**
		 * The meta object literal for the '<em><b>Not Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__NOT_BEFORE = eINSTANCE.getCertificate_NotBefore();

		/**
		 * The meta object literal for the '<em><b>Not After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__NOT_AFTER = eINSTANCE.getCertificate_NotAfter();

		/**
		 * The meta object literal for the '<em><b>Has Private Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__HAS_PRIVATE_KEY = eINSTANCE.getCertificate_HasPrivateKey();

		/**
		 * The meta object literal for the '{@link marswb.model.server.impl.VaultCredentialsImpl <em>Vault Credentials</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.impl.VaultCredentialsImpl
		 * @see marswb.model.server.impl.ServerPackageImpl#getVaultCredentials()
		 * @generated
		 */
		EClass VAULT_CREDENTIALS = eINSTANCE.getVaultCredentials();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__FILE_NAME = eINSTANCE.getVaultCredentials_FileName();

		/**
		 * The meta object literal for the '<em><b>File Name Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__FILE_NAME_DATE = eINSTANCE.getVaultCredentials_FileNameDate();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__VERSION = eINSTANCE.getVaultCredentials_Version();

		/**
		 * The meta object literal for the '<em><b>Subscription Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__SUBSCRIPTION_ID = eINSTANCE.getVaultCredentials_SubscriptionId();

		/**
		 * The meta object literal for the '<em><b>Resource Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__RESOURCE_TYPE = eINSTANCE.getVaultCredentials_ResourceType();

		/**
		 * The meta object literal for the '<em><b>Resource Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__RESOURCE_NAME = eINSTANCE.getVaultCredentials_ResourceName();

		/**
		 * The meta object literal for the '<em><b>Resource Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__RESOURCE_ID = eINSTANCE.getVaultCredentials_ResourceId();

		/**
		 * The meta object literal for the '<em><b>Resource Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__RESOURCE_GROUP = eINSTANCE.getVaultCredentials_ResourceGroup();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__LOCATION = eINSTANCE.getVaultCredentials_Location();

		/**
		 * The meta object literal for the '<em><b>Aad Tenant Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__AAD_TENANT_ID = eINSTANCE.getVaultCredentials_AadTenantId();

		/**
		 * The meta object literal for the '<em><b>Management Cert Present</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT = eINSTANCE.getVaultCredentials_ManagementCertPresent();

		/**
		 * The meta object literal for the '<em><b>Cert Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__CERT_SUBJECT = eINSTANCE.getVaultCredentials_CertSubject();

		/**
		 * The meta object literal for the '<em><b>Cert Not Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__CERT_NOT_BEFORE = eINSTANCE.getVaultCredentials_CertNotBefore();

		/**
		 * The meta object literal for the '<em><b>Cert Not After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VAULT_CREDENTIALS__CERT_NOT_AFTER = eINSTANCE.getVaultCredentials_CertNotAfter();

		/**
		 * The meta object literal for the '{@link marswb.model.server.ArtifactStatus <em>Artifact Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.server.ArtifactStatus
		 * @see marswb.model.server.impl.ServerPackageImpl#getArtifactStatus()
		 * @generated
		 */
		EEnum ARTIFACT_STATUS = eINSTANCE.getArtifactStatus();

	}

} //ServerPackage
