package marswb.bundle.internal.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import marswb.bundle.TextDecoding;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.TextLines;

/**
 * The keys and values of a {@code reg export} file. Version 5 files hold string data of {@code hex(N):} values as
 * UTF-16LE bytes, {@code REGEDIT4} files as ANSI bytes. A line that cannot be read is listed in {@link #problems()}
 * and the rest of the file is still read; only a file without the header is refused.
 */
public final class RegFile {

	private static final String HEADER_V5 = "Windows Registry Editor Version 5.00";
	private static final String HEADER_V4 = "REGEDIT4";

	private final boolean unicode;
	private final Map<String, RegKey> keys = new LinkedHashMap<>();
	private final List<String> problems = new ArrayList<>();

	private RegFile(boolean unicode) {
		this.unicode = unicode;
	}

	/** Reads an artifact's decoded text. */
	public static RegFile read(ArtifactInput input) throws IOException, ArtifactFormatException {
		try (TextLines lines = input.openLines()) {
			return read(lines);
		}
	}

	/** Reads decoded lines; the caller closes them. */
	public static RegFile read(TextLines lines) throws IOException, ArtifactFormatException {
		Line header = lines.next();
		while (header != null && header.text().strip().isEmpty()) {
			header = lines.next();
		}
		if (header == null) {
			throw new ArtifactFormatException("empty file: no .reg header");
		}
		// a second BOM, or one the sniffing did not take, may be left on the first line
		String first = header.text().replace("\uFEFF", "").strip();
		RegFile file;
		if (first.equals(HEADER_V5)) {
			file = new RegFile(true);
		} else if (first.equals(HEADER_V4)) {
			file = new RegFile(false);
		} else {
			throw new ArtifactFormatException("not a .reg file: the first line is '" + shorten(first) + "', not '"
					+ HEADER_V5 + "' or '" + HEADER_V4 + "'", header.number());
		}
		new Reader(file).readAll(lines);
		return file;
	}

	/** True for a version 5 (Unicode) export, false for REGEDIT4. */
	public boolean unicode() {
		return unicode;
	}

	/** Keys in file order; a key written twice is one key with the values of both. */
	public List<RegKey> keys() {
		return List.copyOf(keys.values());
	}

	/**
	 * The key of that path, compared case-insensitively as Windows does; hive abbreviations (HKLM, HKU, ...) and a
	 * trailing backslash are accepted.
	 */
	public Optional<RegKey> key(String path) {
		return Optional.ofNullable(keys.get(normalize(path)));
	}

	/** The first key whose path ends with these segments, e.g. {@code \NDP\v4\Full}, case-insensitively. */
	public Optional<RegKey> keyEndingWith(String suffix) {
		String wanted = normalize(suffix.startsWith("\\") ? suffix : "\\" + suffix);
		return keys.entrySet().stream().filter(e -> e.getKey().endsWith(wanted)).map(Map.Entry::getValue)
				.findFirst();
	}

	/** Lines that could not be read, each message starting with {@code line N:}. */
	public List<String> problems() {
		return Collections.unmodifiableList(problems);
	}

	private static String normalize(String path) {
		String p = path.strip();
		while (p.endsWith("\\")) {
			p = p.substring(0, p.length() - 1);
		}
		int slash = p.indexOf('\\');
		String hive = slash < 0 ? p : p.substring(0, slash);
		String rest = slash < 0 ? "" : p.substring(slash);
		String full = switch (hive.toUpperCase(Locale.ROOT)) {
		case "HKLM" -> "HKEY_LOCAL_MACHINE";
		case "HKCU" -> "HKEY_CURRENT_USER";
		case "HKU" -> "HKEY_USERS";
		case "HKCR" -> "HKEY_CLASSES_ROOT";
		case "HKCC" -> "HKEY_CURRENT_CONFIG";
		default -> hive;
		};
		return (full + rest).toLowerCase(Locale.ROOT);
	}

	private static String shorten(String text) {
		return text.length() > 80 ? text.substring(0, 80) + "..." : text;
	}

	/** Parsing state for one file. */
	private static final class Reader {

		/** Values under a deleted ({@code [-KEY]}) or unreadable key line belong to no key and are skipped. */
		private static final RegKey NO_KEY = new RegKey("", 0);

		private final RegFile file;
		private RegKey current;
		private PendingHex pending;
		/** Continuation lines of a value that was already reported or skipped are skipped without a message. */
		private boolean skippingContinuation;

		Reader(RegFile file) {
			this.file = file;
		}

		void readAll(TextLines lines) throws IOException {
			Line line;
			while ((line = lines.next()) != null) {
				read(line);
			}
			if (pending != null) {
				problem(pending.line, "the hex data of '" + pending.name + "' ends with a continuation mark at the"
						+ " end of the file; value skipped");
			}
		}

