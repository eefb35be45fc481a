package marswb.bundle.internal.artifacts;

import java.util.List;

/** The artifact paths of bundle format v1 (docs/bundle-format.md), used to report what a bundle lacks. */
public final class BundleFormat {

	public static final String MANIFEST = "manifest.json";

	/** Every path or glob of format v1; a glob is missing when no entry matches it. */
	public static final List<String> V1_ARTIFACTS = List.of(MANIFEST, "system/systeminfo.csv", "system/tzutil.txt",
			"system/dotnet-ndp.reg", "system/tls-schannel.reg", "system/tls-netfx.reg", "system/environment.reg",
			"system/psversion.txt", "system/executionpolicy.txt", "system/services.csv", "system/volumes.csv",
			"system/shadowstorage.txt", "system/pnp-iscsi.csv", "system/windows-temp-tmp-count.txt",
			"system/hotfixes.csv", "system/certificates.csv", "system/defender.json", "network/winhttp-proxy.txt",
			"network/inet-system.reg", "network/connectivity.csv", "agent/registry.reg", "agent/version.txt",
			"agent/machine-setting.json", "agent/policy.json", "agent/jobs.json", "agent/module-files.csv",
			"agent/scratch-folder.csv", "agent/scratch-listing.csv", "agent/cloudbackup-events.csv",
			"agent/logs/*.errlog", "agent/failed-files/LastBackupFailedFiles*.txt",
			"agent/vault-credentials/*.VaultCredentials", "tasks/*.xml");

	/**
	 * Optional by nature: their absence says something about the server, not about the collection. Defender's
	 * settings are not: only the manifest's reason not-installed says that Defender is absent.
	 */
	public static final List<String> OPTIONAL = List.of("agent/vault-credentials/*.VaultCredentials",
			"agent/failed-files/LastBackupFailedFiles*.txt");

	private BundleFormat() {
	}
}
