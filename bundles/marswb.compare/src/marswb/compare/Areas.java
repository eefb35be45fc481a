package marswb.compare;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.model.server.ServerPackage;

/**
 * The troubleshooting area of each part of the server model, so that a comparison can be summarized area by area.
 * A feature of {@code Server} decides the area of everything below it; a few features below it override that
 * (the agent's version is basics, its encryption key status encryption). Artifacts form their own area,
 * {@code evidence}: a different read status explains INCOMPLETE values but is no drift itself.
 */
public final class Areas {

	public static final String SCHEDULING = "scheduling";
	public static final String CACHE = "cache";
	public static final String CONNECTIVITY = "connectivity";
	public static final String REGISTRATION = "registration";
	public static final String ENCRYPTION = "encryption";
	public static final String RESTORE = "restore";
	public static final String JOBS = "jobs";
	public static final String BASICS = "basics";
	public static final String EVIDENCE = "evidence";

	/** Display order of the summary. */
	public static final List<String> ORDER = List.of(SCHEDULING, CACHE, CONNECTIVITY, REGISTRATION, ENCRYPTION,
			RESTORE, JOBS, BASICS, EVIDENCE);

	private static final ServerPackage P = ServerPackage.eINSTANCE;

	private static final Map<EStructuralFeature, String> AREA = Map.ofEntries(
			Map.entry(P.getServer_Tasks(), SCHEDULING), Map.entry(P.getServer_PowerShell(), SCHEDULING),
			Map.entry(P.getServer_ModuleFiles(), SCHEDULING),
			Map.entry(P.getServer_Cache(), CACHE), Map.entry(P.getServer_Volumes(), CACHE),
			Map.entry(P.getServer_ShadowStorages(), CACHE),
			Map.entry(P.getServer_Network(), CONNECTIVITY), Map.entry(P.getServer_Antivirus(), CONNECTIVITY),
			Map.entry(P.getServer_VaultCredentials(), REGISTRATION), Map.entry(P.getServer_Certificates(), REGISTRATION),
			Map.entry(P.getAgent_Registration(), REGISTRATION),
			// a renamed host (230006) and the .tmp count are registration facts (CONTRACTS: one owner per fact)
			Map.entry(P.getServer_HostName(), REGISTRATION), Map.entry(P.getServer_WindowsTempTmpCount(), REGISTRATION),
			Map.entry(P.getAgent_EncryptionKeyStatus(), ENCRYPTION),
			Map.entry(P.getAgent_MachineSettingEncryptionRaw(), ENCRYPTION),
			Map.entry(P.getServer_IscsiDevices(), RESTORE),
			// policy: its unsupported items are a jobs fact; logs and events are the job history
			Map.entry(P.getServer_Jobs(), JOBS), Map.entry(P.getServer_FailedFiles(), JOBS),
			Map.entry(P.getServer_Policy(), JOBS), Map.entry(P.getServer_Logs(), JOBS),
			Map.entry(P.getServer_Events(), JOBS),
			Map.entry(P.getServer_Artifacts(), EVIDENCE));

	private Areas() {
	}

	/** The area of a feature's values, given the area of the object that owns it. */
	public static String of(EStructuralFeature feature, String ownerArea) {
		return AREA.getOrDefault(feature, ownerArea);
	}
}
