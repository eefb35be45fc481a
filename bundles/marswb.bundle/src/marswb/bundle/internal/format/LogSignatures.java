package marswb.bundle.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.bundle.internal.text.CharRanges;

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

	private static final Pattern SHORT_ENCRYPTION = Pattern.compile("(?<![0-9A-Za-z])0[xX]1[fF][cC]07(?![0-9A-Za-z])");
	/** The article's numeric error ids (130055 is 0x1FC07 written in decimal). */
	private static final List<String> ERROR_IDS = List.of("34506", "230006", "100050", "100110", "34513", "130055");
	private static final int[] ERROR_ID_VALUES = ERROR_IDS.stream().mapToInt(Integer::parseInt).toArray();
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

	/*
	 * Cues: pairs of characters, one per signature, that a message must hold for the signature's search to run. One
	 * pass over the message finds them all; most log lines have none or one, and the searches are skipped.
	 */
	private static final int HEX = 1;
	private static final int NEGATIVE = 1 << 1;
	private static final int ERROR_ID = 1 << 2;
	private static final int SAL_CUE = 1 << 3;
	private static final int AUTHENTICATION = 1 << 4;
	private static final int CONNECTION = 1 << 5;
	private static final int PORT = 1 << 6;
	private static final int AZURE_AD = 1 << 7;
	private static final int END_DATA_CUE = 1 << 8;
	private static final int INCONSISTENCY = 1 << 9;
	private static final int DOWNLOAD = 1 << 10;
	/** The article's short spelling 0x1FC07 (see {@link #SHORT_ENCRYPTION}). */
	private static final int SHORT_FORM = 1 << 11;
	private static final short[] CUES = new short[128 * 128];

	static {
		cue("0x", HEX);
		cue("0X", HEX);
		cue("-1", NEGATIVE);
		cue("-2", NEGATIVE);
		cue("Sa", SAL_CUE);
		cue("ut", AUTHENTICATION);
		cue("UT", AUTHENTICATION);
		cue("nn", CONNECTION);
		cue("NN", CONNECTION);
		cue("44", PORT);
		cue("AA", AZURE_AD);
		cue("::", END_DATA_CUE);
		cue("cy", INCONSISTENCY);
		cue("wn", DOWNLOAD);
		cue("C0", SHORT_FORM);
		cue("c0", SHORT_FORM);
	}

	private static void cue(String pair, int cue) {
		CUES[pair.charAt(0) << 7 | pair.charAt(1)] |= (short) cue;
	}

	private LogSignatures() {
	}

	/** The distinct signatures of a whole message; see {@link #find(CharSequence, int, int, boolean)}. */
	public static List<Hit> find(CharSequence message, boolean failureLevel) {
		return find(message, 0, message.length(), failureLevel);
	}

	/**
	 * The distinct signatures of the message {@code text[from, to)}, which is searched as if nothing stood around it.
	 * {@code failureLevel} says the line was logged as a warning or error, which makes a bare mention of port 443 a
	 * connection failure.
	 */
	public static List<Hit> find(CharSequence text, int from, int to, boolean failureLevel) {
		int cues = cues(text, from, to);
		if (cues == 0) {
			return List.of();
		}
		List<Hit> hits = new ArrayList<>(2);
		if ((cues & HEX) != 0) {
			hresults(text, from, to, (cues & SHORT_FORM) != 0, hits);
		}
		if ((cues & NEGATIVE) != 0) {
			negativeDecimals(text, from, to, hits);
		}
		if ((cues & ERROR_ID) != 0) {
			errorIds(text, from, to, hits);
		}
		if ((cues & SAL_CUE) != 0) {
			Matcher sal = matcher(SAL, text, from, to);
			while (sal.find()) {
				add(hits, sal.group(1), sal.group(1));
			}
		}
		if ((cues & AUTHENTICATION) != 0
				&& (contains(text, from, to, "uthentication") || contains(text, from, to, "UTHENTICATION"))) {
			firstMatch(PROXY_AUTH, text, from, to, "407", hits);
		}
		boolean attemptFailed = (cues & CONNECTION) != 0
				&& (contains(text, from, to, "onnection") || contains(text, from, to, "ONNECTION"))
				&& firstMatch(CONNECTION_ATTEMPT, text, from, to, "connection-failed", hits);
		if (!attemptFailed && (cues & PORT) != 0 && contains(text, from, to, "443")) {
			Matcher port = matcher(PORT_443, text, from, to);
			if (port.find() && (failureLevel || matcher(FAILURE_WORD, text, from, to).find())) {
				add(hits, "connection-failed", port.group());
			}
		}
		if ((cues & AZURE_AD) != 0 && contains(text, from, to, "AADSTS")) {
			Matcher aad = matcher(AADSTS, text, from, to);
			while (aad.find()) {
				add(hits, aad.group(), aad.group());
			}
		}
		if ((cues & END_DATA_CUE) != 0 && contains(text, from, to, END_DATA)) {
			add(hits, END_DATA, END_DATA);
		}
		if ((cues & INCONSISTENCY) != 0 && contains(text, from, to, CRITICAL_INCONSISTENCY)) {
			add(hits, "critical-inconsistency", CRITICAL_INCONSISTENCY);
		}
		if ((cues & DOWNLOAD) != 0 && contains(text, from, to, CREDENTIALS_DOWNLOAD_FAILED)) {
			add(hits, "403", CREDENTIALS_DOWNLOAD_FAILED);
		}
		return hits;
	}

	private static int cues(CharSequence text, int from, int to) {
		int cues = 0;
		int previous = 0;
		int digits = 0;
		int number = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < 128) {
				cues |= CUES[previous << 7 | c];
				previous = c;
			} else {
				previous = 0;
			}
			if (c >= '0' && c <= '9') {
				if (++digits <= 6) {
					number = number * 10 + c - '0';
				}
			} else if (digits > 0) {
				cues |= errorIdCue(digits, number);
				digits = 0;
				number = 0;
			}
		}
		return cues | errorIdCue(digits, number);
	}

	/** A run of digits that is one of {@link #ERROR_IDS} makes the whole-token search worth running. */
	private static int errorIdCue(int digits, int number) {
		if (digits != 5 && digits != 6) {
			return 0;
		}
		for (int id : ERROR_ID_VALUES) {
			if (id == number) {
				return ERROR_ID;
			}
		}
		return 0;
	}

	/** Matches within the message only: its neighbours on the line are invisible to look-arounds and \\b. */
	private static Matcher matcher(Pattern pattern, CharSequence text, int from, int to) {
		return pattern.matcher(text).region(from, to);
	}

	private static boolean contains(CharSequence text, int from, int to, String part) {
		char first = part.charAt(0);
		for (int i = from, last = to - part.length(); i <= last; i++) {
			if (text.charAt(i) == first && CharRanges.regionMatches(text, i, part)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Each id as a whole token: a run of digits not joined to a word or to a dotted version. Added in the order of
	 * {@link #ERROR_IDS} whatever their order on the line.
	 */
	private static void errorIds(CharSequence text, int from, int to, List<Hit> hits) {
		boolean[] found = new boolean[ERROR_IDS.size()];
		int i = from;
		while (i < to) {
			if (!isDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < to && isDigit(text.charAt(i))) {
				i++;
			}
			boolean token = (start == from || !isTokenChar(text.charAt(start - 1)) && text.charAt(start - 1) != '.')
					&& (i == to || !isTokenChar(text.charAt(i)));
			int length = i - start;
			if (token && (length == 5 || length == 6)) {
				for (int id = 0; id < found.length; id++) {
					String candidate = ERROR_IDS.get(id);
					found[id] |= candidate.length() == length && text.charAt(start) == candidate.charAt(0)
							&& CharRanges.regionMatches(text, start, candidate);
				}
			}
		}
		for (int id = 0; id < found.length; id++) {
			if (found[id]) {
				String candidate = ERROR_IDS.get(id);
				add(hits, "130055".equals(candidate) ? ENCRYPTION_ERROR : candidate, candidate);
			}
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isTokenChar(char c) {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	private static boolean isHexDigit(char c) {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
	}

	/** {@code 0x} and eight hex digits as a whole token (S_OK is logged with successful calls and is no error). */
	private static void hresults(CharSequence text, int from, int to, boolean shortFormCue, List<Hit> hits) {
		for (int i = from; i + 10 <= to; i++) {
			char x = text.charAt(i + 1);
			if (text.charAt(i) != '0' || x != 'x' && x != 'X' || i > from && isTokenChar(text.charAt(i - 1))
					|| i + 10 < to && isTokenChar(text.charAt(i + 10)) || !hexDigits(text, i + 2, i + 10)) {
				continue;
			}
			long value = 0;
			for (int digit = i + 2; digit < i + 10; digit++) {
				value = value << 4 | Character.digit(text.charAt(digit), 16);
			}
			if (value != 0) {
				String code = ErrorCodes.normalize(value).orElseThrow();
				add(hits, code.equals(ENCRYPTION_HRESULT) ? ENCRYPTION_ERROR : code, text.subSequence(i, i + 10).toString());
			}
			i += 9;
		}
		if (shortFormCue && (contains(text, from, to, "C07") || contains(text, from, to, "c07"))) {
			Matcher encryption = matcher(SHORT_ENCRYPTION, text, from, to);
			while (encryption.find()) {
				add(hits, ENCRYPTION_ERROR, encryption.group());
			}
		}
	}

	private static boolean hexDigits(CharSequence text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isHexDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** .NET writes HRESULTs as negative decimals, e.g. -2147024891 for 0x80070005: a minus and ten digits. */
	private static void negativeDecimals(CharSequence text, int from, int to, List<Hit> hits) {
		for (int i = from; i + 11 <= to; i++) {
			char lead = text.charAt(i + 1);
			if (text.charAt(i) != '-' || lead != '1' && lead != '2'
					|| i > from && (isTokenChar(text.charAt(i - 1)) || text.charAt(i - 1) == '-')
					|| !digits(text, i + 2, i + 11) || i + 11 < to && isDigit(text.charAt(i + 11))) {
				continue;
			}
			String raw = text.subSequence(i, i + 11).toString();
			if (Long.parseLong(raw) >= Integer.MIN_VALUE) {
				ErrorCodes.normalize(raw).ifPresent(code -> add(hits, code, raw));
			}
			i += 10;
		}
	}

	private static boolean digits(CharSequence text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean firstMatch(Pattern pattern, CharSequence text, int from, int to, String signature,
			List<Hit> hits) {
		Matcher matcher = matcher(pattern, text, from, to);
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
