package marswb.redact.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.redact.RedactionMap;
import marswb.redact.RedactionMap.Kind;
import marswb.redact.Secret;

/**
 * Replaces identities in one piece of text, in a single pass so that a pseudonym is never taken for a real value
 * again. Secrets come first and are overwritten with {@link Secret#REMOVED}: a value after a password, key or
 * token name (as {@code name=value}, {@code name: value}, a quoted registry or JSON value, an XML element), a URL's
 * password, an {@code Authorization} header's credentials, a JSON web token and a long base64 blob. Known names
 * (learned by {@link Identities} from where the bundle states them) are replaced wherever they stand as a whole
 * word; addresses, GUIDs and e-mail addresses by their shape. With paths on, the folder and file names of Windows
 * paths are replaced too, except the well-known folders the checks look for.
 */
public final class Redactor {

	/** Folders of Windows and of the agent that checks recognize by name, kept in paths. */
	static final Set<String> KEPT_FOLDERS = Set.of("windows", "system32", "syswow64", "temp", "tmp", "program files",
			"program files (x86)", "programdata", "users", "public", "default", "appdata", "local", "roaming",
			"microsoft", "microsoft azure recovery services agent", "windows azure backup", "scratch", "bin",
			"modules", "msonlinebackup", "windowspowershell", "v1.0", "system volume information", "$recycle.bin",
			"onlinebackup", "cbengine.exe", "csc.exe", "obengine.exe", "cbengine", "logs", "config", "setup",
			"microsoft.net", "framework", "framework64", "v4.0.30319", "onedrive", "documents", "desktop",
			"downloads", "tasks", "winsxs", "servicing", "drivers", "etc", "inetpub", "wwwroot", "marscache", "pagefile", "hiberfil", "swapfile",
			"windows defender");
	/** Folders whose contents are Microsoft's: everything below them is kept. */
	static final Set<String> PRODUCT_FOLDERS = Set.of("windows", "microsoft", "windows defender",
			"microsoft azure recovery services agent", "windows azure backup");
	/** GUIDs the product itself knows (the system-state writer and application of Get-OBPolicy) and the nil GUID. */
	static final Set<String> KEPT_GUIDS = Set.of("da57a531-e7e7-4346-9a68-b511f551deb6",
			"8c3d00f9-3ce9-4563-b373-19837bc2835e", "00000000-0000-0000-0000-000000000000");

	private static final String GUID = "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";
	/** A folder or file name: words with single blanks between (two blanks are a table's column gap). */
	private static final String NAME_CHAR = "[^\\\\/:*?\"<>|\\s\\x00,;=]";
	private static final String SEGMENT = NAME_CHAR + "+(?: " + NAME_CHAR + "+)*";

	private static final Pattern PATH_PARTS = Pattern.compile("(\\\\+|/)|([^\\\\/]+)");

	/** Names of passwords (ProxyPassword, EncryptionPassphrase, pwd...): their value is removed. */
	private static final String PASSWORD_NAMES = "[A-Za-z_]*(?:password|passwd|passphrase)|pwd";
	/** Names of keys and client secrets (AccountKey, ChannelIntegrityKey, client_secret...). */
	private static final String KEY_NAMES = "[A-Za-z_]*(?:secret|accountkey|accesskey|apikey|api_key|integritykey"
			+ "|privatekey|sharedkey)";
	/**
	 * Names of tokens, only as {@code name=value} (in a query string: a SAS's {@code sig=}); "token:" in a log
	 * message is text.
	 */
	private static final String TOKEN_NAMES = "sig|signature|[A-Za-z_]*token";
	/** A base64 blob at least this long (30 bytes) is taken for a key. */
	private static final int BLOB = 40;
	/** Nor is a blob a path: its longest run without a slash is at least this long. */
	private static final int BLOB_RUN = 24;

	private final RedactionMap map;
	private final boolean paths;
	private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
	private final Map<Secret, Integer> secrets = new EnumMap<>(Secret.class);
	private int secretTotal;
	private Pattern pattern;
	private Pattern inner;
	private int known = -1;

