package marswb.bundle.internal.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the known error signatures in one agent log message: HRESULTs, the Sal* cache errors, the article's numeric
 * error ids, proxy authentication, connection failures, Azure AD errors and the slow-backup marker.
 * <p>
 * A log has millions of lines and most hold no signature, so an instance keeps what one scan repeats (the names of
 * the codes it met), reads the message where it stands, and makes no String until a caller keeps one. Not
 * thread-safe: one per scan.
 */
public final class LogSignatures {

	/**
	 * A signature found on a line, with the text that shows it there; {@code evidence} is false for an error code on
	 * a line that reports no failed operation.
	 */
	public record Hit(String signature, String raw, boolean evidence) {
	}

	/** Takes each distinct signature of a message, with where the text that shows it stands. */
	public interface Sink {
		/**
		 * {@code text[rawStart, rawEnd)} shows {@code signature}; the array is only valid during the call.
		 * {@code evidence} is false when the signature is an error code on a line that reports no failure (the
		 * agent logs codes of calls it expects to fail, such as an optional registry value "not present, using
		 * default. Hr: = [0x80070002]"), which is counted apart and never taken as a sign of a problem.
		 */
		void found(String signature, char[] text, int rawStart, int rawEnd, boolean evidence);
	}

	/** The encryption error as the article writes it; HRESULT and decimal spellings are folded into it. */
	private static final String ENCRYPTION_ERROR = "0x1FC07";
	private static final long ENCRYPTION_HRESULT = 0x0001FC07L;

