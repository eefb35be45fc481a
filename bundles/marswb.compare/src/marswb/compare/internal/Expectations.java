package marswb.compare.internal;

import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.model.server.ServerPackage;

/**
 * Which values are expected to differ and therefore are no drift. Between two servers: their identities (host
 * name, machine and resource ids, certificate thumbprints and dates) and every timestamp of collection, jobs,
 * events and logs. The subscription, vault and resource group are not among them: servers of one customer share
 * them, and a server registered elsewhere is exactly what a comparison should show. When both sides are the same
 * server over time, its identity must stay: a changed host name is the rename behind error 230006 and counts.
 */
public final class Expectations {

	private static final ServerPackage P = ServerPackage.eINSTANCE;

	private static final Set<EStructuralFeature> OVER_TIME = Set.of(P.getServer_BundleName(),
			P.getServer_CollectedAtUtc(), P.getServer_CollectedAtLocal(), P.getOperatingSystem_SystemBootTime(),
			P.getJob_JobId(), P.getJob_StartTime(), P.getJob_EndTime(), P.getEventRecord_TimeCreated(),
			P.getLogHit_FirstTime(), P.getLogHit_LastTime(), P.getLogFile_FirstTimestamp(),
			P.getLogFile_LastTimestamp(),
			// how big a file was and how it was encoded say nothing about the configuration
			P.getArtifact_SizeBytes(), P.getArtifact_Encoding(), P.getArtifact_Message(), P.getArtifact_ExitCode());

	private static final Set<EStructuralFeature> BETWEEN_SERVERS = Set.of(P.getServer_HostName(),
			P.getOperatingSystem_HostName(), P.getRegistration_MachineId(), P.getRegistration_ResourceId(),
			P.getCertificate_Thumbprint(), P.getCertificate_NotBefore(), P.getCertificate_NotAfter(),
			P.getOperatingSystem_OriginalInstallDate());

	private final boolean sameServer;
	private final Masks masks;

	public Expectations(boolean sameServer, Masks masks) {
		this.sameServer = sameServer;
		this.masks = masks;
	}

	/** Whether two different values of a feature are expected to differ. */
	public boolean expected(EStructuralFeature feature, Object left, Object right) {
		if (OVER_TIME.contains(feature) || !sameServer && BETWEEN_SERVERS.contains(feature)) {
			return true;
		}
		return left instanceof String l && right instanceof String r && masks.mask(l).equals(masks.mask(r));
	}
}