	public Redactor(RedactionMap map, boolean paths) {
		this.map = map;
		this.paths = paths;
	}

	/** How many values of each kind were replaced so far (for the report; no values). */
	public Map<Kind, Integer> counts() {
		return counts;
	}

	/** How many secrets of each kind were removed so far. */
	public Map<Secret, Integer> secrets() {
		return secrets;
	}

	/** How many secrets were removed so far, of all kinds: a caller tells by it which lines held one. */
	public int secretTotal() {
		return secretTotal;
	}

	/** Counts a secret removed outside the text rules (a credentials file's certificate). */
	public void removed(Secret kind) {
		secret(kind, "");
	}

	/** Redacts one line or value. {@code wholeLinePath}: the text is one path (a failed-file list's line). */
	public String redact(String text, boolean wholeLinePath) {
		Matcher m = pattern().matcher(text);
		StringBuilder out = null;
		int last = 0;
		while (m.find()) {
			String replacement = replacement(m, text, wholeLinePath);
			if (replacement == null) {
				continue;
			}
			if (out == null) {
				out = new StringBuilder(text.length() + 16);
			}
			out.append(text, last, m.start()).append(replacement);
			last = m.end();
		}
		return out == null ? text : out.append(text, last, text.length()).toString();
	}

	private String replacement(Matcher m, String text, boolean wholeLinePath) {
		if (m.group("authHead") != null) {
			return secret(Secret.AUTHORIZATION, m.group("authHead"));
		}
		if (m.group("uiHead") != null) {
			String user = m.group("uiUser");
			String inside = redactInside(user);
			String pseudonym = !inside.equals(user) || user.isEmpty()
					|| Identities.WELL_KNOWN_USERS.contains(user.toLowerCase(Locale.ROOT)) ? inside
							: count(Kind.USER, map.pseudonym(Kind.USER, user));
			return m.group("uiHead") + pseudonym + ":" + secret(Secret.PASSWORD, "") + "@";
		}
		if (m.group("qHead") != null) {
			return secret(named(m.group("qKey")), m.group("qHead"));
		}
		if (m.group("xHead") != null) {
			return secret(named(m.group("xKey")), m.group("xHead"));
		}
		if (m.group("uHead") != null) {
			return secret(named(m.group("uKey")), m.group("uHead"));
		}
		if (m.group("tHead") != null) {
			return secret(Secret.URL_TOKEN, m.group("tHead"));
		}
		if (m.group("jwt") != null) {
			return secret(Secret.KEY, "");
		}
		if (m.group("blob") != null) {
			return isKey(m.group("blob")) ? secret(Secret.KEY, "") : null;
		}
		if (m.group("path") != null) {
			// a path that ends where its field ends may have blanks in its last name; in running text the name ends
			// at the first blank, and the words after it are text
			boolean bounded = wholeLinePath || m.end() == text.length() || "\"'<>\t\r\n\0".indexOf(text.charAt(m.end())) >= 0;
			String path = m.group("path");
			int lastSeparator = path.lastIndexOf('\\');
			int blank = path.indexOf(' ', lastSeparator + 1);
			if (bounded || blank < 0) {
				return path(path);
			}
			return path(path.substring(0, blank)) + redactInside(path.substring(blank));
		}
		if (m.group("email") != null) {
			return count(Kind.USER, map.pseudonym(Kind.USER, m.group("local"))) + "@" + domainOrKept(m.group("edomain"));
		}
		if (m.group("account") != null) {
			String user = m.group("user");
			String domain = m.group("adomain");
			String kept = Identities.WELL_KNOWN_USERS.contains(user.toLowerCase(Locale.ROOT)) ? user
					: count(Kind.USER, map.pseudonym(Kind.USER, user));
			return known(domain) + m.group("sep") + kept;
		}
		if (m.group("fqdn") != null) {
			String[] labels = m.group("labels").split("\\.");
			StringBuilder name = new StringBuilder();
			for (String label : labels) {
				name.append(map.isKnown(Kind.PROXY, label) ? count(Kind.PROXY, map.pseudonym(Kind.PROXY, label))
						: count(Kind.HOST, map.pseudonym(Kind.HOST, label))).append('.');
			}
			return name + count(Kind.DOMAIN, map.pseudonym(Kind.DOMAIN, m.group("fdomain")));
		}
		if (m.group("proxy") != null || m.group("proxy2") != null) {
			String proxy = m.group("proxy") != null ? m.group("proxy") : m.group("proxy2");
			return count(Kind.PROXY, map.pseudonym(Kind.PROXY, proxy));
		}
		if (m.group("known") != null) {
			return known(m.group("known"));
		}
		if (m.group("guid") != null) {
			String guid = m.group("guid");
			return KEPT_GUIDS.contains(guid.toLowerCase(Locale.ROOT)) ? null : count(Kind.GUID, map.pseudonym(Kind.GUID, guid));
		}
		if (m.group("ipv4") != null) {
			String address = m.group("ipv4");
			// four small numbers after the word version are a version (SerializationVersion 1.1.0.1)
			String before = text.substring(Math.max(0, m.start() - 40), m.start()).toLowerCase(Locale.ROOT);
			return Addresses.keepIpv4(address) || before.contains("version") ? null : count(Kind.IPV4, map.pseudonym(Kind.IPV4, address));
		}
		String address = m.group("ipv6");
		return Addresses.keepIpv6(address) ? null : count(Kind.IPV6, map.pseudonym(Kind.IPV6, address));
	}