	/** The article's numeric error ids (130055 is 0x1FC07 written in decimal). */
	private static final List<String> ERROR_IDS = List.of("34506", "230006", "100050", "100110", "34513", "130055");
	private static final int[] ERROR_ID_VALUES = ERROR_IDS.stream().mapToInt(Integer::parseInt).toArray();
	/** The cache errors, each a whole word. */
	private static final List<String> SAL_ERRORS = List.of("SalChecksumStoreInitializationFailed",
			"SalVhdInitializationError", "SalLowDiskSpace", "SalBitmapError");
	/** The proxy's answer, in any case. */
	private static final String PROXY_AUTHENTICATION = "proxy authentication required";
	/** The socket error, in any case. */
	private static final String CONNECTION_ATTEMPT = "connection attempt failed";
	/**
	 * Words, in any case, by which a line below ERROR level reports a failed operation ("Failed: Hr: = [...]",
	 * "failed with error"), which makes its error codes and a mention of port 443 evidence. "error" counts only as a
	 * word of its own, so that a value name such as ErrorReportingEnabled does not.
	 */
	private static final List<String> FAILURE_WORDS = List.of("fail", "unable", "refused", "timed out", "exception",
			"cannot", "could not", "denied");
	private static final String ERROR_WORD = "error";
	/** A call that fell back to its default did not fail, whatever else the line says (below ERROR level). */
	private static final String FALLBACK = "using default";
	/** The signatures by which the agent reports a failed connection; each also counts as "connection-failed". */
	public static final String CONNECTION_FAILED = "connection-failed";
	private static final List<String> CONNECTION_CODES = List.of("100050", "0x80072EFD", "0x80072EE2", "0x80072EE7");
	/** Azure AD error codes: the prefix and at least one digit. */
	private static final String AZURE_AD_PREFIX = "AADSTS";
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
	/** The article's short spelling 0x1FC07, as a whole token in any case. */
	private static final int SHORT_FORM = 1 << 11;
	/** "using default", searched only when a code was found and the words report a failure. */
	private static final int FALLBACK_CUE = 1 << 12;
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
		cue("ef", FALLBACK_CUE);
		cue("EF", FALLBACK_CUE);
	}

	private static void cue(String pair, int cue) {
		CUES[pair.charAt(0) << 7 | pair.charAt(1)] |= (short) cue;
	}

	private final RecentErrorCodes codes = new RecentErrorCodes();
	/** The signatures already given for the message being searched: each is given once per message. */
	private final List<String> given = new ArrayList<>(4);
	private char[] text;
	private int from;
	private int to;
	private Sink sink;
	private boolean errorLevel;
	private int messageCues;
	/** Whether the message reports a failure: -1 until first asked, as most messages have no code to judge. */
	private int reportsFailure;

	/** The distinct signatures of a whole message; see {@link #find(CharSequence, int, int, boolean)}. */
	public static List<Hit> find(CharSequence message, boolean errorLevel) {
		return find(message, 0, message.length(), errorLevel);
	}

	/**
	 * The distinct signatures of {@code text[from, to)}, in the order that
	 * {@link #find(char[], int, int, boolean, Sink)} gives them.
	 */
	public static List<Hit> find(CharSequence text, int from, int to, boolean errorLevel) {
		List<Hit> hits = new ArrayList<>(2);
		new LogSignatures().find(text.toString().toCharArray(), from, to, errorLevel,
				(signature, chars, start, end, evidence) -> hits
						.add(new Hit(signature, new String(chars, start, end - start), evidence)));
		return hits;
	}

	/**
	 * Gives {@code sink} the distinct signatures of the message {@code message[start, end)}, which is searched as if
	 * nothing stood around it. {@code errorLevel} says the line was logged as ERROR or FATAL, which makes every error
	 * code on it evidence; on other lines a code is evidence only when the message reports a failure.
	 */
	public void find(char[] message, int start, int end, boolean errorLevel, Sink sink) {
		int cues = cues(message, start, end);
		if (cues == 0) {
			return;
		}
		this.text = message;
		this.from = start;
		this.to = end;
		this.sink = sink;
		this.errorLevel = errorLevel;
		messageCues = cues;
		reportsFailure = -1;
		given.clear();
		try {
			findCued(cues);
		} finally {
			this.text = null;
			this.sink = null;
		}
	}

	/*
	 * No regular expressions here: C2 inlines a Matcher's whole machinery into this method, and compiling that took
	 * longer than reading a 300 MB log. Each search is a plain loop with the token rules written out.
	 */
	private void findCued(int cues) {
		if ((cues & HEX) != 0) {
			hresults((cues & SHORT_FORM) != 0);
		}
		if ((cues & NEGATIVE) != 0) {
			negativeDecimals();
		}
		if ((cues & ERROR_ID) != 0) {
			errorIds();
		}
		if ((cues & SAL_CUE) != 0) {
			salErrors();
		}
		if ((cues & AUTHENTICATION) != 0) {
			givePhraseInAnyCase(PROXY_AUTHENTICATION, "407");
		}
		boolean attemptFailed = (cues & CONNECTION) != 0 && givePhraseInAnyCase(CONNECTION_ATTEMPT, CONNECTION_FAILED);
		if (!attemptFailed && (cues & PORT) != 0) {
			port443();
		}
		if ((cues & AZURE_AD) != 0) {
			azureAdErrors();
		}
		givePhrase(cues, END_DATA_CUE, END_DATA, END_DATA);
		givePhrase(cues, INCONSISTENCY, CRITICAL_INCONSISTENCY, "critical-inconsistency");
		givePhrase(cues, DOWNLOAD, CREDENTIALS_DOWNLOAD_FAILED, "403");
	}

	private static int cues(char[] text, int from, int to) {
		int cues = 0;
		int previous = 0;
		int digits = 0;
		int number = 0;
		for (int i = from; i < to; i++) {
			char c = text[i];
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

	/** A signature that is a failure by its own words (a Sal* error, "connection attempt failed", ...). */
	private void give(String signature, int rawStart, int rawEnd) {
		give(signature, rawStart, rawEnd, true);
	}

	/** An error code, which is evidence only where the line reports a failure. */
	private void giveCode(String signature, int rawStart, int rawEnd) {
		boolean evidence = reportsFailure();
		give(signature, rawStart, rawEnd, evidence);
		if (CONNECTION_CODES.contains(signature)) {
			// one line is one connection failure, whichever of its codes and words show it
			give(CONNECTION_FAILED, rawStart, rawEnd, evidence);
		}
	}

	private void give(String signature, int rawStart, int rawEnd, boolean evidence) {
		if (!given.contains(signature)) {
			given.add(signature);
			sink.found(signature, text, rawStart, rawEnd, evidence);
		}
	}

	/** ERROR level, or a failure word and no fallback to a default; asked once per message. */
	private boolean reportsFailure() {
		if (reportsFailure < 0) {
			boolean fallback = (messageCues & FALLBACK_CUE) != 0 && indexOfInAnyCase(FALLBACK, from) >= 0;
			reportsFailure = errorLevel || hasFailureWord() && !fallback ? 1 : 0;
		}
		return reportsFailure == 1;
	}

	private void givePhrase(int cues, int cue, String phrase, String signature) {
		if ((cues & cue) != 0) {
			int at = indexOf(phrase, from);
			if (at >= 0) {
				give(signature, at, at + phrase.length());
			}
		}
	}

	/** Gives the first place {@code lowerCasePhrase} stands in any case; false when it is nowhere. */
	private boolean givePhraseInAnyCase(String lowerCasePhrase, String signature) {
		int at = indexOfInAnyCase(lowerCasePhrase, from);
		if (at < 0) {
			return false;
		}
		give(signature, at, at + lowerCasePhrase.length());
		return true;
	}

	/** Where {@code part} stands at or after {@code start}, or -1. */
	private int indexOf(String part, int start) {
		char first = part.charAt(0);
		for (int i = start, last = to - part.length(); i <= last; i++) {
			if (text[i] == first && matchesAt(i, part)) {
				return i;
			}
		}
		return -1;
	}

	private boolean matchesAt(int at, String part) {
		for (int i = 1; i < part.length(); i++) {
			if (text[at + i] != part.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** Where {@code lowerCasePart} stands at or after {@code start} with ASCII letters in any case, or -1. */
	private int indexOfInAnyCase(String lowerCasePart, int start) {
		char first = lowerCasePart.charAt(0);
		for (int i = start, last = to - lowerCasePart.length(); i <= last; i++) {
			// ASCII letters only: the part is lower case, and | 0x20 makes an upper-case letter lower case
			if ((text[i] | 0x20) == first && matchesInAnyCaseAt(i, lowerCasePart)) {
				return i;
			}
		}
		return -1;
	}

	private boolean matchesInAnyCaseAt(int at, String lowerCasePart) {
		for (int i = 0; i < lowerCasePart.length(); i++) {
			char c = text[at + i];
			if (c != lowerCasePart.charAt(i) && (c < 'A' || c > 'Z' || (char) (c | 0x20) != lowerCasePart.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** Each Sal* cache error standing as a whole word, in the order they come. */
	private void salErrors() {
		for (int i = from; i + 3 <= to; i++) {
			if (text[i] != 'S' || text[i + 1] != 'a' || text[i + 2] != 'l' || i > from && isWordChar(text[i - 1])) {
				continue;
			}
			for (String error : SAL_ERRORS) {
				int end = i + error.length();
				if (end <= to && matchesAt(i, error) && (end == to || !isWordChar(text[end]))) {
					give(error, i, end);
					i = end - 1;
					break;
				}
			}
		}
	}

	/** A letter, digit or underscore, the characters a word boundary is between. */
	private static boolean isWordChar(char c) {
		return c == '_' || Character.isLetterOrDigit(c);
	}

	/**
	 * The first {@code :443} or {@code " 443"} not followed by a digit, given when the line reports a failure: a port
	 * is no error code, and a mention of it on any other line is not counted at all.
	 */
	private void port443() {
		for (int i = from; i + 4 <= to; i++) {
			if ((text[i] == ':' || text[i] == ' ') && text[i + 1] == '4' && text[i + 2] == '4' && text[i + 3] == '3'
					&& (i + 4 == to || !isDigit(text[i + 4]))) {
				if (reportsFailure()) {
					give(CONNECTION_FAILED, i, i + 4);
				}
				return;
			}
		}
	}

	private boolean hasFailureWord() {
		for (String word : FAILURE_WORDS) {
			if (indexOfInAnyCase(word, from) >= 0) {
				return true;
			}
		}
		for (int at = indexOfInAnyCase(ERROR_WORD, from); at >= 0; at = indexOfInAnyCase(ERROR_WORD, at + 1)) {
			int end = at + ERROR_WORD.length();
			if ((at == from || !Character.isLetter(text[at - 1])) && (end == to || !Character.isLetter(text[end]))) {
				return true;
			}
		}
		return false;
	}

	/** Each {@code AADSTS} followed by digits, the code being the prefix and all its digits. */
	private void azureAdErrors() {
		int at = indexOf(AZURE_AD_PREFIX, from);
		while (at >= 0) {
			int end = at + AZURE_AD_PREFIX.length();
			while (end < to && isDigit(text[end])) {
				end++;
			}
			if (end > at + AZURE_AD_PREFIX.length()) {
				give(new String(text, at, end - at), at, end);
				at = indexOf(AZURE_AD_PREFIX, end);
			} else {
				at = indexOf(AZURE_AD_PREFIX, at + 1);
			}
		}
	}

	/**
	 * Each id as a whole token: a run of digits not joined to a word or to a dotted version. Given in the order of
	 * {@link #ERROR_IDS} whatever their order on the line.
	 */
	private void errorIds() {
		int[] foundAt = new int[ERROR_IDS.size()];
		Arrays.fill(foundAt, -1);
		int i = from;
		while (i < to) {
			if (!isDigit(text[i])) {
				i++;
				continue;
			}
			int start = i;
			while (i < to && isDigit(text[i])) {
				i++;
			}
			boolean token = (start == from || !isTokenChar(text[start - 1]) && text[start - 1] != '.')
					&& (i == to || !isTokenChar(text[i]));
			int length = i - start;
			if (token && (length == 5 || length == 6)) {
				for (int id = 0; id < foundAt.length; id++) {
					String candidate = ERROR_IDS.get(id);
					if (foundAt[id] < 0 && candidate.length() == length && text[start] == candidate.charAt(0)
							&& matchesAt(start, candidate)) {
						foundAt[id] = start;
					}
				}
			}
		}
		for (int id = 0; id < foundAt.length; id++) {
			if (foundAt[id] >= 0) {
				String candidate = ERROR_IDS.get(id);
				giveCode("130055".equals(candidate) ? ENCRYPTION_ERROR : candidate, foundAt[id],
						foundAt[id] + candidate.length());
			}
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isTokenChar(char c) {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	/** The value of a hex digit, or -1. */
	private static int hexDigit(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		char lower = (char) (c | 0x20);
		return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
	}

	/** {@code 0x} and eight hex digits as a whole token (S_OK is logged with successful calls and is no error). */
	private void hresults(boolean shortFormCue) {
		for (int i = from; i + 10 <= to; i++) {
			char x = text[i + 1];
			if (text[i] != '0' || x != 'x' && x != 'X' || i > from && isTokenChar(text[i - 1])
					|| i + 10 < to && isTokenChar(text[i + 10])) {
				continue;
			}
			long value = hexValue(i + 2, i + 10);
			if (value > 0) {
				giveCode(value == ENCRYPTION_HRESULT ? ENCRYPTION_ERROR : codes.of(value), i, i + 10);
			}
			if (value >= 0) {
				i += 9;
			}
		}
		if (shortFormCue) {
			shortEncryptionErrors();
		}
	}

	/** {@code 0x1FC07} in any case as a whole token, the way the article writes the encryption error. */
	private void shortEncryptionErrors() {
		for (int i = from; i + 7 <= to; i++) {
			if (matchesInAnyCaseAt(i, "0x1fc07") && (i == from || !isTokenChar(text[i - 1]))
					&& (i + 7 == to || !isTokenChar(text[i + 7]))) {
				giveCode(ENCRYPTION_ERROR, i, i + 7);
				return;
			}
		}
	}

	/** The value of the hex digits {@code text[start, end)}, or -1 when one is not a hex digit. */
	private long hexValue(int start, int end) {
		long value = 0;
		for (int i = start; i < end; i++) {
			int digit = hexDigit(text[i]);
			if (digit < 0) {
				return -1;
			}
			value = value << 4 | digit;
		}
		return value;
	}

	/** .NET writes HRESULTs as negative decimals, e.g. -2147024891 for 0x80070005: a minus and ten digits. */
	private void negativeDecimals() {
		for (int i = from; i + 11 <= to; i++) {
			char lead = text[i + 1];
			if (text[i] != '-' || lead != '1' && lead != '2'
					|| i > from && (isTokenChar(text[i - 1]) || text[i - 1] == '-')
					|| i + 11 < to && isDigit(text[i + 11])) {
				continue;
			}
			long magnitude = 0;
			int digit = i + 1;
			while (digit < i + 11 && isDigit(text[digit])) {
				magnitude = magnitude * 10 + text[digit++] - '0';
			}
			if (digit < i + 11) {
				continue;
			}
			if (-magnitude >= Integer.MIN_VALUE) {
				giveCode(codes.of(-magnitude), i, i + 11);
			}
			i += 10;
		}
	}
}
