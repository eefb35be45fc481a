package marswb.bundle.internal.format;

import java.util.Optional;

/**
 * One registry value of a {@code .reg} file.
 *
 * @param keyPath the key as written in its {@code [...]} line
 * @param name    the value name; {@code ""} for the default value ({@code @=})
 * @param type    the registry type code (REG_SZ 1, REG_DWORD 4, ...; any {@code hex(N)} code is kept)
 * @param value   decoded: {@link String} (REG_SZ, REG_EXPAND_SZ), {@link Long} (DWORD, QWORD), {@code List<String>}
 *                (REG_MULTI_SZ) or {@code byte[]} (anything else, or data of the wrong length for its type)
 * @param line    1-based line of the value's first line
 * @param raw     the data as written on that first line (after {@code =}, without a continuation mark)
 */
public record RegValue(String keyPath, String name, int type, Object value, int line, String raw) {

	public static final int REG_NONE = 0;
	public static final int REG_SZ = 1;
	public static final int REG_EXPAND_SZ = 2;
	public static final int REG_BINARY = 3;
	public static final int REG_DWORD = 4;
	public static final int REG_DWORD_BIG_ENDIAN = 5;
	public static final int REG_LINK = 6;
	public static final int REG_MULTI_SZ = 7;
	public static final int REG_QWORD = 11;

	/** The value when it is a string (REG_SZ, REG_EXPAND_SZ written either way). */
	public Optional<String> string() {
		return value instanceof String text ? Optional.of(text) : Optional.empty();
	}

	/** The value when it is a number (DWORD, QWORD). */
	public Optional<Long> number() {
		return value instanceof Long number ? Optional.of(number) : Optional.empty();
	}

	/** The Windows name of the type, for messages. */
	public String typeName() {
		return typeName(type);
	}

	public static String typeName(int type) {
		return switch (type) {
		case REG_NONE -> "REG_NONE";
		case REG_SZ -> "REG_SZ";
		case REG_EXPAND_SZ -> "REG_EXPAND_SZ";
		case REG_BINARY -> "REG_BINARY";
		case REG_DWORD -> "REG_DWORD";
		case REG_DWORD_BIG_ENDIAN -> "REG_DWORD_BIG_ENDIAN";
		case REG_LINK -> "REG_LINK";
		case REG_MULTI_SZ -> "REG_MULTI_SZ";
		case REG_QWORD -> "REG_QWORD";
		default -> "hex(" + Integer.toHexString(type) + ")";
		};
	}

	@Override
	public String toString() {
		return keyPath + "\\" + (name.isEmpty() ? "@" : name) + " " + typeName() + " (line " + line + ")";
	}
}