	/** Which secret a value is by its name: a password, a token or a key. */
	private static Secret named(String name) {
		String lower = name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
		if (lower.matches(PASSWORD_NAMES)) {
			return Secret.PASSWORD;
		}
		return lower.matches(KEY_NAMES) ? Secret.KEY : Secret.URL_TOKEN;
	}

	/**
	 * Random bytes in base64 mix capitals, small letters and digits and use letters beyond hex; a hash in hex, a
	 * long name or a path of words does not.
	 */
	private static boolean isKey(String blob) {
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean beyondHex = false;
		int run = 0;
		int longestRun = 0;
		for (int i = 0; i < blob.length(); i++) {
			char c = blob.charAt(i);
			upper |= c >= 'A' && c <= 'Z';
			lower |= c >= 'a' && c <= 'z';
			digit |= c >= '0' && c <= '9';
			beyondHex |= c >= 'G' && c <= 'Z' || c >= 'g' && c <= 'z' || c == '+' || c == '/';
			run = c == '/' ? 0 : run + 1;
			longestRun = Math.max(longestRun, run);
		}
		return upper && lower && digit && beyondHex && longestRun >= BLOB_RUN;
	}

	private String secret(Secret kind, String kept) {
		secrets.merge(kind, 1, Integer::sum);
		secretTotal++;
		return kept + Secret.REMOVED;
	}

	/** A learned name: its kind is the first one that holds it. */
	private String known(String value) {
		for (Kind kind : List.of(Kind.DOMAIN, Kind.HOST, Kind.PROXY, Kind.VAULT, Kind.RESOURCE_GROUP,
				Kind.NETBIOS_DOMAIN, Kind.RESOURCE_ID, Kind.THUMBPRINT, Kind.USER)) {
			if (map.isKnown(kind, value)) {
				return count(kind, map.pseudonym(kind, value));
			}
		}
		return value;
	}

	private String domainOrKept(String domain) {
		String lower = domain.toLowerCase(Locale.ROOT);
		for (String suffix : Identities.PUBLIC_DOMAINS) {
			if (lower.equals(suffix) || lower.endsWith("." + suffix)) {
				return domain;
			}
		}
		return count(Kind.DOMAIN, map.pseudonym(Kind.DOMAIN, domain));
	}

