/**
 */
package marswb.model.server.impl;

import java.util.Collection;
import java.util.Date;

import marswb.model.server.Agent;
import marswb.model.server.AntivirusSettings;
import marswb.model.server.Artifact;
import marswb.model.server.BackupPolicy;
import marswb.model.server.CacheSettings;
import marswb.model.server.Certificate;
import marswb.model.server.DotNetFramework;
import marswb.model.server.EventRecord;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.Hotfix;
import marswb.model.server.Job;
import marswb.model.server.LogSummary;
import marswb.model.server.ModuleFile;
import marswb.model.server.NetworkSettings;
import marswb.model.server.OperatingSystem;
import marswb.model.server.PnpDevice;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage;
import marswb.model.server.Service;
import marswb.model.server.ShadowStorage;
import marswb.model.server.TimeSettings;
import marswb.model.server.TlsSettings;
import marswb.model.server.VaultCredentials;
import marswb.model.server.Volume;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Server</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getBundleName <em>Bundle Name</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getHostName <em>Host Name</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getCollectorName <em>Collector Name</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getCollectorVersion <em>Collector Version</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getCollectedAtUtc <em>Collected At Utc</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getCollectedAtLocal <em>Collected At Local</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getLocalUtcOffsetMinutes <em>Local Utc Offset Minutes</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getInferred <em>Inferred</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getWindowsTempTmpCount <em>Windows Temp Tmp Count</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getArtifacts <em>Artifacts</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getHotfixes <em>Hotfixes</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getDotNet <em>Dot Net</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getTls <em>Tls</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getPowerShell <em>Power Shell</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getTime <em>Time</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getServices <em>Services</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getVolumes <em>Volumes</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getShadowStorages <em>Shadow Storages</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getAgent <em>Agent</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getCache <em>Cache</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getTasks <em>Tasks</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getModuleFiles <em>Module Files</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getPolicy <em>Policy</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getJobs <em>Jobs</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getFailedFiles <em>Failed Files</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getLogs <em>Logs</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getAntivirus <em>Antivirus</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getIscsiDevices <em>Iscsi Devices</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getCertificates <em>Certificates</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getVaultCredentials <em>Vault Credentials</em>}</li>
 *   <li>{@link marswb.model.server.impl.ServerImpl#getExtensions <em>Extensions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServerImpl extends LocatedImpl implements Server {
	/**
	 * The default value of the '{@link #getBundleName() <em>Bundle Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundleName()
	 * @generated
	 * @ordered
	 */
	protected static final String BUNDLE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBundleName() <em>Bundle Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundleName()
	 * @generated
	 * @ordered
	 */
	protected String bundleName = BUNDLE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostName() <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostName()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostName() <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostName()
	 * @generated
	 * @ordered
	 */
	protected String hostName = HOST_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollectorName() <em>Collector Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectorName()
	 * @generated
	 * @ordered
	 */
	protected static final String COLLECTOR_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollectorName() <em>Collector Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectorName()
	 * @generated
	 * @ordered
	 */
	protected String collectorName = COLLECTOR_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollectorVersion() <em>Collector Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectorVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String COLLECTOR_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollectorVersion() <em>Collector Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectorVersion()
	 * @generated
	 * @ordered
	 */
	protected String collectorVersion = COLLECTOR_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollectedAtUtc() <em>Collected At Utc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedAtUtc()
	 * @generated
	 * @ordered
	 */
	protected static final Date COLLECTED_AT_UTC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollectedAtUtc() <em>Collected At Utc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedAtUtc()
	 * @generated
	 * @ordered
	 */
	protected Date collectedAtUtc = COLLECTED_AT_UTC_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollectedAtLocal() <em>Collected At Local</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedAtLocal()
	 * @generated
	 * @ordered
	 */
	protected static final String COLLECTED_AT_LOCAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollectedAtLocal() <em>Collected At Local</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedAtLocal()
	 * @generated
	 * @ordered
	 */
	protected String collectedAtLocal = COLLECTED_AT_LOCAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalUtcOffsetMinutes() <em>Local Utc Offset Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalUtcOffsetMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LOCAL_UTC_OFFSET_MINUTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocalUtcOffsetMinutes() <em>Local Utc Offset Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalUtcOffsetMinutes()
	 * @generated
	 * @ordered
	 */
	protected Integer localUtcOffsetMinutes = LOCAL_UTC_OFFSET_MINUTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInferred() <em>Inferred</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInferred()
	 * @generated
	 * @ordered
	 */
	protected EList<String> inferred;

	/**
	 * The default value of the '{@link #getWindowsTempTmpCount() <em>Windows Temp Tmp Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowsTempTmpCount()
	 * @generated
	 * @ordered
	 */
	protected static final Long WINDOWS_TEMP_TMP_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWindowsTempTmpCount() <em>Windows Temp Tmp Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowsTempTmpCount()
	 * @generated
	 * @ordered
	 */
	protected Long windowsTempTmpCount = WINDOWS_TEMP_TMP_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArtifacts() <em>Artifacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Artifact> artifacts;

	/**
	 * The cached value of the '{@link #getOperatingSystem() <em>Operating System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected OperatingSystem operatingSystem;

	/**
	 * The cached value of the '{@link #getHotfixes() <em>Hotfixes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHotfixes()
	 * @generated
	 * @ordered
	 */
	protected EList<Hotfix> hotfixes;

	/**
	 * The cached value of the '{@link #getDotNet() <em>Dot Net</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDotNet()
	 * @generated
	 * @ordered
	 */
	protected DotNetFramework dotNet;

	/**
	 * The cached value of the '{@link #getTls() <em>Tls</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTls()
	 * @generated
	 * @ordered
	 */
	protected TlsSettings tls;

	/**
	 * The cached value of the '{@link #getPowerShell() <em>Power Shell</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerShell()
	 * @generated
	 * @ordered
	 */
	protected PowerShellInfo powerShell;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected TimeSettings time;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * The cached value of the '{@link #getVolumes() <em>Volumes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumes()
	 * @generated
	 * @ordered
	 */
	protected EList<Volume> volumes;

	/**
	 * The cached value of the '{@link #getShadowStorages() <em>Shadow Storages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShadowStorages()
	 * @generated
	 * @ordered
	 */
	protected EList<ShadowStorage> shadowStorages;

	/**
	 * The cached value of the '{@link #getNetwork() <em>Network</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected NetworkSettings network;

	/**
	 * The cached value of the '{@link #getAgent() <em>Agent</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgent()
	 * @generated
	 * @ordered
	 */
	protected Agent agent;

	/**
	 * The cached value of the '{@link #getCache() <em>Cache</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCache()
	 * @generated
	 * @ordered
	 */
	protected CacheSettings cache;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<ScheduledTask> tasks;

	/**
	 * The cached value of the '{@link #getModuleFiles() <em>Module Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<ModuleFile> moduleFiles;

	/**
	 * The cached value of the '{@link #getPolicy() <em>Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected BackupPolicy policy;

	/**
	 * The cached value of the '{@link #getJobs() <em>Jobs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobs()
	 * @generated
	 * @ordered
	 */
	protected EList<Job> jobs;

	/**
	 * The cached value of the '{@link #getFailedFiles() <em>Failed Files</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedFiles()
	 * @generated
	 * @ordered
	 */
	protected FailedFilesSummary failedFiles;

	/**
	 * The cached value of the '{@link #getLogs() <em>Logs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogs()
	 * @generated
	 * @ordered
	 */
	protected LogSummary logs;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<EventRecord> events;

	/**
	 * The cached value of the '{@link #getAntivirus() <em>Antivirus</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAntivirus()
	 * @generated
	 * @ordered
	 */
	protected AntivirusSettings antivirus;

	/**
	 * The cached value of the '{@link #getIscsiDevices() <em>Iscsi Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIscsiDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<PnpDevice> iscsiDevices;

	/**
	 * The cached value of the '{@link #getCertificates() <em>Certificates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificates()
	 * @generated
	 * @ordered
	 */
	protected EList<Certificate> certificates;

	/**
	 * The cached value of the '{@link #getVaultCredentials() <em>Vault Credentials</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaultCredentials()
	 * @generated
	 * @ordered
	 */
	protected EList<VaultCredentials> vaultCredentials;

	/**
	 * The cached value of the '{@link #getExtensions() <em>Extensions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensions()
	 * @generated
	 * @ordered
	 */
	protected EList<EObject> extensions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.SERVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBundleName() {
		return bundleName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBundleName(String newBundleName) {
		String oldBundleName = bundleName;
		bundleName = newBundleName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__BUNDLE_NAME, oldBundleName, bundleName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostName() {
		return hostName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostName(String newHostName) {
		String oldHostName = hostName;
		hostName = newHostName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__HOST_NAME, oldHostName, hostName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCollectorName() {
		return collectorName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectorName(String newCollectorName) {
		String oldCollectorName = collectorName;
		collectorName = newCollectorName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__COLLECTOR_NAME, oldCollectorName, collectorName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCollectorVersion() {
		return collectorVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectorVersion(String newCollectorVersion) {
		String oldCollectorVersion = collectorVersion;
		collectorVersion = newCollectorVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__COLLECTOR_VERSION, oldCollectorVersion, collectorVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCollectedAtUtc() {
		return collectedAtUtc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectedAtUtc(Date newCollectedAtUtc) {
		Date oldCollectedAtUtc = collectedAtUtc;
		collectedAtUtc = newCollectedAtUtc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__COLLECTED_AT_UTC, oldCollectedAtUtc, collectedAtUtc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCollectedAtLocal() {
		return collectedAtLocal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectedAtLocal(String newCollectedAtLocal) {
		String oldCollectedAtLocal = collectedAtLocal;
		collectedAtLocal = newCollectedAtLocal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__COLLECTED_AT_LOCAL, oldCollectedAtLocal, collectedAtLocal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLocalUtcOffsetMinutes() {
		return localUtcOffsetMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalUtcOffsetMinutes(Integer newLocalUtcOffsetMinutes) {
		Integer oldLocalUtcOffsetMinutes = localUtcOffsetMinutes;
		localUtcOffsetMinutes = newLocalUtcOffsetMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__LOCAL_UTC_OFFSET_MINUTES, oldLocalUtcOffsetMinutes, localUtcOffsetMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInferred() {
		if (inferred == null) {
			inferred = new EDataTypeUniqueEList<String>(String.class, this, ServerPackage.SERVER__INFERRED);
		}
		return inferred;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getWindowsTempTmpCount() {
		return windowsTempTmpCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowsTempTmpCount(Long newWindowsTempTmpCount) {
		Long oldWindowsTempTmpCount = windowsTempTmpCount;
		windowsTempTmpCount = newWindowsTempTmpCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__WINDOWS_TEMP_TMP_COUNT, oldWindowsTempTmpCount, windowsTempTmpCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Artifact> getArtifacts() {
		if (artifacts == null) {
			artifacts = new EObjectContainmentEList<Artifact>(Artifact.class, this, ServerPackage.SERVER__ARTIFACTS);
		}
		return artifacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperatingSystem getOperatingSystem() {
		return operatingSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOperatingSystem(OperatingSystem newOperatingSystem, NotificationChain msgs) {
		OperatingSystem oldOperatingSystem = operatingSystem;
		operatingSystem = newOperatingSystem;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__OPERATING_SYSTEM, oldOperatingSystem, newOperatingSystem);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatingSystem(OperatingSystem newOperatingSystem) {
		if (newOperatingSystem != operatingSystem) {
			NotificationChain msgs = null;
			if (operatingSystem != null)
				msgs = ((InternalEObject)operatingSystem).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__OPERATING_SYSTEM, null, msgs);
			if (newOperatingSystem != null)
				msgs = ((InternalEObject)newOperatingSystem).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__OPERATING_SYSTEM, null, msgs);
			msgs = basicSetOperatingSystem(newOperatingSystem, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__OPERATING_SYSTEM, newOperatingSystem, newOperatingSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hotfix> getHotfixes() {
		if (hotfixes == null) {
			hotfixes = new EObjectContainmentEList<Hotfix>(Hotfix.class, this, ServerPackage.SERVER__HOTFIXES);
		}
		return hotfixes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DotNetFramework getDotNet() {
		return dotNet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDotNet(DotNetFramework newDotNet, NotificationChain msgs) {
		DotNetFramework oldDotNet = dotNet;
		dotNet = newDotNet;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__DOT_NET, oldDotNet, newDotNet);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDotNet(DotNetFramework newDotNet) {
		if (newDotNet != dotNet) {
			NotificationChain msgs = null;
			if (dotNet != null)
				msgs = ((InternalEObject)dotNet).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__DOT_NET, null, msgs);
			if (newDotNet != null)
				msgs = ((InternalEObject)newDotNet).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__DOT_NET, null, msgs);
			msgs = basicSetDotNet(newDotNet, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__DOT_NET, newDotNet, newDotNet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TlsSettings getTls() {
		return tls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTls(TlsSettings newTls, NotificationChain msgs) {
		TlsSettings oldTls = tls;
		tls = newTls;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__TLS, oldTls, newTls);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTls(TlsSettings newTls) {
		if (newTls != tls) {
			NotificationChain msgs = null;
			if (tls != null)
				msgs = ((InternalEObject)tls).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__TLS, null, msgs);
			if (newTls != null)
				msgs = ((InternalEObject)newTls).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__TLS, null, msgs);
			msgs = basicSetTls(newTls, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__TLS, newTls, newTls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PowerShellInfo getPowerShell() {
		return powerShell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPowerShell(PowerShellInfo newPowerShell, NotificationChain msgs) {
		PowerShellInfo oldPowerShell = powerShell;
		powerShell = newPowerShell;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__POWER_SHELL, oldPowerShell, newPowerShell);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPowerShell(PowerShellInfo newPowerShell) {
		if (newPowerShell != powerShell) {
			NotificationChain msgs = null;
			if (powerShell != null)
				msgs = ((InternalEObject)powerShell).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__POWER_SHELL, null, msgs);
			if (newPowerShell != null)
				msgs = ((InternalEObject)newPowerShell).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__POWER_SHELL, null, msgs);
			msgs = basicSetPowerShell(newPowerShell, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__POWER_SHELL, newPowerShell, newPowerShell));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeSettings getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTime(TimeSettings newTime, NotificationChain msgs) {
		TimeSettings oldTime = time;
		time = newTime;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__TIME, oldTime, newTime);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(TimeSettings newTime) {
		if (newTime != time) {
			NotificationChain msgs = null;
			if (time != null)
				msgs = ((InternalEObject)time).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__TIME, null, msgs);
			if (newTime != null)
				msgs = ((InternalEObject)newTime).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__TIME, null, msgs);
			msgs = basicSetTime(newTime, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__TIME, newTime, newTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectContainmentEList<Service>(Service.class, this, ServerPackage.SERVER__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Volume> getVolumes() {
		if (volumes == null) {
			volumes = new EObjectContainmentEList<Volume>(Volume.class, this, ServerPackage.SERVER__VOLUMES);
		}
		return volumes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ShadowStorage> getShadowStorages() {
		if (shadowStorages == null) {
			shadowStorages = new EObjectContainmentEList<ShadowStorage>(ShadowStorage.class, this, ServerPackage.SERVER__SHADOW_STORAGES);
		}
		return shadowStorages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkSettings getNetwork() {
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNetwork(NetworkSettings newNetwork, NotificationChain msgs) {
		NetworkSettings oldNetwork = network;
		network = newNetwork;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__NETWORK, oldNetwork, newNetwork);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetwork(NetworkSettings newNetwork) {
		if (newNetwork != network) {
			NotificationChain msgs = null;
			if (network != null)
				msgs = ((InternalEObject)network).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__NETWORK, null, msgs);
			if (newNetwork != null)
				msgs = ((InternalEObject)newNetwork).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__NETWORK, null, msgs);
			msgs = basicSetNetwork(newNetwork, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__NETWORK, newNetwork, newNetwork));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agent getAgent() {
		return agent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAgent(Agent newAgent, NotificationChain msgs) {
		Agent oldAgent = agent;
		agent = newAgent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__AGENT, oldAgent, newAgent);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgent(Agent newAgent) {
		if (newAgent != agent) {
			NotificationChain msgs = null;
			if (agent != null)
				msgs = ((InternalEObject)agent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__AGENT, null, msgs);
			if (newAgent != null)
				msgs = ((InternalEObject)newAgent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__AGENT, null, msgs);
			msgs = basicSetAgent(newAgent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__AGENT, newAgent, newAgent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CacheSettings getCache() {
		return cache;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCache(CacheSettings newCache, NotificationChain msgs) {
		CacheSettings oldCache = cache;
		cache = newCache;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__CACHE, oldCache, newCache);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCache(CacheSettings newCache) {
		if (newCache != cache) {
			NotificationChain msgs = null;
			if (cache != null)
				msgs = ((InternalEObject)cache).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__CACHE, null, msgs);
			if (newCache != null)
				msgs = ((InternalEObject)newCache).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__CACHE, null, msgs);
			msgs = basicSetCache(newCache, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__CACHE, newCache, newCache));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScheduledTask> getTasks() {
		if (tasks == null) {
			tasks = new EObjectContainmentEList<ScheduledTask>(ScheduledTask.class, this, ServerPackage.SERVER__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModuleFile> getModuleFiles() {
		if (moduleFiles == null) {
			moduleFiles = new EObjectContainmentEList<ModuleFile>(ModuleFile.class, this, ServerPackage.SERVER__MODULE_FILES);
		}
		return moduleFiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackupPolicy getPolicy() {
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPolicy(BackupPolicy newPolicy, NotificationChain msgs) {
		BackupPolicy oldPolicy = policy;
		policy = newPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__POLICY, oldPolicy, newPolicy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicy(BackupPolicy newPolicy) {
		if (newPolicy != policy) {
			NotificationChain msgs = null;
			if (policy != null)
				msgs = ((InternalEObject)policy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__POLICY, null, msgs);
			if (newPolicy != null)
				msgs = ((InternalEObject)newPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__POLICY, null, msgs);
			msgs = basicSetPolicy(newPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__POLICY, newPolicy, newPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Job> getJobs() {
		if (jobs == null) {
			jobs = new EObjectContainmentEList<Job>(Job.class, this, ServerPackage.SERVER__JOBS);
		}
		return jobs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailedFilesSummary getFailedFiles() {
		return failedFiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFailedFiles(FailedFilesSummary newFailedFiles, NotificationChain msgs) {
		FailedFilesSummary oldFailedFiles = failedFiles;
		failedFiles = newFailedFiles;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__FAILED_FILES, oldFailedFiles, newFailedFiles);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailedFiles(FailedFilesSummary newFailedFiles) {
		if (newFailedFiles != failedFiles) {
			NotificationChain msgs = null;
			if (failedFiles != null)
				msgs = ((InternalEObject)failedFiles).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__FAILED_FILES, null, msgs);
			if (newFailedFiles != null)
				msgs = ((InternalEObject)newFailedFiles).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__FAILED_FILES, null, msgs);
			msgs = basicSetFailedFiles(newFailedFiles, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__FAILED_FILES, newFailedFiles, newFailedFiles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogSummary getLogs() {
		return logs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLogs(LogSummary newLogs, NotificationChain msgs) {
		LogSummary oldLogs = logs;
		logs = newLogs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__LOGS, oldLogs, newLogs);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogs(LogSummary newLogs) {
		if (newLogs != logs) {
			NotificationChain msgs = null;
			if (logs != null)
				msgs = ((InternalEObject)logs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__LOGS, null, msgs);
			if (newLogs != null)
				msgs = ((InternalEObject)newLogs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__LOGS, null, msgs);
			msgs = basicSetLogs(newLogs, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__LOGS, newLogs, newLogs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EventRecord> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<EventRecord>(EventRecord.class, this, ServerPackage.SERVER__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AntivirusSettings getAntivirus() {
		return antivirus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAntivirus(AntivirusSettings newAntivirus, NotificationChain msgs) {
		AntivirusSettings oldAntivirus = antivirus;
		antivirus = newAntivirus;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__ANTIVIRUS, oldAntivirus, newAntivirus);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAntivirus(AntivirusSettings newAntivirus) {
		if (newAntivirus != antivirus) {
			NotificationChain msgs = null;
			if (antivirus != null)
				msgs = ((InternalEObject)antivirus).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__ANTIVIRUS, null, msgs);
			if (newAntivirus != null)
				msgs = ((InternalEObject)newAntivirus).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServerPackage.SERVER__ANTIVIRUS, null, msgs);
			msgs = basicSetAntivirus(newAntivirus, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SERVER__ANTIVIRUS, newAntivirus, newAntivirus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PnpDevice> getIscsiDevices() {
		if (iscsiDevices == null) {
			iscsiDevices = new EObjectContainmentEList<PnpDevice>(PnpDevice.class, this, ServerPackage.SERVER__ISCSI_DEVICES);
		}
		return iscsiDevices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Certificate> getCertificates() {
		if (certificates == null) {
			certificates = new EObjectContainmentEList<Certificate>(Certificate.class, this, ServerPackage.SERVER__CERTIFICATES);
		}
		return certificates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VaultCredentials> getVaultCredentials() {
		if (vaultCredentials == null) {
			vaultCredentials = new EObjectContainmentEList<VaultCredentials>(VaultCredentials.class, this, ServerPackage.SERVER__VAULT_CREDENTIALS);
		}
		return vaultCredentials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EObject> getExtensions() {
		if (extensions == null) {
			extensions = new EObjectContainmentEList<EObject>(EObject.class, this, ServerPackage.SERVER__EXTENSIONS);
		}
		return extensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ServerPackage.SERVER__ARTIFACTS:
				return ((InternalEList<?>)getArtifacts()).basicRemove(otherEnd, msgs);
			case ServerPackage.SERVER__OPERATING_SYSTEM:
				return basicSetOperatingSystem(null, msgs);
			case ServerPackage.SERVER__HOTFIXES:
				return ((InternalEList<?>)getHotfixes()).basicRemove(otherEnd, msgs);
			case ServerPackage.SERVER__DOT_NET:
				return basicSetDotNet(null, msgs);
			case ServerPackage.SERVER__TLS:
				return basicSetTls(null, msgs);
			case ServerPackage.SERVER__POWER_SHELL:
				return basicSetPowerShell(null, msgs);
			case ServerPackage.SERVER__TIME:
				return basicSetTime(null, msgs);
			case ServerPackage.SERVER__SERVICES:
				return ((InternalEList<?>)getServices()).basicRemove(otherEnd, msgs);
			case ServerPackage.SERVER__VOLUMES:
				return ((InternalEList<?>)getVolumes()).basicRemove(otherEnd, msgs);
			case ServerPackage.SERVER__SHADOW_STORAGES:
				return ((InternalEList<?>)getShadowStorages()).basicRemove(otherEnd, msgs);
			case ServerPackage.SERVER__NETWORK:
				return basicSetNetwork(null, msgs);
			case ServerPackage.SERVER__AGENT:
				return basicSetAgent(null, msgs);
			case ServerPackage.SERVER__CACHE:
				return basicSetCache(null, msgs);
			case ServerPackage.SERVER__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
			case ServerPackage.SERVER__MODULE_FILES:
				return ((InternalEList<?>)getModuleFiles()).basicRemove(otherEnd, msgs);
			case ServerPackage.SERVER__POLICY:
				return basicSetPolicy(null, msgs);
			case ServerPackage.SERVER__JOBS:
				return ((InternalEList<?>)getJobs()).basicRemove(otherEnd, msgs);
			case ServerPackage.SERVER__FAILED_FILES:
				return basicSetFailedFiles(null, msgs);
			case ServerPackage.SERVER__LOGS:
				return basicSetLogs(null, msgs);
			case ServerPackage.SERVER__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
			case ServerPackage.SERVER__ANTIVIRUS:
				return basicSetAntivirus(null, msgs);
			case ServerPackage.SERVER__ISCSI_DEVICES:
				return ((InternalEList<?>)getIscsiDevices()).basicRemove(otherEnd, msgs);
			case ServerPackage.SERVER__CERTIFICATES:
				return ((InternalEList<?>)getCertificates()).basicRemove(otherEnd, msgs);
			case ServerPackage.SERVER__VAULT_CREDENTIALS:
				return ((InternalEList<?>)getVaultCredentials()).basicRemove(otherEnd, msgs);
			case ServerPackage.SERVER__EXTENSIONS:
				return ((InternalEList<?>)getExtensions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.SERVER__BUNDLE_NAME:
				return getBundleName();
			case ServerPackage.SERVER__FORMAT_VERSION:
				return getFormatVersion();
			case ServerPackage.SERVER__HOST_NAME:
				return getHostName();
			case ServerPackage.SERVER__COLLECTOR_NAME:
				return getCollectorName();
			case ServerPackage.SERVER__COLLECTOR_VERSION:
				return getCollectorVersion();
			case ServerPackage.SERVER__COLLECTED_AT_UTC:
				return getCollectedAtUtc();
			case ServerPackage.SERVER__COLLECTED_AT_LOCAL:
				return getCollectedAtLocal();
			case ServerPackage.SERVER__LOCAL_UTC_OFFSET_MINUTES:
				return getLocalUtcOffsetMinutes();
			case ServerPackage.SERVER__INFERRED:
				return getInferred();
			case ServerPackage.SERVER__WINDOWS_TEMP_TMP_COUNT:
				return getWindowsTempTmpCount();
			case ServerPackage.SERVER__ARTIFACTS:
				return getArtifacts();
			case ServerPackage.SERVER__OPERATING_SYSTEM:
				return getOperatingSystem();
			case ServerPackage.SERVER__HOTFIXES:
				return getHotfixes();
			case ServerPackage.SERVER__DOT_NET:
				return getDotNet();
			case ServerPackage.SERVER__TLS:
				return getTls();
			case ServerPackage.SERVER__POWER_SHELL:
				return getPowerShell();
			case ServerPackage.SERVER__TIME:
				return getTime();
			case ServerPackage.SERVER__SERVICES:
				return getServices();
			case ServerPackage.SERVER__VOLUMES:
				return getVolumes();
			case ServerPackage.SERVER__SHADOW_STORAGES:
				return getShadowStorages();
			case ServerPackage.SERVER__NETWORK:
				return getNetwork();
			case ServerPackage.SERVER__AGENT:
				return getAgent();
			case ServerPackage.SERVER__CACHE:
				return getCache();
			case ServerPackage.SERVER__TASKS:
				return getTasks();
			case ServerPackage.SERVER__MODULE_FILES:
				return getModuleFiles();
			case ServerPackage.SERVER__POLICY:
				return getPolicy();
			case ServerPackage.SERVER__JOBS:
				return getJobs();
			case ServerPackage.SERVER__FAILED_FILES:
				return getFailedFiles();
			case ServerPackage.SERVER__LOGS:
				return getLogs();
			case ServerPackage.SERVER__EVENTS:
				return getEvents();
			case ServerPackage.SERVER__ANTIVIRUS:
				return getAntivirus();
			case ServerPackage.SERVER__ISCSI_DEVICES:
				return getIscsiDevices();
			case ServerPackage.SERVER__CERTIFICATES:
				return getCertificates();
			case ServerPackage.SERVER__VAULT_CREDENTIALS:
				return getVaultCredentials();
			case ServerPackage.SERVER__EXTENSIONS:
				return getExtensions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ServerPackage.SERVER__BUNDLE_NAME:
				setBundleName((String)newValue);
				return;
			case ServerPackage.SERVER__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case ServerPackage.SERVER__HOST_NAME:
				setHostName((String)newValue);
				return;
			case ServerPackage.SERVER__COLLECTOR_NAME:
				setCollectorName((String)newValue);
				return;
			case ServerPackage.SERVER__COLLECTOR_VERSION:
				setCollectorVersion((String)newValue);
				return;
			case ServerPackage.SERVER__COLLECTED_AT_UTC:
				setCollectedAtUtc((Date)newValue);
				return;
			case ServerPackage.SERVER__COLLECTED_AT_LOCAL:
				setCollectedAtLocal((String)newValue);
				return;
			case ServerPackage.SERVER__LOCAL_UTC_OFFSET_MINUTES:
				setLocalUtcOffsetMinutes((Integer)newValue);
				return;
			case ServerPackage.SERVER__INFERRED:
				getInferred().clear();
				getInferred().addAll((Collection<? extends String>)newValue);
				return;
			case ServerPackage.SERVER__WINDOWS_TEMP_TMP_COUNT:
				setWindowsTempTmpCount((Long)newValue);
				return;
			case ServerPackage.SERVER__ARTIFACTS:
				getArtifacts().clear();
				getArtifacts().addAll((Collection<? extends Artifact>)newValue);
				return;
			case ServerPackage.SERVER__OPERATING_SYSTEM:
				setOperatingSystem((OperatingSystem)newValue);
				return;
			case ServerPackage.SERVER__HOTFIXES:
				getHotfixes().clear();
				getHotfixes().addAll((Collection<? extends Hotfix>)newValue);
				return;
			case ServerPackage.SERVER__DOT_NET:
				setDotNet((DotNetFramework)newValue);
				return;
			case ServerPackage.SERVER__TLS:
				setTls((TlsSettings)newValue);
				return;
			case ServerPackage.SERVER__POWER_SHELL:
				setPowerShell((PowerShellInfo)newValue);
				return;
			case ServerPackage.SERVER__TIME:
				setTime((TimeSettings)newValue);
				return;
			case ServerPackage.SERVER__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
				return;
			case ServerPackage.SERVER__VOLUMES:
				getVolumes().clear();
				getVolumes().addAll((Collection<? extends Volume>)newValue);
				return;
			case ServerPackage.SERVER__SHADOW_STORAGES:
				getShadowStorages().clear();
				getShadowStorages().addAll((Collection<? extends ShadowStorage>)newValue);
				return;
			case ServerPackage.SERVER__NETWORK:
				setNetwork((NetworkSettings)newValue);
				return;
			case ServerPackage.SERVER__AGENT:
				setAgent((Agent)newValue);
				return;
			case ServerPackage.SERVER__CACHE:
				setCache((CacheSettings)newValue);
				return;
			case ServerPackage.SERVER__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends ScheduledTask>)newValue);
				return;
			case ServerPackage.SERVER__MODULE_FILES:
				getModuleFiles().clear();
				getModuleFiles().addAll((Collection<? extends ModuleFile>)newValue);
				return;
			case ServerPackage.SERVER__POLICY:
				setPolicy((BackupPolicy)newValue);
				return;
			case ServerPackage.SERVER__JOBS:
				getJobs().clear();
				getJobs().addAll((Collection<? extends Job>)newValue);
				return;
			case ServerPackage.SERVER__FAILED_FILES:
				setFailedFiles((FailedFilesSummary)newValue);
				return;
			case ServerPackage.SERVER__LOGS:
				setLogs((LogSummary)newValue);
				return;
			case ServerPackage.SERVER__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends EventRecord>)newValue);
				return;
			case ServerPackage.SERVER__ANTIVIRUS:
				setAntivirus((AntivirusSettings)newValue);
				return;
			case ServerPackage.SERVER__ISCSI_DEVICES:
				getIscsiDevices().clear();
				getIscsiDevices().addAll((Collection<? extends PnpDevice>)newValue);
				return;
			case ServerPackage.SERVER__CERTIFICATES:
				getCertificates().clear();
				getCertificates().addAll((Collection<? extends Certificate>)newValue);
				return;
			case ServerPackage.SERVER__VAULT_CREDENTIALS:
				getVaultCredentials().clear();
				getVaultCredentials().addAll((Collection<? extends VaultCredentials>)newValue);
				return;
			case ServerPackage.SERVER__EXTENSIONS:
				getExtensions().clear();
				getExtensions().addAll((Collection<? extends EObject>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ServerPackage.SERVER__BUNDLE_NAME:
				setBundleName(BUNDLE_NAME_EDEFAULT);
				return;
			case ServerPackage.SERVER__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case ServerPackage.SERVER__HOST_NAME:
				setHostName(HOST_NAME_EDEFAULT);
				return;
			case ServerPackage.SERVER__COLLECTOR_NAME:
				setCollectorName(COLLECTOR_NAME_EDEFAULT);
				return;
			case ServerPackage.SERVER__COLLECTOR_VERSION:
				setCollectorVersion(COLLECTOR_VERSION_EDEFAULT);
				return;
			case ServerPackage.SERVER__COLLECTED_AT_UTC:
				setCollectedAtUtc(COLLECTED_AT_UTC_EDEFAULT);
				return;
			case ServerPackage.SERVER__COLLECTED_AT_LOCAL:
				setCollectedAtLocal(COLLECTED_AT_LOCAL_EDEFAULT);
				return;
			case ServerPackage.SERVER__LOCAL_UTC_OFFSET_MINUTES:
				setLocalUtcOffsetMinutes(LOCAL_UTC_OFFSET_MINUTES_EDEFAULT);
				return;
			case ServerPackage.SERVER__INFERRED:
				getInferred().clear();
				return;
			case ServerPackage.SERVER__WINDOWS_TEMP_TMP_COUNT:
				setWindowsTempTmpCount(WINDOWS_TEMP_TMP_COUNT_EDEFAULT);
				return;
			case ServerPackage.SERVER__ARTIFACTS:
				getArtifacts().clear();
				return;
			case ServerPackage.SERVER__OPERATING_SYSTEM:
				setOperatingSystem((OperatingSystem)null);
				return;
			case ServerPackage.SERVER__HOTFIXES:
				getHotfixes().clear();
				return;
			case ServerPackage.SERVER__DOT_NET:
				setDotNet((DotNetFramework)null);
				return;
			case ServerPackage.SERVER__TLS:
				setTls((TlsSettings)null);
				return;
			case ServerPackage.SERVER__POWER_SHELL:
				setPowerShell((PowerShellInfo)null);
				return;
			case ServerPackage.SERVER__TIME:
				setTime((TimeSettings)null);
				return;
			case ServerPackage.SERVER__SERVICES:
				getServices().clear();
				return;
			case ServerPackage.SERVER__VOLUMES:
				getVolumes().clear();
				return;
			case ServerPackage.SERVER__SHADOW_STORAGES:
				getShadowStorages().clear();
				return;
			case ServerPackage.SERVER__NETWORK:
				setNetwork((NetworkSettings)null);
				return;
			case ServerPackage.SERVER__AGENT:
				setAgent((Agent)null);
				return;
			case ServerPackage.SERVER__CACHE:
				setCache((CacheSettings)null);
				return;
			case ServerPackage.SERVER__TASKS:
				getTasks().clear();
				return;
			case ServerPackage.SERVER__MODULE_FILES:
				getModuleFiles().clear();
				return;
			case ServerPackage.SERVER__POLICY:
				setPolicy((BackupPolicy)null);
				return;
			case ServerPackage.SERVER__JOBS:
				getJobs().clear();
				return;
			case ServerPackage.SERVER__FAILED_FILES:
				setFailedFiles((FailedFilesSummary)null);
				return;
			case ServerPackage.SERVER__LOGS:
				setLogs((LogSummary)null);
				return;
			case ServerPackage.SERVER__EVENTS:
				getEvents().clear();
				return;
			case ServerPackage.SERVER__ANTIVIRUS:
				setAntivirus((AntivirusSettings)null);
				return;
			case ServerPackage.SERVER__ISCSI_DEVICES:
				getIscsiDevices().clear();
				return;
			case ServerPackage.SERVER__CERTIFICATES:
				getCertificates().clear();
				return;
			case ServerPackage.SERVER__VAULT_CREDENTIALS:
				getVaultCredentials().clear();
				return;
			case ServerPackage.SERVER__EXTENSIONS:
				getExtensions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ServerPackage.SERVER__BUNDLE_NAME:
				return BUNDLE_NAME_EDEFAULT == null ? bundleName != null : !BUNDLE_NAME_EDEFAULT.equals(bundleName);
			case ServerPackage.SERVER__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case ServerPackage.SERVER__HOST_NAME:
				return HOST_NAME_EDEFAULT == null ? hostName != null : !HOST_NAME_EDEFAULT.equals(hostName);
			case ServerPackage.SERVER__COLLECTOR_NAME:
				return COLLECTOR_NAME_EDEFAULT == null ? collectorName != null : !COLLECTOR_NAME_EDEFAULT.equals(collectorName);
			case ServerPackage.SERVER__COLLECTOR_VERSION:
				return COLLECTOR_VERSION_EDEFAULT == null ? collectorVersion != null : !COLLECTOR_VERSION_EDEFAULT.equals(collectorVersion);
			case ServerPackage.SERVER__COLLECTED_AT_UTC:
				return COLLECTED_AT_UTC_EDEFAULT == null ? collectedAtUtc != null : !COLLECTED_AT_UTC_EDEFAULT.equals(collectedAtUtc);
			case ServerPackage.SERVER__COLLECTED_AT_LOCAL:
				return COLLECTED_AT_LOCAL_EDEFAULT == null ? collectedAtLocal != null : !COLLECTED_AT_LOCAL_EDEFAULT.equals(collectedAtLocal);
			case ServerPackage.SERVER__LOCAL_UTC_OFFSET_MINUTES:
				return LOCAL_UTC_OFFSET_MINUTES_EDEFAULT == null ? localUtcOffsetMinutes != null : !LOCAL_UTC_OFFSET_MINUTES_EDEFAULT.equals(localUtcOffsetMinutes);
			case ServerPackage.SERVER__INFERRED:
				return inferred != null && !inferred.isEmpty();
			case ServerPackage.SERVER__WINDOWS_TEMP_TMP_COUNT:
				return WINDOWS_TEMP_TMP_COUNT_EDEFAULT == null ? windowsTempTmpCount != null : !WINDOWS_TEMP_TMP_COUNT_EDEFAULT.equals(windowsTempTmpCount);
			case ServerPackage.SERVER__ARTIFACTS:
				return artifacts != null && !artifacts.isEmpty();
			case ServerPackage.SERVER__OPERATING_SYSTEM:
				return operatingSystem != null;
			case ServerPackage.SERVER__HOTFIXES:
				return hotfixes != null && !hotfixes.isEmpty();
			case ServerPackage.SERVER__DOT_NET:
				return dotNet != null;
			case ServerPackage.SERVER__TLS:
				return tls != null;
			case ServerPackage.SERVER__POWER_SHELL:
				return powerShell != null;
			case ServerPackage.SERVER__TIME:
				return time != null;
			case ServerPackage.SERVER__SERVICES:
				return services != null && !services.isEmpty();
			case ServerPackage.SERVER__VOLUMES:
				return volumes != null && !volumes.isEmpty();
			case ServerPackage.SERVER__SHADOW_STORAGES:
				return shadowStorages != null && !shadowStorages.isEmpty();
			case ServerPackage.SERVER__NETWORK:
				return network != null;
			case ServerPackage.SERVER__AGENT:
				return agent != null;
			case ServerPackage.SERVER__CACHE:
				return cache != null;
			case ServerPackage.SERVER__TASKS:
				return tasks != null && !tasks.isEmpty();
			case ServerPackage.SERVER__MODULE_FILES:
				return moduleFiles != null && !moduleFiles.isEmpty();
			case ServerPackage.SERVER__POLICY:
				return policy != null;
			case ServerPackage.SERVER__JOBS:
				return jobs != null && !jobs.isEmpty();
			case ServerPackage.SERVER__FAILED_FILES:
				return failedFiles != null;
			case ServerPackage.SERVER__LOGS:
				return logs != null;
			case ServerPackage.SERVER__EVENTS:
				return events != null && !events.isEmpty();
			case ServerPackage.SERVER__ANTIVIRUS:
				return antivirus != null;
			case ServerPackage.SERVER__ISCSI_DEVICES:
				return iscsiDevices != null && !iscsiDevices.isEmpty();
			case ServerPackage.SERVER__CERTIFICATES:
				return certificates != null && !certificates.isEmpty();
			case ServerPackage.SERVER__VAULT_CREDENTIALS:
				return vaultCredentials != null && !vaultCredentials.isEmpty();
			case ServerPackage.SERVER__EXTENSIONS:
				return extensions != null && !extensions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (bundleName: ");
		result.append(bundleName);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", hostName: ");
		result.append(hostName);
		result.append(", collectorName: ");
		result.append(collectorName);
		result.append(", collectorVersion: ");
		result.append(collectorVersion);
		result.append(", collectedAtUtc: ");
		result.append(collectedAtUtc);
		result.append(", collectedAtLocal: ");
		result.append(collectedAtLocal);
		result.append(", localUtcOffsetMinutes: ");
		result.append(localUtcOffsetMinutes);
		result.append(", inferred: ");
		result.append(inferred);
		result.append(", windowsTempTmpCount: ");
		result.append(windowsTempTmpCount);
		result.append(')');
		return result.toString();
	}

} //ServerImpl
