package marswb.redact.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.bundle.TextDecoding;

/**
 * One text artifact decoded in its own encoding, rewritten line by line and encoded again the same way: the BOM,
 * the line ends and the number of lines stay, so every {@code artifact:line} of a finding still points at its line.
 * In a {@code .reg} file the text inside {@code hex(2)} and {@code hex(7)} values (UTF-16LE) is redacted too and
 * wrapped again over the same lines; printable runs inside {@code hex:} binary values that hold a name are masked
 * with {@code x}, since their length is part of the binary layout.
 */
public final class TextArtifact {

	/** Why an artifact cannot be rewritten; it is then left out of the redacted bundle. */
	public static final class Unredactable extends Exception {
		private static final long serialVersionUID = 1L;

		public Unredactable(String message) {
			super(message);
		}
	}

	private static final int HEAD = 64 * 1024;
	/**
	 * A line is redacted whole, since a name could straddle any cut; a longer one (no agent writes such lines) makes
	 * the file unredactable rather than the heap run out.
	 */
	private static final int MAX_LINE = 1 << 20;
	/** A .reg file is redacted whole (its values span lines); the agent's keys export to a few KiB. */
	private static final int MAX_WHOLE = 16 << 20;
	private static final Pattern HEX_VALUE = Pattern.compile("^((?:\"(?:[^\"\\\\]|\\\\.)*\"|@)=)hex(?:\\((2|7)\\))?:(.*)$");

	private TextArtifact() {
	}