	/**
	 * A path with --paths: each folder and file name replaced unless kept; the extension stays. What lies under the
	 * Windows folder or the agent's folder is Microsoft's (module files, logs, the scratch folder) and is kept whole.
	 * Without --paths only the identities inside the names are replaced, and the profile folder under
	 * {@code Users}, which is an account name.
	 */
	private String path(String path) {
		StringBuilder out = new StringBuilder(path.length());
		Matcher part = PATH_PARTS.matcher(path);
		boolean first = true;
		boolean product = false;
		boolean profile = false;
		while (part.find()) {
			if (part.group(1) != null) {
				out.append(part.group(1));
				continue;
			}
			String segment = part.group(2);
			String lower = segment.toLowerCase(Locale.ROOT).strip();
			int dot = segment.lastIndexOf('.');
			boolean extension = dot > 0 && segment.length() - dot <= 6;
			String stem = extension ? segment.substring(0, dot) : segment;
			boolean afterUsers = profile;
			profile = lower.equals("users");
			String inside = redactInside(segment);
			if (afterUsers && inside.equals(segment) && !KEPT_FOLDERS.contains(lower)
					&& !Identities.WELL_KNOWN_USERS.contains(lower) && !lower.equals("all users")) {
				out.append(count(Kind.USER, map.pseudonym(Kind.USER, segment)));
			} else if (!paths) {
				out.append(inside);
			} else if (first && segment.length() == 2 && segment.charAt(1) == ':' || product || KEPT_FOLDERS.contains(lower)
					|| KEPT_FOLDERS.contains(stem.toLowerCase(Locale.ROOT))) {
				out.append(segment);
				product |= PRODUCT_FOLDERS.contains(lower);
			} else {
				out.append(!inside.equals(segment) ? inside
						: count(Kind.PATH, map.pseudonym(Kind.PATH, stem)) + (extension ? segment.substring(dot) : ""));
			}
			first = false;
		}
		return out.toString();
	}

	/** The identities inside a path, by the rules for text, without treating it as a path again. */
	private String redactInside(String text) {
		pattern();
		Matcher m = inner.matcher(text);
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (m.find()) {
			String replacement = replacement(m, text, false);
			if (replacement != null) {
				out.append(text, last, m.start()).append(replacement);
				last = m.end();
			}
		}
		return out.append(text, last, text.length()).toString();
	}

	private String count(Kind kind, String pseudonym) {
		counts.merge(kind, 1, Integer::sum);
		return pseudonym;
	}

	/** The pattern is made again when the map has learned names since (learning ends before rewriting starts). */
	private Pattern pattern() {
		int size = 0;
		for (Kind kind : Kind.values()) {
			size += map.values(kind).size();
		}
		if (pattern == null || size != known) {
			pattern = compile(true);
			inner = compile(false);
			known = size;
		}
		return pattern;
	}

