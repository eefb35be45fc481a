package marswb.bundle.internal.format;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.bundle.ErrorCodes;

/**
 * One entry of a LastBackupFailedFiles list: a path, maybe with an error code. Where the agent puts the code has not
 * been seen in public samples, so a code is accepted before or after the path: {@code 0x80070005} or
 * {@code (0x80070005)} anywhere as a separate token, or a bare 8-digit failure HRESULT ({@code 80070005}) or negative
 * decimal ({@code -2147024891}) as the first or last token; a positive decimal ({@code 5}) only when a TAB or comma
 * sets it apart, since a path may end in a number after a space.
 *
 * @param path    the path, trimmed
 * @param code    the normalised code ({@code 0x} and 8 upper-case hex digits), {@code ""} when the line has none
 * @param codeRaw the code as written on the line, {@code null} when there is none
 */
public record FailedFileLine(String path, String code, String codeRaw) {

	private static final Pattern PREFIXED_CODE = Pattern
			.compile("(?<![^\\s(\\[,;:=])\\(?(0[xX][0-9A-Fa-f]{1,8})\\)?(?=$|[\\s),;\\]]|\\.(?:$|\\s))");
	private static final Pattern NEGATIVE_DECIMAL = Pattern.compile("-[0-9]{1,10}");
	private static final Pattern FAILURE_HEX = Pattern.compile("[89A-Fa-f][0-9A-Fa-f]{7}");
	private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,10}");
	/** Stripped between a code and the path; brackets are not, a path may end in "(1)". */
	private static final String SEPARATORS = " \t,;:=";

	public static FailedFileLine parse(String line) {
		String text = line.strip();
		Matcher prefixed = PREFIXED_CODE.matcher(text);
		if ((text.contains("0x") || text.contains("0X")) && prefixed.find()) {
			Optional<String> code = ErrorCodes.normalize(prefixed.group(1));
			if (code.isPresent()) {
				String before = stripEnd(text.substring(0, prefixed.start()));
				String after = stripStart(text.substring(prefixed.end()));
				return new FailedFileLine(pathOf(before, after), code.get(), prefixed.group(1));
			}
		}
		int last = lastSeparator(text);
		if (last > 0) {
			Optional<String> code = bareCode(text.substring(last + 1), text.charAt(last));
			if (code.isPresent()) {
				return new FailedFileLine(stripEnd(text.substring(0, last)), code.get(), text.substring(last + 1));
			}
		}
		int first = firstSeparator(text);
		if (first > 0) {
			Optional<String> code = bareCode(text.substring(0, first), text.charAt(first));
			if (code.isPresent()) {
				return new FailedFileLine(stripStart(text.substring(first + 1)), code.get(), text.substring(0, first));
			}
		}
		return new FailedFileLine(text, "", null);
	}

	private static Optional<String> bareCode(String token, char separator) {
		if (NEGATIVE_DECIMAL.matcher(token).matches()) {
			return ErrorCodes.normalize(token);
		}
		if (FAILURE_HEX.matcher(token).matches()) {
			return ErrorCodes.fromHexDigits(token);
		}
		if ((separator == '\t' || separator == ',') && DECIMAL.matcher(token).matches()) {
			return ErrorCodes.normalize(token);
		}
		return Optional.empty();
	}

	/** Of the text before and after a code, the path is the part with a folder separator (else the non-empty one). */
	private static String pathOf(String before, String after) {
		boolean beforeIsPath = before.indexOf('\\') >= 0 || before.indexOf('/') >= 0;
		boolean afterIsPath = after.indexOf('\\') >= 0 || after.indexOf('/') >= 0;
		if (beforeIsPath != afterIsPath) {
			return beforeIsPath ? before : after;
		}
		return before.length() >= after.length() ? before : after;
	}

	private static int lastSeparator(String text) {
		return Math.max(text.lastIndexOf('\t'), Math.max(text.lastIndexOf(','), text.lastIndexOf(' ')));
	}

	private static int firstSeparator(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == ',' || c == ' ') {
				return i;
			}
		}
		return -1;
	}

	private static String stripStart(String text) {
		int start = 0;
		while (start < text.length() && SEPARATORS.indexOf(text.charAt(start)) >= 0) {
			start++;
		}
		return text.substring(start);
	}

	private static String stripEnd(String text) {
		int end = text.length();
		while (end > 0 && SEPARATORS.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(0, end);
	}
}