		private void read(Line line) {
			String text = line.text();
			if (pending != null) {
				continueHex(line);
				return;
			}
			if (line.truncated()) {
				problem(line.number(), "longer than the line limit; skipped");
				skippingContinuation = true;
				return;
			}
			if (text.isBlank()) {
				skippingContinuation = false;
				return;
			}
			char c = text.charAt(0);
			if (c == ' ' || c == '\t') {
				if (!skippingContinuation) {
					problem(line.number(), "indented line outside hex data: '" + shorten(text.strip()) + "'");
					skippingContinuation = true;
				}
				return;
			}
			skippingContinuation = false;
			if (c == ';') {
				return;
			}
			if (c == '[') {
				readKey(line, text.stripTrailing());
			} else {
				readValue(line, text);
			}
		}

		private void readKey(Line line, String text) {
			if (!text.endsWith("]") || text.length() < 3) {
				problem(line.number(), "key line without its closing ']': '" + shorten(text) + "'");
				current = NO_KEY;
				return;
			}
			String path = text.substring(1, text.length() - 1);
			if (path.startsWith("-")) {
				current = NO_KEY;
				return;
			}
			current = file.keys.computeIfAbsent(normalize(path), k -> new RegKey(path, line.number()));
		}

		private void readValue(Line line, String text) {
			int number = line.number();
			int nameEnd;
			String name;
			if (text.startsWith("@")) {
				name = "";
				nameEnd = 1;
			} else if (text.startsWith("\"")) {
				QuotedString quoted = QuotedString.parse(text, 0);
				if (quoted == null) {
					problem(number, "value name without its closing quote: '" + shorten(text) + "'");
					return;
				}
				name = quoted.text;
				nameEnd = quoted.end;
			} else {
				problem(number, "neither a key, a value nor a comment: '" + shorten(text) + "'");
				return;
			}
			int equals = skipSpaces(text, nameEnd);
			if (equals >= text.length() || text.charAt(equals) != '=') {
				problem(number, "no '=' after the value name: '" + shorten(text) + "'");
				return;
			}
			int dataStart = skipSpaces(text, equals + 1);
			String data = text.substring(dataStart).stripTrailing();
			if (current == null) {
				problem(number, "value '" + name + "' before any key; skipped");
				skippingContinuation = true;
				return;
			}
			if (current == NO_KEY) {
				skippingContinuation = true;
				return;
			}
			readData(number, name, data);
		}

		private void readData(int number, String name, String data) {
			String lower = data.toLowerCase(Locale.ROOT);
			if (data.equals("-")) {
				return; // a deletion: nothing to read
			}
			if (data.startsWith("\"")) {
				QuotedString quoted = QuotedString.parse(data, 0);
				if (quoted == null || quoted.end != data.length()) {
					problem(number, "string value '" + name + "' is not one quoted string: '" + shorten(data) + "'");
					return;
				}
				add(name, RegValue.REG_SZ, quoted.text, number, data);
			} else if (lower.startsWith("dword:")) {
				String digits = data.substring("dword:".length()).strip();
				if (!digits.matches("[0-9A-Fa-f]{1,8}")) {
					problem(number, "DWORD value '" + name + "' is not 1 to 8 hex digits: '" + shorten(data) + "'");
					return;
				}
				add(name, RegValue.REG_DWORD, Long.parseLong(digits, 16), number, data);
			} else if (lower.startsWith("hex")) {
				startHex(number, name, data);
			} else {
				problem(number, "value '" + name + "' has an unknown data form: '" + shorten(data) + "'");
			}
		}

		private void startHex(int number, String name, String data) {
			int colon = data.indexOf(':');
			String prefix = colon < 0 ? "" : data.substring(0, colon).toLowerCase(Locale.ROOT);
			int type;
			if (prefix.equals("hex")) {
				type = RegValue.REG_BINARY;
			} else if (prefix.matches("hex\\([0-9a-f]{1,8}\\)")) {
				type = Integer.parseUnsignedInt(prefix.substring(4, prefix.length() - 1), 16);
			} else {
				problem(number, "value '" + name + "' has an unknown data form: '" + shorten(data) + "'");
				return;
			}
			String bytes = data.substring(colon + 1);
			boolean continued = bytes.endsWith("\\");
			String raw = continued ? data.substring(0, data.length() - 1).stripTrailing() : data;
			PendingHex hex = new PendingHex(name, type, number, raw);
			if (!hex.append(continued ? bytes.substring(0, bytes.length() - 1) : bytes)) {
				problem(number, "hex data of '" + name + "' holds something other than hex bytes; value skipped");
				skippingContinuation = continued;
				return;
			}
			if (continued) {
				pending = hex;
			} else {
				finishHex(hex);
			}
		}

		private void continueHex(Line line) {
			PendingHex hex = pending;
			String text = line.text().strip();
			if (text.isEmpty() || line.truncated()) {
				pending = null;
				problem(hex.line, "the hex data of '" + hex.name + "' is cut off at line " + line.number()
						+ "; value skipped");
				skippingContinuation = !text.isEmpty();
				return;
			}
			boolean continued = text.endsWith("\\");
			if (!hex.append(continued ? text.substring(0, text.length() - 1) : text)) {
				pending = null;
				problem(hex.line, "hex data of '" + hex.name + "' holds something other than hex bytes at line "
						+ line.number() + "; value skipped");
				skippingContinuation = continued;
				return;
			}
			if (!continued) {
				pending = null;
				finishHex(hex);
			}
		}

