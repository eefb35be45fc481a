package marswb.redact.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.redact.RedactionMap;
import marswb.redact.RedactionMap.Kind;

/**
 * Finds the customer's names where the bundle states them (the manifest's host, systeminfo's host and domain, the
 * vault and its resource group in the registry and the credentials file, certificate subjects and thumbprints,
 * accounts in services and tasks, proxy settings, e-mail domains) and enters them into the map before any file is
 * rewritten, so that every later occurrence, in any artifact, gets the same pseudonym.
 */
public final class Identities {

	/** Account domains that Windows defines: not the customer's. */
	static final Set<String> WELL_KNOWN_DOMAINS = Set.of("nt authority", "nt service", "builtin", "workgroup",
			"iis apppool", "nt virtual machine", "window manager", "font driver host", ".");
	/** Accounts every Windows has. */
	static final Set<String> WELL_KNOWN_USERS = Set.of("system", "localsystem", "localservice", "networkservice",
			"local service", "network service", "administrator", "guest", "defaultaccount", "users", "administrators",
			"authenticated users", "everyone", "trustedinstaller");
	/** Public DNS domains of the service and of Windows: endpoints the connectivity checks compare by name. */
	static final Set<String> PUBLIC_DOMAINS = Set.of("microsoft.com", "windows.net", "windowsazure.com", "azure.com",
			"microsoftonline.com", "msftncsi.com", "live.com", "azure.net", "windowsupdate.com", "digicert.com",
			"chinacloudapi.cn", "windowsazure.cn", "azure.cn", "example", "example.com", "localhost",
			"datacontract.org", "w3.org");

	private static final Pattern MANIFEST_HOST = Pattern.compile("\"(?:host|computerName)\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern REG_STRING = Pattern.compile(
			"^\"(ServiceResourceName|ResourceGroupName|ResourceId|MachineName|ProxyServer|ComputerName)\"=\"([^\"]*)\"",
			Pattern.MULTILINE);
	private static final Pattern XML_ELEMENT = Pattern.compile(
			"<(ResourceName|ResourceGroup|ResourceId|UserId|Author)>([^<]+)</\\1>");
	private static final Pattern JSON_STRING = Pattern.compile(
			"\"(ProxyServer|ProxyUserName|MachineName|ServerName|ResourceName|ResourceGroupName)\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern WINHTTP_PROXY = Pattern.compile("Proxy Server\\(s\\)\\s*:\\s*(\\S+)");
	private static final Pattern CERT_HOST = Pattern.compile("CN=CB_([^.\",]+)\\._[0-9A-Fa-f]+");
	private static final Pattern CERT_VAULT = Pattern.compile("CN=CB_([^\",]+?)-\\d{1,2}-\\d{1,2}-\\d{4}-vaultcredentials",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern CERT_FQDN = Pattern.compile("CN=([A-Za-z0-9-]+)\\.((?:[A-Za-z0-9-]+\\.)*[A-Za-z]{2,})");
	private static final Pattern THUMBPRINT = Pattern.compile("\"([0-9A-Fa-f]{40})\"");
	private static final Pattern ACCOUNT_FIELD = Pattern.compile("(?:\"|<UserId>|<Author>)([A-Za-z0-9][A-Za-z0-9 ._-]{0,14})"
			+ "\\\\([A-Za-z0-9][A-Za-z0-9 ._$-]{0,63})(?:\"|</)");
	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,})");

	private final RedactionMap map;

	public Identities(RedactionMap map) {
		this.map = map;
	}

	/** Learns the names an artifact states; {@code path} is the entry's path in the bundle. */
	public void learn(String path, String text) {
		String name = path.toLowerCase(Locale.ROOT);
		if (name.equals("manifest.json")) {
			find(MANIFEST_HOST, text, 1, this::host);
		}
		if (name.endsWith("systeminfo.csv")) {
			systemInfo(text);
		}
		if (name.endsWith(".reg")) {
			Matcher m = REG_STRING.matcher(text);
			while (m.find()) {
				value(m.group(1), m.group(2));
			}
		}
		if (name.endsWith(".vaultcredentials") || name.endsWith(".xml")) {
			Matcher m = XML_ELEMENT.matcher(text);
			while (m.find()) {
				value(m.group(1), m.group(2).strip());
			}
		}
		if (name.endsWith(".json")) {
			Matcher m = JSON_STRING.matcher(text);
			while (m.find()) {
				value(m.group(1), m.group(2));
			}
		}
		if (name.endsWith("winhttp-proxy.txt")) {
			find(WINHTTP_PROXY, text, 1, this::proxy);
		}
		if (name.endsWith("certificates.csv")) {
			find(CERT_HOST, text, 1, this::host);
			find(CERT_VAULT, text, 1, vault -> map.pseudonym(Kind.VAULT, vault));
			Matcher fqdn = CERT_FQDN.matcher(text);
			while (fqdn.find()) {
				if (!fqdn.group(1).regionMatches(true, 0, "CB_", 0, 3) && domain(fqdn.group(2))) {
					map.pseudonym(Kind.HOST, fqdn.group(1));
				}
			}
			find(THUMBPRINT, text, 1, print -> map.pseudonym(Kind.THUMBPRINT, print));
		}
		if (name.endsWith("services.csv") || name.startsWith("tasks/")) {
			Matcher account = ACCOUNT_FIELD.matcher(text);
			while (account.find()) {
				account(account.group(1), account.group(2));
			}
		}
		find(EMAIL, text, 1, this::domain);
	}

