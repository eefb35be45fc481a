package marswb.bundle.internal.format;

import java.util.Locale;
import java.util.Optional;

/**
 * Normalises the ways Windows writes a 32-bit error code (HRESULT or Win32 code) to one form, {@code 0x} and eight
 * upper-case hex digits: {@code 0x80070005}, {@code -2147024891} and {@code 2147942405} are all {@code 0x80070005}.
 * Bare hex digits ({@code 80070005}) cannot be told from a decimal number by their text, so the caller who knows the
 * context uses {@link #fromHexDigits(String)}.
 */
public final class ErrorCodes {

	private ErrorCodes() {
	}

	/** The normalised code, or empty when the text is not a 32-bit code written as {@code 0x} hex or as a decimal. */
	public static Optional<String> normalize(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String code = text.strip();
		try {
			if (code.startsWith("0x") || code.startsWith("0X")) {
				return fromHexDigits(code.substring(2));
			}
			if (code.startsWith("-")) {
				long value = Long.parseLong(code);
				return value >= Integer.MIN_VALUE ? Optional.of(format(value & 0xFFFF_FFFFL)) : Optional.empty();
			}
			if (!code.isEmpty() && code.chars().allMatch(Character::isDigit)) {
				long value = Long.parseLong(code);
				return value <= 0xFFFF_FFFFL ? Optional.of(format(value)) : Optional.empty();
			}
			return Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** The normalised code of one to eight hex digits without {@code 0x}. */
	public static Optional<String> fromHexDigits(String digits) {
		if (digits.isEmpty() || digits.length() > 8 || !digits.chars().allMatch(ErrorCodes::isHexDigit)) {
			return Optional.empty();
		}
		return Optional.of(format(Long.parseLong(digits, 16)));
	}

	static boolean isHexDigit(int c) {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
	}

	private static String format(long value) {
		return String.format(Locale.ROOT, "0x%08X", value);
	}
}