		private void finishHex(PendingHex hex) {
			byte[] bytes = hex.bytes.toByteArray();
			Object value = switch (hex.type) {
			case RegValue.REG_SZ, RegValue.REG_EXPAND_SZ, RegValue.REG_LINK -> text(hex, bytes);
			case RegValue.REG_MULTI_SZ -> strings(hex, bytes);
			case RegValue.REG_DWORD -> littleEndian(hex, bytes, 4);
			case RegValue.REG_DWORD_BIG_ENDIAN -> bigEndianDword(hex, bytes);
			case RegValue.REG_QWORD -> littleEndian(hex, bytes, 8);
			default -> bytes;
			};
			add(hex.name, hex.type, value, hex.line, hex.raw);
		}

		private String text(PendingHex hex, byte[] bytes) {
			String text = decode(hex, bytes);
			int end = text.length();
			while (end > 0 && text.charAt(end - 1) == '\0') {
				end--;
			}
			return text.substring(0, end);
		}

		/** REG_MULTI_SZ: strings each ended by NUL, the list ended by one more NUL. */
		private List<String> strings(PendingHex hex, byte[] bytes) {
			String text = text(hex, bytes);
			return text.isEmpty() ? List.of() : List.of(text.split("\0", -1));
		}

		private String decode(PendingHex hex, byte[] bytes) {
			Charset charset = file.unicode ? StandardCharsets.UTF_16LE : TextDecoding.ANSI;
			if (file.unicode && bytes.length % 2 != 0) {
				problem(hex.line, "'" + hex.name + "' has an odd number of bytes for UTF-16 text; last byte dropped");
				bytes = Arrays.copyOf(bytes, bytes.length - 1);
			}
			try {
				return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			} catch (CharacterCodingException e) {
				problem(hex.line, "'" + hex.name + "' holds bytes that are not " + charset.name()
						+ " text; they are replaced by U+FFFD");
				return charset.decode(ByteBuffer.wrap(bytes)).toString();
			}
		}

		private Object littleEndian(PendingHex hex, byte[] bytes, int length) {
			if (bytes.length != length) {
				wrongLength(hex, bytes, length);
				return bytes;
			}
			long value = 0;
			for (int i = length - 1; i >= 0; i--) {
				value = value << 8 | (bytes[i] & 0xFF);
			}
			return value;
		}

		private Object bigEndianDword(PendingHex hex, byte[] bytes) {
			if (bytes.length != 4) {
				wrongLength(hex, bytes, 4);
				return bytes;
			}
			long value = 0;
			for (byte b : bytes) {
				value = value << 8 | (b & 0xFF);
			}
			return value;
		}

		private void wrongLength(PendingHex hex, byte[] bytes, int expected) {
			problem(hex.line, RegValue.typeName(hex.type) + " value '" + hex.name + "' has " + bytes.length
					+ " bytes instead of " + expected + "; kept as bytes");
		}

		private void add(String name, int type, Object value, int line, String raw) {
			current.add(new RegValue(current.path(), name, type, value, line, raw));
		}

		private void problem(int line, String message) {
			file.problems.add("line " + line + ": " + message);
		}

		private static int skipSpaces(String text, int from) {
			int i = from;
			while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
				i++;
			}
			return i;
		}
	}

	/** Hex data collected over its continuation lines. */
	private static final class PendingHex {
		final String name;
		final int type;
		final int line;
		final String raw;
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		PendingHex(String name, int type, int line, String raw) {
			this.name = name;
			this.type = type;
			this.line = line;
			this.raw = raw;
		}

		/** Adds comma-separated hex bytes; false if a token is not one. */
		boolean append(String text) {
			for (String token : text.split(",")) {
				String t = token.strip();
				if (t.isEmpty()) {
					continue;
				}
				if (!t.matches("[0-9A-Fa-f]{1,2}")) {
					return false;
				}
				bytes.write(Integer.parseInt(t, 16));
			}
			return true;
		}
	}

	/** A double-quoted string with {@code \\} and {@code \"} escapes; {@code end} is the index after the quote. */
	private record QuotedString(String text, int end) {

		static QuotedString parse(String line, int openingQuote) {
			StringBuilder text = new StringBuilder();
			int i = openingQuote + 1;
			while (i < line.length()) {
				char c = line.charAt(i);
				if (c == '"') {
					return new QuotedString(text.toString(), i + 1);
				}
				if (c == '\\' && i + 1 < line.length()) {
					char next = line.charAt(i + 1);
					switch (next) {
					case '\\', '"' -> text.append(next);
					// written by Wine's reg export for CR and LF inside a REG_SZ
					case 'r' -> text.append('\r');
					case 'n' -> text.append('\n');
					// anything else was never escaped by the writer: keep it as it stands
					default -> text.append(c).append(next);
					}
					i += 2;
				} else {
					text.append(c);
					i++;
				}
			}
			return null;
		}
	}
}