	private Pattern compile(boolean withPaths) {
		List<String> names = new ArrayList<>();
		for (Kind kind : List.of(Kind.HOST, Kind.VAULT, Kind.RESOURCE_GROUP, Kind.NETBIOS_DOMAIN,
				Kind.RESOURCE_ID, Kind.THUMBPRINT, Kind.DOMAIN)) {
			for (String name : map.values(kind).keySet()) {
				// a name of one or two letters would replace parts of ordinary words
				if (name.length() >= 3) {
					names.add(name);
				}
			}
		}
		names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		String knownNames = names.isEmpty() ? "(?!)" : String.join("|", names.stream().map(Pattern::quote).toList());
		List<String> domains = new ArrayList<>(map.values(Kind.DOMAIN).keySet());
		domains.sort(Comparator.comparingInt(String::length).reversed());
		String domainNames = domains.isEmpty() ? "(?!)" : String.join("|", domains.stream().map(Pattern::quote).toList());
		List<String> netbios = new ArrayList<>(map.values(Kind.NETBIOS_DOMAIN).keySet());
		netbios.addAll(map.values(Kind.HOST).keySet());
		netbios.sort(Comparator.comparingInt(String::length).reversed());
		String accountDomains = netbios.isEmpty() ? "(?!)" : String.join("|", netbios.stream().map(Pattern::quote).toList());
		List<String> proxies = new ArrayList<>(map.values(Kind.PROXY).keySet());
		proxies.sort(Comparator.comparingInt(String::length).reversed());
		String proxyNames = proxies.isEmpty() ? "(?!)" : String.join("|", proxies.stream().map(Pattern::quote).toList());
		String named = "(?:" + PASSWORD_NAMES + "|" + KEY_NAMES + ")";
		String any = "(?:" + PASSWORD_NAMES + "|" + KEY_NAMES + "|" + TOKEN_NAMES + ")";
		return Pattern.compile(String.join("|",
				// secrets first, so that no part of one is taken for a name
				"(?<authHead>(?<![A-Za-z0-9-])(?:Proxy-)?Authorization\"?\\s*[:=]\\s*\"?(?:(?:Bearer|Basic|Negotiate|NTLM|Digest"
						+ "|SharedKey|SharedKeyLite|SharedAccessSignature)\\s+)?)[^\\s\"'<>]+",
				"(?<uiHead>(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://)(?<uiUser>[^\\s/:@\"'<>]*):[^\\s/@\"'<>]+@",
				"(?<qHead>\"(?<qKey>" + any + ")\"\\s*[:=]\\s*\")(?:[^\"\\\\]|\\\\.)+",
				"(?<xHead><(?<xKey>(?:[A-Za-z]+:)?" + any + ")(?:\\s[^>]*)?>)[^<]+(?=</)",
				"(?<uHead>(?<![A-Za-z0-9_])(?<uKey>" + named + ")\\s*(?:=|:(?!//)[ \\t]*))[^\\s&;,\"'<>]+",
				"(?<tHead>(?<![A-Za-z0-9_])(?:" + TOKEN_NAMES + ")=)[^\\s&;,\"'<>]+",
				"(?<jwt>(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*)",
				// a Windows path: drive or UNC start, then names; the last name ends before a blank unless the whole
				// line is the path (decided when replacing)
				"(?<path>" + (withPaths ? "" : "(?!)") + "(?<![A-Za-z0-9\\\\])(?:[A-Za-z]:(?:\\\\{1,2}" + SEGMENT + ")+|\\\\{2,4}" + SEGMENT
						+ "(?:\\\\{1,2}" + SEGMENT + ")*)\\\\*)",
				// only from the start of a word, and without backtracking: tried at every position of every log line
				"(?<email>(?<![A-Za-z0-9._%+-])(?<local>[A-Za-z0-9._%+-]++)@(?<edomain>(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}))",
				"(?<account>(?<![A-Za-z0-9.-])(?<adomain>" + accountDomains + ")(?<sep>\\\\{1,2})(?<user>[A-Za-z0-9][A-Za-z0-9._$-]*))",
				"(?<fqdn>(?<![A-Za-z0-9.-])(?<labels>[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*)\\.(?<fdomain>" + domainNames
						+ ")(?![A-Za-z0-9-]))",
				// a proxy's own name is often a word ("proxy"): replaced only where it stands as a server
				"(?<![A-Za-z0-9.-])(?<proxy>" + proxyNames + ")(?=:\\d)|(?<=://)(?<proxy2>" + proxyNames + ")(?![A-Za-z0-9-])",
				"(?<known>(?<![A-Za-z0-9])(?:" + knownNames + ")(?![A-Za-z0-9]))",
				"(?<guid>(?<![0-9A-Fa-f-])" + GUID + "(?![0-9A-Fa-f-]))",
				"(?<ipv4>(?<![0-9.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![0-9]|\\.\\d))",
				"(?<ipv6>(?<![0-9A-Fa-f:.])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f]*:)[0-9A-Fa-f:]{2,39}(?![0-9A-Fa-f:]))",
				// last: a thumbprint or a known name of the same characters is what it is, not a key
				"(?<blob>(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{" + BLOB + ",}={0,2}(?![A-Za-z0-9+/=_-]))"),
				Pattern.CASE_INSENSITIVE);
	}
}