	private void value(String field, String value) {
		if (value.isBlank()) {
			return;
		}
		switch (field) {
		case "ServiceResourceName", "ResourceName" -> map.pseudonym(Kind.VAULT, value);
		case "ResourceGroupName", "ResourceGroup" -> map.pseudonym(Kind.RESOURCE_GROUP, value);
		case "ResourceId" -> {
			if (value.chars().allMatch(Character::isDigit)) {
				map.pseudonym(Kind.RESOURCE_ID, value);
			}
		}
		case "MachineName", "ComputerName", "ServerName" -> host(value);
		case "ProxyServer" -> proxy(value);
		case "ProxyUserName" -> user(value);
		case "UserId", "Author" -> {
			int slash = value.indexOf('\\');
			if (slash > 0) {
				account(value.substring(0, slash), value.substring(slash + 1));
			}
		}
		default -> throw new IllegalArgumentException(field);
		}
	}

	/** systeminfo /fo csv: the host is the first column, the domain and logon server columns 29 and 30. */
	private void systemInfo(String text) {
		String[] lines = text.split("\r?\n");
		if (lines.length < 2) {
			return;
		}
		String[] row = lines[1].split("\",\"", -1);
		if (row.length > 0) {
			host(row[0].replace("\"", ""));
		}
		if (row.length > 29) {
			String domain = row[28];
			if (domain.contains(".")) {
				domain(domain);
			} else if (!WELL_KNOWN_DOMAINS.contains(domain.toLowerCase(Locale.ROOT))) {
				map.pseudonym(Kind.NETBIOS_DOMAIN, domain);
			}
			String logonServer = row[29].replace("\\", "").replace("\"", "");
			if (!logonServer.isBlank()) {
				host(logonServer);
			}
		}
	}

	private void host(String name) {
		String host = name.strip();
		int dot = host.indexOf('.');
		if (dot > 0) {
			domain(host.substring(dot + 1));
			host = host.substring(0, dot);
		}
		if (!host.isEmpty() && !host.equalsIgnoreCase("localhost")) {
			map.pseudonym(Kind.HOST, host);
		}
	}

	/** A DNS domain of the customer's; public ones and IP addresses are not. */
	private boolean domain(String name) {
		String domain = name.toLowerCase(Locale.ROOT);
		for (String suffix : PUBLIC_DOMAINS) {
			if (domain.equals(suffix) || domain.endsWith("." + suffix)) {
				return false;
			}
		}
		if (!domain.contains(".") || domain.matches("[0-9.]+")) {
			return false;
		}
		map.pseudonym(Kind.DOMAIN, domain);
		// the NetBIOS name of an Active Directory domain is, unless renamed, its first label
		String label = domain.substring(0, domain.indexOf('.'));
		if (!WELL_KNOWN_DOMAINS.contains(label) && label.length() <= 15) {
			map.pseudonym(Kind.NETBIOS_DOMAIN, label);
		}
		return true;
	}

	/** A proxy setting: {@code host:port}, {@code http=host:port;https=...}, or a URL. */
	private void proxy(String setting) {
		for (String part : setting.split("[;\\s]+")) {
			String server = part.replaceFirst("^[a-z]+=", "").replaceFirst("^[a-zA-Z]+://", "")
					.replaceFirst(":\\d+/?$", "").replaceFirst("/.*$", "");
			if (server.isEmpty() || server.startsWith("<") || server.matches("[0-9.]+") || server.contains(":")) {
				continue; // <local>, and addresses, which the address rules replace
			}
			int dot = server.indexOf('.');
			if (dot > 0) {
				if (domain(server.substring(dot + 1))) {
					map.pseudonym(Kind.PROXY, server.substring(0, dot));
				}
			} else {
				map.pseudonym(Kind.PROXY, server);
			}
		}
	}

	private void account(String domain, String user) {
		String lower = domain.toLowerCase(Locale.ROOT);
		if (WELL_KNOWN_DOMAINS.contains(lower) || lower.contains(" ")) {
			return;
		}
		if (!map.isKnown(Kind.HOST, domain)) {
			map.pseudonym(Kind.NETBIOS_DOMAIN, domain);
		}
		user(user);
	}

	private void user(String name) {
		// a JSON string writes an account with its backslash doubled
		String[] account = name.split("\\\\+", 2);
		if (account.length == 2) {
			account(account[0], account[1]);
			return;
		}
		String user = name;
		if (!WELL_KNOWN_USERS.contains(user.toLowerCase(Locale.ROOT)) && !user.endsWith("$")) {
			map.pseudonym(Kind.USER, user);
		}
	}

	private static void find(Pattern pattern, String text, int group, java.util.function.Consumer<String> found) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.accept(m.group(group));
		}
	}
}