	/** Decodes strictly; text that does not decode cleanly could hide a name from the rules, so it is refused. */
	public static String decode(byte[] bytes, Charset[] charset, int[] bom) throws Unredactable {
		TextDecoding.Detected detected = TextDecoding.detect(bytes, Math.min(bytes.length, HEAD));
		charset[0] = detected.charset();
		bom[0] = detected.bomLength();
		if (!detected.charset().name().startsWith("UTF-16")) {
			for (byte b : bytes) {
				if (b == 0) {
					throw new Unredactable(Messages.Redaction_binary);
				}
			}
		}
		try {
			return detected.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, detected.bomLength(), bytes.length - detected.bomLength())).toString();
		} catch (CharacterCodingException e) {
			throw new Unredactable(org.eclipse.osgi.util.NLS.bind(Messages.Redaction_undecodable, detected.charset()));
		}
	}

	/**
	 * Rewrites one artifact from {@code in} to {@code out}, in the encoding and with the BOM it came in. Agent logs
	 * and failed-file lists run to hundreds of megabytes, so text is streamed line by line; only a {@code .reg}
	 * file, whose values span lines, is held whole (a registry export of the agent's keys is small).
	 *
	 * @return the lines (from 1) on which a secret was removed; a value over several lines counts on its first
	 */
	public static BitSet rewrite(String path, InputStream in, OutputStream out, Redactor redactor)
			throws Unredactable, IOException {
		String name = path.toLowerCase(Locale.ROOT);
		BitSet secretLines = new BitSet();
		if (name.endsWith(".reg")) {
			byte[] reg = in.readNBytes(MAX_WHOLE + 1);
			if (reg.length > MAX_WHOLE) {
				throw new Unredactable(org.eclipse.osgi.util.NLS.bind(Messages.Redaction_tooLarge, MAX_WHOLE));
			}
			out.write(rewriteReg(reg, redactor, secretLines));
			return secretLines;
		}
		BufferedInputStream buffered = new BufferedInputStream(in, HEAD);
		buffered.mark(HEAD);
		byte[] head = buffered.readNBytes(HEAD);
		buffered.reset();
		TextDecoding.Detected detected = TextDecoding.detect(head, head.length);
		boolean utf16 = detected.charset().name().startsWith("UTF-16");
		buffered.readNBytes(detected.bomLength());
		out.write(head, 0, detected.bomLength());
		boolean failedFiles = name.startsWith("agent/failed-files/") || name.contains("lastbackupfailedfiles");
		Reader reader = new InputStreamReader(buffered, detected.charset().newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
		Writer writer = new OutputStreamWriter(new FilterOutputStream(out) {
			@Override
			public void close() throws IOException {
				flush(); // the zip entry stays open for the caller
			}
		}, detected.charset().newEncoder());
		StringBuilder line = new StringBuilder();
		char[] chunk = new char[8192];
		int number = 1;
		try {
			for (int n; (n = reader.read(chunk)) >= 0;) {
				for (int i = 0; i < n; i++) {
					char c = chunk[i];
					if (c == 0 && !utf16) {
						throw new Unredactable(Messages.Redaction_binary);
					}
					line.append(c);
					if (line.length() > MAX_LINE) {
						throw new Unredactable(org.eclipse.osgi.util.NLS.bind(Messages.Redaction_longLine, MAX_LINE));
					}
					if (c == '\n') {
						writeLine(line, writer, redactor, failedFiles, number++, secretLines);
					}
				}
			}
			writeLine(line, writer, redactor, failedFiles, number, secretLines);
		} catch (CharacterCodingException e) {
			throw new Unredactable(org.eclipse.osgi.util.NLS.bind(Messages.Redaction_undecodable, detected.charset()));
		}
		writer.close();
		return secretLines;
	}

	private static void writeLine(StringBuilder line, Writer writer, Redactor redactor, boolean failedFiles,
			int number, BitSet secretLines) throws IOException {
		int end = line.length();
		while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
			end--;
		}
		int secrets = redactor.secretTotal();
		writer.write(redactor.redact(line.substring(0, end), failedFiles));
		if (redactor.secretTotal() != secrets) {
			secretLines.set(number);
		}
		writer.append(line, end, line.length());
		line.setLength(0);
	}

	private static byte[] rewriteReg(byte[] bytes, Redactor redactor, BitSet secretLines) throws Unredactable {
		Charset[] charset = new Charset[1];
		int[] bom = new int[1];
		String text = decode(bytes, charset, bom);
		List<String> lines = lines(text);
		StringBuilder out = new StringBuilder(text.length() + 256);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int secrets = redactor.secretTotal();
			int first = i;
			Matcher hex = HEX_VALUE.matcher(content(line));
			if (hex.matches()) {
				int end = i;
				while (content(lines.get(end)).endsWith("\\") && end + 1 < lines.size()) {
					end++;
				}
				out.append(hexValue(lines.subList(i, end + 1), hex, redactor));
				i = end;
			} else {
				out.append(redactor.redact(content(line), false)).append(line, content(line).length(), line.length());
			}
			if (redactor.secretTotal() != secrets) {
				secretLines.set(first + 1);
			}
		}
		byte[] body = out.toString().getBytes(charset[0]);
		ByteArrayOutputStream result = new ByteArrayOutputStream(bom[0] + body.length);
		result.write(bytes, 0, bom[0]);
		result.write(body, 0, body.length);
		return result.toByteArray();
	}

	/** The lines with their line ends. */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(text.substring(start));
		}
		return lines;
	}

	/** A line without its line end. */
	private static String content(String line) {
		int end = line.length();
		while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
			end--;
		}
		return line.substring(0, end);
	}

	private static String hexValue(List<String> lines, Matcher first, Redactor redactor) {
		int[] perLine = new int[lines.size()];
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		for (int i = 0; i < lines.size(); i++) {
			String part = i == 0 ? first.group(3) : content(lines.get(i));
			for (String pair : part.replace("\\", "").split(",")) {
				if (!pair.isBlank()) {
					data.write(Integer.parseInt(pair.strip(), 16));
					perLine[i]++;
				}
			}
		}
		byte[] before = data.toByteArray();
		byte[] after;
		if (first.group(2) != null) {
			after = redactor.redact(new String(before, StandardCharsets.UTF_16LE), false).getBytes(StandardCharsets.UTF_16LE);
		} else {
			after = maskAsciiRuns(before, redactor);
		}
		String prefix = redactor.redact(first.group(1), false);
		if (java.util.Arrays.equals(before, after) && prefix.equals(first.group(1))) {
			return String.join("", lines);
		}
		int delta = after.length - before.length;
		perLine[perLine.length - 1] += delta;
		for (int i = perLine.length - 1; i > 0 && perLine[i] < 1; i--) {
			perLine[i - 1] -= 1 - perLine[i];
			perLine[i] = 1;
		}
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (int i = 0; i < lines.size(); i++) {
			out.append(i == 0 ? prefix + "hex" + (first.group(2) == null ? "" : "(" + first.group(2) + ")") + ":" : "  ");
			for (int n = 0; n < perLine[i]; n++, at++) {
				out.append(String.format(Locale.ROOT, "%02x", after[at] & 0xFF));
				if (at + 1 < after.length) {
					out.append(',');
				}
			}
			if (i + 1 < lines.size()) {
				out.append('\\');
			}
			String line = lines.get(i);
			out.append(line, content(line).length(), line.length());
		}
		return out.toString();
	}

	/** Printable ASCII runs of a binary value that hold a name are overwritten with x, keeping every length. */
	private static byte[] maskAsciiRuns(byte[] bytes, Redactor redactor) {
		byte[] out = bytes.clone();
		int start = -1;
		for (int i = 0; i <= out.length; i++) {
			boolean printable = i < out.length && out[i] >= 0x20 && out[i] < 0x7f;
			if (printable && start < 0) {
				start = i;
			} else if (!printable && start >= 0) {
				String run = new String(out, start, i - start, StandardCharsets.US_ASCII);
				if (i - start >= 4 && !redactor.redact(run, false).equals(run)) {
					java.util.Arrays.fill(out, start, i, (byte) 'x');
				}
				start = -1;
			}
		}
		return out;
	}
}
