package marswb.area.connectivity.internal;

import java.util.Locale;

import marswb.model.server.NetworkSettings;
import marswb.model.server.Server;

/** Artifact paths and small helpers shared by the connectivity checks. */
final class Net {

	static final String INET = "network/inet-system.reg";
	static final String WINHTTP = "network/winhttp-proxy.txt";
	static final String MACHINE_SETTING = "agent/machine-setting.json";
	static final String PROBES = "network/connectivity.csv";
	static final String LOGS = "agent/logs/*.errlog";
	static final String EVENTS = "agent/cloudbackup-events.csv";
	static final String DEFENDER = "system/defender.json";
	static final String MANIFEST = "manifest.json";
	static final String REGISTRY = "agent/registry.reg";

	/** The endpoints the agent needs (backup-network-connectivity include), all HTTPS on port 443. */
	static final String ENDPOINTS = "*.microsoft.com, *.windowsazure.com, *.microsoftonline.com, *.windows.net, "
			+ "*.blob.core.windows.net, *.queue.core.windows.net, *.blob.storage.azure.net, www.msftconnecttest.com";
	static final String ENDPOINTS_US_GOV = "www.msftncsi.com, *.microsoft.com, *.windowsazure.us, *.microsoftonline.us, "
			+ "*.windows.net, *.usgovcloudapi.net, *.blob.core.windows.net, *.queue.core.windows.net, *.blob.storage.azure.net";

	private Net() {
	}

	static NetworkSettings network(Server server) {
		return server.getNetwork();
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/**
	 * host:port of a proxy as WinINet or the agent writes it: without scheme, lower case; for a per-protocol
	 * WinINet list (http=...;https=...) the https entry, else the first.
	 */
	static String hostPort(String server, Integer port) {
		if (blank(server)) {
			return "";
		}
		String s = server.trim().toLowerCase(Locale.ROOT);
		if (s.contains("=")) {
			String chosen = null;
			for (String part : s.split(";")) {
				String[] kv = part.split("=", 2);
				if (kv.length == 2 && (chosen == null || kv[0].trim().equals("https"))) {
					chosen = kv[1].trim();
				}
			}
			s = chosen == null ? s : chosen;
		}
		s = s.replaceFirst("^[a-z]+://", "");
		if (s.endsWith("/")) {
			s = s.substring(0, s.length() - 1);
		}
		if (port != null && port > 0 && !s.matches(".*:[0-9]+$")) {
			s = s + ":" + port;
		}
		return s;
	}
}
