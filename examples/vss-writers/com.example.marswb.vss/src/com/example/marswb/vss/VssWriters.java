package com.example.marswb.vss;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import marswb.model.server.Server;

/**
 * The writers a bundle listed, and what Windows knows about them: this plugin's own API, which its view uses (a
 * bundle of the plugin does not reach into another's internal package).
 */
public final class VssWriters {

	/** The artifact that lists the writers, {@code vssadmin list writers}. */
	public static final String ARTIFACT = "system/vss-writers.txt";
	/** The last error of a writer that has none, as vssadmin prints it. */
	public static final String NO_ERROR = "No error";

	/**
	 * The service that hosts each in-box writer, by writer name as vssadmin prints it. Restarting it makes the
	 * writer register again in a stable state. The Task Scheduler writer is missing on purpose: Windows does not let
	 * its service be restarted.
	 */
	private static final Map<String, String> SERVICES = services();

	private VssWriters() {
	}

	private static Map<String, String> services() {
		Map<String, String> services = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (String vss : List.of("ASR Writer", "Registry Writer", "COM+ REGDB Writer", "VSS Metadata Store Writer",
				"Performance Counters Writer", "Shadow Copy Optimization Writer")) {
			services.put(vss, "VSS");
		}
		services.put("System Writer", "CryptSvc");
		services.put("WMI Writer", "Winmgmt");
		services.put("BITS Writer", "BITS");
		services.put("IIS Config Writer", "AppHostSvc");
		services.put("IIS Metabase Writer", "IISADMIN");
		services.put("Microsoft Hyper-V VSS Writer", "vmms");
		services.put("SqlServerWriter", "SQLWriter");
		services.put("NTDS", "NTDS");
		services.put("DFS Replication service writer", "DFSR");
		services.put("Dhcp Jet Writer", "DHCPServer");
		services.put("Certificate Authority", "CertSvc");
		services.put("MSSearch Service Writer", "WSearch");
		services.put("Cluster Database", "ClusSvc");
		services.put("FRS Writer", "NtFrs");
		services.put("WINS Jet Writer", "WINS");
		services.put("FSRM writer", "srmsvc");
		return services;
	}

	/** The writers read from the bundle, in the order vssadmin listed them. */
	public static List<VssWriter> of(Server server) {
		return server.getExtensions().stream().filter(VssWriter.class::isInstance).map(VssWriter.class::cast)
				.toList();
	}

	/** The writer of this name, as a finding's subject names it. */
	public static Optional<VssWriter> named(Server server, String name) {
		return of(server).stream().filter(w -> name.equalsIgnoreCase(w.getName())).findFirst();
	}

	/** The service to restart for the writer, if it is an in-box writer with a restartable service. */
	public static Optional<String> service(String writerName) {
		return Optional.ofNullable(SERVICES.get(writerName));
	}

	/** VSS_WRITER_STATE 6 to 15 are the failures at each phase; vssadmin words them all "Failed". */
	public static boolean failed(VssWriter writer) {
		Integer code = writer.getStateCode();
		return code != null && code >= 6 && code <= 15 || "Failed".equalsIgnoreCase(writer.getState());
	}

	/** A last error other than "No error" (Timed out, Retryable error, Non-retryable error, ...). */
	public static boolean hasError(VssWriter writer) {
		return writer.getLastError() != null && !NO_ERROR.equalsIgnoreCase(writer.getLastError());
	}
}
