package marswb.bundle;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an error code the way the troubleshooting article does, whatever form the evidence used: the agent's own
 * decimal IDs (34513, 100050, ...) stay decimal; HRESULTs, which PowerShell prints as negative Int32 values
 * ({@code -2147024891}) or as unsigned decimals, become {@code 0x} and eight upper-case hex digits
 * ({@code 0x80070005}); other positive codes are the agent's hex codes ({@code 130055} is {@code 0x1FC07}).
 * <p>
 * This is the form of {@code Finding.errorCode} and of a check's declared {@code errorCode}: a parser that puts a
 * code into the model writes it through here, and a client that looks a code up (as {@code marswb kb} does) reads
 * the user's text through here, so any form of a code finds the check that explains it.
 *
 * @since 0.1
 */
public final class ErrorCodes {

	/** The decimal IDs the article cites, e.g. "(ID: 34513)". */
	private static final Set<Long> ARTICLE_DECIMAL_IDS = Set.of(34513L, 100050L, 100110L, 230006L, 34506L, 403L);

	private static final long HRESULT_FAILURE_BIT = 0x8000_0000L;
	private static final long UINT32_MASK = 0xFFFF_FFFFL;

	private ErrorCodes() {
	}

	/** The article's form of a numeric code; empty outside the 32-bit range. */
	public static Optional<String> normalize(long code) {
		if (code < Integer.MIN_VALUE || code > UINT32_MASK) {
			return Optional.empty();
		}
		if (code == 0) {
			return Optional.of("0");
		}
		if (code < 0 || code >= HRESULT_FAILURE_BIT) {
			return Optional.of(hex8(code & UINT32_MASK));
		}
		if (ARTICLE_DECIMAL_IDS.contains(code)) {
			return Optional.of(Long.toString(code));
		}
		return Optional.of("0x" + Long.toHexString(code).toUpperCase(Locale.ROOT));
	}

	/** "0x" and eight upper-case hex digits; built by hand because logs call this for every line they cite. */
	private static String hex8(long value) {
		char[] text = { '0', 'x', '0', '0', '0', '0', '0', '0', '0', '0' };
		long rest = value;
		for (int i = 9; i >= 2; i--) {
			text[i] = Character.toUpperCase(Character.forDigit((int) (rest & 0xF), 16));
			rest >>>= 4;
		}
		return new String(text);
	}

	/**
	 * The article's form of a code written as text: decimal (possibly negative) or {@code 0x} hex. Empty when the
	 * text is not a number in the 32-bit range.
	 */
	public static Optional<String> normalize(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.strip();
		try {
			if (trimmed.regionMatches(true, 0, "0x", 0, 2)) {
				return fromHexDigits(trimmed.substring(2));
			}
			if (trimmed.length() > 12) {
				return Optional.empty();
			}
			return normalize(Long.parseLong(trimmed));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/**
	 * The article's form of one to eight hex digits written without {@code 0x} (the caller knows from the context
	 * that they are hex, e.g. inside {@code Hr: = [...]}).
	 */
	public static Optional<String> fromHexDigits(String digits) {
		if (digits.isEmpty() || digits.length() > 8) {
			return Optional.empty();
		}
		long value = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = Character.digit(digits.charAt(i), 16);
			if (digit < 0) {
				return Optional.empty();
			}
			value = value << 4 | digit;
		}
		return normalize(value);
	}
}
