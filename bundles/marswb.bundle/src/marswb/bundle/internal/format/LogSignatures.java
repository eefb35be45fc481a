package marswb.bundle.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the known error signatures in one agent log message: HRESULTs, the Sal* cache errors, the article's numeric
 * error ids, proxy authentication, connection failures, Azure AD errors and the slow-backup marker.
 */
public final class LogSignatures {

	/** A signature found on a line, with the text that shows it there. */
	public record Hit(String signature, String raw) {
	}

	/** The encryption error as the article writes it; HRESULT and decimal spellings are folded into it. */
	private static final String ENCRYPTION_ERROR = "0x1FC07";
	private static final String ENCRYPTION_HRESULT = "0x0001FC07";

	private static final Pattern HRESULT = Pattern.compile("(?<![0-9A-Za-z])0[xX]([0-9A-Fa-f]{8})(?![0-9A-Za-z])");
	private static final Pattern SHORT_ENCRYPTION = Pattern.compile("(?<![0-9A-Za-z])0[xX]1[fF][cC]07(?![0-9A-Za-z])");
	private static final Pattern NEGATIVE_DECIMAL = Pattern.compile("(?<![0-9A-Za-z-])-[12][0-9]{9}(?![0-9])");
	/** The article's numeric error ids (130055 is 0x1FC07 written in decimal). */
	private static final List<String> ERROR_IDS = List.of("34506", "230006", "100050", "100110", "34513", "130055");
	private static final Pattern SAL = Pattern.compile(
			"\\b(SalChecksumStoreInitializationFailed|SalVhdInitializationError|SalLowDiskSpace|SalBitmapError)\\b");
	private static final Pattern PROXY_AUTH = Pattern.compile("Proxy Authentication Required",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern CONNECTION_ATTEMPT = Pattern.compile("connection attempt failed",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern PORT_443 = Pattern.compile("[: ]443(?![0-9])");
	private static final Pattern FAILURE_WORD = Pattern.compile("fail|error|unable|refused|timed out|exception",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern AADSTS = Pattern.compile("AADSTS[0-9]+");
	private static final String END_DATA = "FileProvider::EndData";
	/** The agent's warning after a protected top-level folder was deleted and created again. */
	private static final String CRITICAL_INCONSISTENCY = "critical inconsistency was detected";
	/** The 403 error of the article has no id a number search could tell from other numbers; its text has. */
	private static final String CREDENTIALS_DOWNLOAD_FAILED = "Failed to download the vault credential file";

	private LogSignatures() {
	}

	/**
	 * The distinct signatures of one message. {@code failureLevel} says the line was logged as a warning or error,
	 * which makes a bare mention of port 443 a connection failure.
	 */
	public static List<Hit> find(String message, boolean failureLevel) {
		List<Hit> hits = new ArrayList<>(2);
		if (message.contains("0x") || message.contains("0X")) {
			hresults(message, hits);
		}
		if (message.indexOf('-') >= 0) {
			negativeDecimals(message, hits);
		}
		if (mayHoldErrorId(message)) {
			errorIds(message, hits);
		}
		if (message.contains("Sal")) {
			Matcher sal = SAL.matcher(message);
			while (sal.find()) {
				add(hits, sal.group(1), sal.group(1));
			}
		}
		if (message.contains("uthentication") || message.contains("UTHENTICATION")) {
			firstMatch(PROXY_AUTH, message, "407", hits);
		}
		boolean attemptFailed = (message.contains("onnection") || message.contains("ONNECTION"))
				&& firstMatch(CONNECTION_ATTEMPT, message, "connection-failed", hits);
		if (!attemptFailed && message.contains("443")) {
			Matcher port = PORT_443.matcher(message);
			if (port.find() && (failureLevel || FAILURE_WORD.matcher(message).find())) {
				add(hits, "connection-failed", port.group());
			}
		}
		if (message.contains("AADSTS")) {
			Matcher aad = AADSTS.matcher(message);
			while (aad.find()) {
				add(hits, aad.group(), aad.group());
			}
		}
		if (message.contains(END_DATA)) {
			add(hits, END_DATA, END_DATA);
		}
		if (message.contains(CRITICAL_INCONSISTENCY)) {
			add(hits, "critical-inconsistency", CRITICAL_INCONSISTENCY);
		}
		if (message.contains(CREDENTIALS_DOWNLOAD_FAILED)) {
			add(hits, "403", CREDENTIALS_DOWNLOAD_FAILED);
		}
		return hits;
	}

	/** Each id as a whole token: not inside a longer number, a word or a dotted version. */
	private static void errorIds(String message, List<Hit> hits) {
		for (String id : ERROR_IDS) {
			for (int at = message.indexOf(id); at >= 0; at = message.indexOf(id, at + 1)) {
				int end = at + id.length();
				boolean startsToken = at == 0 || !isTokenChar(message.charAt(at - 1)) && message.charAt(at - 1) != '.';
				boolean endsToken = end == message.length() || !isTokenChar(message.charAt(end));
				if (startsToken && endsToken) {
					add(hits, "130055".equals(id) ? ENCRYPTION_ERROR : id, id);
					break;
				}
			}
		}
	}

	private static boolean isTokenChar(char c) {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	/** Every error id has five or six digits; most log lines have no run that long. */
	private static boolean mayHoldErrorId(String message) {
		int run = 0;
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			if (c >= '0' && c <= '9') {
				if (++run == 5) {
					return true;
				}
			} else {
				run = 0;
			}
		}
		return false;
	}

	private static void hresults(String message, List<Hit> hits) {
		Matcher hresult = HRESULT.matcher(message);
		while (hresult.find()) {
			String code = ErrorCodes.fromHexDigits(hresult.group(1)).orElseThrow();
			// S_OK is logged with successful calls and is no error
			if (!code.equals("0")) {
				add(hits, code.equals(ENCRYPTION_HRESULT) ? ENCRYPTION_ERROR : code, hresult.group());
			}
		}
		if (message.contains("C07") || message.contains("c07")) {
			Matcher encryption = SHORT_ENCRYPTION.matcher(message);
			while (encryption.find()) {
				add(hits, ENCRYPTION_ERROR, encryption.group());
			}
		}
	}

	/** .NET writes HRESULTs as negative decimals, e.g. -2147024891 for 0x80070005. */
	private static void negativeDecimals(String message, List<Hit> hits) {
		Matcher decimal = NEGATIVE_DECIMAL.matcher(message);
		while (decimal.find()) {
			long value = Long.parseLong(decimal.group());
			if (value >= Integer.MIN_VALUE) {
				ErrorCodes.normalize(decimal.group()).ifPresent(code -> add(hits, code, decimal.group()));
			}
		}
	}

	private static boolean firstMatch(Pattern pattern, String message, String signature, List<Hit> hits) {
		Matcher matcher = pattern.matcher(message);
		if (matcher.find()) {
			add(hits, signature, matcher.group());
			return true;
		}
		return false;
	}

	private static void add(List<Hit> hits, String signature, String raw) {
		for (Hit hit : hits) {
			if (hit.signature().equals(signature)) {
				return;
			}
		}
		hits.add(new Hit(signature, raw));
	}
}
