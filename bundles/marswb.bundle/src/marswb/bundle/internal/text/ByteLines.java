package marswb.bundle.internal.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a large text artifact as ranges of its undecoded bytes, for the logs and lists that hold millions of
 * lines. {@link BoundedLineReader} decodes every line into a new String, which is most of the cost of reading a
 * 1 GiB bundle; here a line is a {@link CharSequence} over the buffer, and only lines that the byte view cannot
 * show exactly (UTF-16 surrogates, non-ASCII bytes of UTF-8 or the ANSI code page) are decoded. Line ends are
 * found eight bytes at a time.
 * <p>
 * Line numbers, terminators (CRLF, LF, CR), truncation at {@code maxLineChars} and the count of undecodable bytes
 * are the same as {@link BoundedLineReader}'s, so origins point at the lines the artifact view shows. UTF-16BE has
 * no byte view: each of its lines is decoded.
 */
public final class ByteLines implements Closeable {

	private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);
	private static final int MIN_BUFFER = 1 << 20;
	/** As much as {@link BoundedLineReader} looks at to detect the encoding, so both decide alike. */
	private static final int DETECTION_HEAD = 64 * 1024;

	private static final long LANES16_ONE = 0x0001_0001_0001_0001L;
	private static final long LANES16_HIGH = 0x8000_8000_8000_8000L;
	private static final long LANES8_ONE = 0x0101_0101_0101_0101L;
	private static final long LANES8_HIGH = 0x8080_8080_8080_8080L;

	private final InputStream in;
	private final Charset charset;
	private final CharsetDecoder decoder;
	/** How code units are laid out in bytes: which has a byte view, and how wide a unit is. */
	private enum Layout {
		/** ASCII-compatible 8-bit text (UTF-8, the ANSI code page): ASCII lines are viewed, others decoded. */
		SINGLE_BYTE(1),
		UTF16LE(2),
		/** No view: each line is decoded. */
		UTF16BE(2);

		final int width;

		Layout(int width) {
			this.width = width;
		}
	}

	private final Layout layout;
	/** Bytes per code unit. */
	private final int width;
	private final int maxLineChars;
	private final Line line = new Line();
	private final byte[] buffer;
	private int position;
	private int limit;
	private boolean endOfInput;
	private int lineNumber;
	private long malformed;

	public ByteLines(InputStream in, int maxLineChars) throws IOException {
		this(in, maxLineChars, MIN_BUFFER);
	}

	/** With a buffer of at least {@code bufferBytes}: tests use small ones to cross its edges often. */
	public ByteLines(InputStream in, int maxLineChars, int bufferBytes) throws IOException {
		this.in = in;
		this.maxLineChars = maxLineChars;
		this.buffer = new byte[Math.max(Math.max(bufferBytes, DETECTION_HEAD), 4 * maxLineChars + 16)];
		fill();
		TextDecoding.Detected detected = TextDecoding.detect(buffer, Math.min(limit, DETECTION_HEAD));
		position = detected.bomLength();
		charset = detected.charset();
		decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		if (charset.equals(StandardCharsets.UTF_16LE)) {
			layout = Layout.UTF16LE;
		} else if (charset.equals(StandardCharsets.UTF_16BE)) {
			layout = Layout.UTF16BE;
		} else {
			layout = Layout.SINGLE_BYTE;
		}
		width = layout.width;
	}

	public String encoding() {
		return charset.name();
	}

	/** Undecodable bytes so far, each shown as U+FFFD. */
	public long malformedInputs() {
		return malformed;
	}

	/**
	 * The next line, or null at the end. The returned line is reused: it is valid until the next call, so keep
	 * {@code toString()} of what must outlive it.
	 */
	public Line next() throws IOException {
		if (limit - position < width && !endOfInput) {
			compactAndFill();
		}
		if (position >= limit) {
			return null;
		}
		int start = position;
		int scanFrom = start;
		int end;
		while ((end = findLineEnd(scanFrom)) < 0) {
			// every whole code unit before this was looked at
			int scanned = limit - (limit - start) % width;
			if (scanned - start > longestWholeLine()) {
				return truncatedLine(start);
			}
			if (endOfInput) {
				position = limit;
				lineNumber++;
				if (scanned < limit) {
					// half a UTF-16 code unit ends the text
					return decodedOrCut(start, limit);
				}
				return lineOf(start, limit);
			}
			int shift = compactAndFill();
			start -= shift;
			scanFrom = scanned - shift;
		}
		int next = skipTerminator(end);
		if (next < 0) {
			// a CR ends the buffer: whether an LF follows decides where the next line starts
			int shift = compactAndFill();
			start -= shift;
			end -= shift;
			next = skipTerminator(end);
		}
		position = next;
		lineNumber++;
		return lineOf(start, end);
	}

	private Line lineOf(int start, int end) {
		if (end - start > maxLineChars * width) {
			return decodedOrCut(start, end);
		}
		if (layout == Layout.UTF16BE) {
			return line.decoded(lineNumber, decode(start, end), false);
		}
		boolean ascii = isAscii(start, end);
		// UTF-16 is shown exactly by the view unless a surrogate, maybe unpaired, needs the decoder's judgement
		if (layout == Layout.SINGLE_BYTE ? !ascii : !ascii && hasSurrogate(start, end)) {
			return line.decoded(lineNumber, decode(start, end), false);
		}
		return line.view(lineNumber, buffer, start, end, width, ascii);
	}

	/**
	 * Bytes a line may have whose terminator is still looked for in the buffer; longer ones are surely over the
	 * limit, and are decoded as they stream. An ASCII-compatible charset needs at most three bytes per char.
	 */
	private int longestWholeLine() {
		return layout == Layout.SINGLE_BYTE ? 4 * maxLineChars : 2 * maxLineChars;
	}

	/** A line in the buffer that may be over the limit: it is decoded whole, so undecodable bytes all count. */
	private Line decodedOrCut(int start, int end) {
		String text = decode(start, end);
		if (text.length() > maxLineChars) {
			return line.decoded(lineNumber, text.substring(0, maxLineChars), true);
		}
		return line.decoded(lineNumber, text, false);
	}

	/**
	 * A line too long for the buffer: decoded as it streams, keeping its first {@code maxLineChars} and counting
	 * undecodable bytes in all of it, like the decoding reader.
	 */
	private Line truncatedLine(int start) throws IOException {
		StringBuilder kept = new StringBuilder(maxLineChars);
		CharBuffer chars = CharBuffer.allocate(8192);
		decoder.reset();
		position = start;
		while (true) {
			int end = findLineEnd(position);
			boolean lineEnds = end >= 0 || endOfInput;
			int segmentEnd = end >= 0 ? end : limit;
			ByteBuffer bytes = ByteBuffer.wrap(buffer, position, segmentEnd - position);
			decodeInto(bytes, chars, lineEnds, kept);
			position = bytes.position();
			if (end >= 0) {
				int next = skipTerminator(end);
				if (next < 0) {
					compactAndFill();
					next = skipTerminator(position);
				}
				position = next;
				break;
			}
			if (endOfInput) {
				position = limit;
				break;
			}
			// the decoded bytes are dropped; an incomplete character waits for its rest
			compactAndFill();
		}
		return line.decoded(++lineNumber, kept.toString(), true);
	}

	private void decodeInto(ByteBuffer bytes, CharBuffer chars, boolean endOfLine, StringBuilder kept) {
		while (true) {
			CoderResult result = decoder.decode(bytes, chars, endOfLine);
			if (result.isError()) {
				malformed += result.length();
				bytes.position(bytes.position() + result.length());
				if (!chars.hasRemaining()) {
					keep(chars, kept);
				}
				chars.put('\uFFFD');
			} else if (result.isOverflow()) {
				keep(chars, kept);
			} else {
				break;
			}
		}
		if (endOfLine) {
			decoder.flush(chars);
		}
		keep(chars, kept);
	}

	private void keep(CharBuffer chars, StringBuilder kept) {
		chars.flip();
		int room = maxLineChars - kept.length();
		if (room > 0) {
			kept.append(chars, 0, Math.min(room, chars.remaining()));
		}
		chars.clear();
	}

	/** Index after the terminator starting at {@code end}, or -1 when a CR ends the buffer before end of input. */
	private int skipTerminator(int end) {
		if (unitAt(end) == '\r') {
			if (end + 2 * width <= limit) {
				return unitAt(end + width) == '\n' ? end + 2 * width : end + width;
			}
			return endOfInput ? end + width : -1;
		}
		return end + width;
	}

	private int unitAt(int index) {
		if (layout == Layout.UTF16LE) {
			return buffer[index] & 0xFF | (buffer[index + 1] & 0xFF) << 8;
		}
		if (layout == Layout.UTF16BE) {
			return (buffer[index] & 0xFF) << 8 | buffer[index + 1] & 0xFF;
		}
		return buffer[index] & 0xFF;
	}

	/** Index of the first CR or LF at or after {@code from} within the filled buffer, or -1. */
	private int findLineEnd(int from) {
		if (layout == Layout.UTF16LE) {
			return findLineEnd16(from);
		}
		if (layout == Layout.SINGLE_BYTE) {
			return findLineEnd8(from);
		}
		for (int i = from; i + 1 < limit; i += 2) {
			int c = unitAt(i);
			if (c == '\n' || c == '\r') {
				return i;
			}
		}
		return -1;
	}

	private int findLineEnd16(int from) {
		int i = from;
		for (; i + 8 <= limit; i += 8) {
			long word = (long) LONG_LE.get(buffer, i);
			long lf = word ^ 0x000A_000A_000A_000AL;
			long cr = word ^ 0x000D_000D_000D_000DL;
			long found = (lf - LANES16_ONE & ~lf | cr - LANES16_ONE & ~cr) & LANES16_HIGH;
			if (found != 0) {
				// the lowest flagged lane is exact; borrows can only flag lanes above a real match
				return i + (Long.numberOfTrailingZeros(found) >>> 4 << 1);
			}
		}
		for (; i + 1 < limit; i += 2) {
			int c = unitAt(i);
			if (c == '\n' || c == '\r') {
				return i;
			}
		}
		return -1;
	}

	private int findLineEnd8(int from) {
		int i = from;
		for (; i + 8 <= limit; i += 8) {
			long word = (long) LONG_LE.get(buffer, i);
			long lf = word ^ 0x0A0A_0A0A_0A0A_0A0AL;
			long cr = word ^ 0x0D0D_0D0D_0D0D_0D0DL;
			long found = (lf - LANES8_ONE & ~lf | cr - LANES8_ONE & ~cr) & LANES8_HIGH;
			if (found != 0) {
				return i + (Long.numberOfTrailingZeros(found) >>> 3);
			}
		}
		for (; i < limit; i++) {
			byte b = buffer[i];
			if (b == '\n' || b == '\r') {
				return i;
			}
		}
		return -1;
	}

	/** Any UTF-16 surrogate (D800-DFFF) in the line, which may be unpaired and so undecodable. */
	private boolean hasSurrogate(int start, int end) {
		int i = start;
		for (; i + 8 <= end; i += 8) {
			long word = (long) LONG_LE.get(buffer, i);
			long surrogate = word & 0xF800_F800_F800_F800L ^ 0xD800_D800_D800_D800L;
			if ((surrogate - LANES16_ONE & ~surrogate & LANES16_HIGH) != 0) {
				return true;
			}
		}
		for (; i < end; i += 2) {
			if ((buffer[i + 1] & 0xF8) == 0xD8) {
				return true;
			}
		}
		return false;
	}

	private boolean isAscii(int start, int end) {
		long high = width == 2 ? 0xFF80_FF80_FF80_FF80L : LANES8_HIGH;
		int i = start;
		for (; i + 8 <= end; i += 8) {
			if (((long) LONG_LE.get(buffer, i) & high) != 0) {
				return false;
			}
		}
		for (; i < end; i += width) {
			if (buffer[i] < 0 || width == 2 && buffer[i + 1] != 0) {
				return false;
			}
		}
		return true;
	}

	private String decode(int start, int end) {
		ByteBuffer bytes = ByteBuffer.wrap(buffer, start, end - start);
		CharBuffer chars = CharBuffer.allocate(end - start + 1);
		decoder.reset();
		while (true) {
			CoderResult result = decoder.decode(bytes, chars, true);
			if (result.isError()) {
				malformed += result.length();
				bytes.position(bytes.position() + result.length());
				chars.put('\uFFFD');
			} else if (result.isOverflow()) {
				CharBuffer larger = CharBuffer.allocate(chars.capacity() * 2);
				chars.flip();
				chars = larger.put(chars);
			} else {
				break;
			}
		}
		if (bytes.hasRemaining()) {
			malformed += bytes.remaining();
			chars.put('\uFFFD');
		}
		decoder.flush(chars);
		chars.flip();
		return chars.toString();
	}

	private void fill() throws IOException {
		while (limit < buffer.length) {
			int n = in.read(buffer, limit, buffer.length - limit);
			if (n < 0) {
				endOfInput = true;
				return;
			}
			limit += n;
		}
	}

	/** Moves the unread bytes to the front and reads more; returns how far they moved. */
	private int compactAndFill() throws IOException {
		int shift = position;
		if (shift > 0) {
			System.arraycopy(buffer, shift, buffer, 0, limit - shift);
			limit -= shift;
			position = 0;
		}
		if (!endOfInput) {
			fill();
		}
		return shift;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/**
	 * One line: either a view of the buffer's bytes or a decoded String. Valid until the next line is read;
	 * {@link #subSequence(int, int)} and {@link #toString()} give Strings that stay valid.
	 */
	public static final class Line implements CharSequence {
		private int number;
		private boolean truncated;
		private byte[] bytes;
		private int offset;
		private int length;
		private int width;
		private String decoded;
		private boolean ascii;

		Line view(int lineNumber, byte[] buffer, int start, int end, int unitWidth, boolean asciiOnly) {
			number = lineNumber;
			truncated = false;
			ascii = asciiOnly;
			bytes = buffer;
			offset = start;
			width = unitWidth;
			length = (end - start) / unitWidth;
			decoded = null;
			return this;
		}

		Line decoded(int lineNumber, String text, boolean cut) {
			number = lineNumber;
			truncated = cut;
			decoded = text;
			length = text.length();
			ascii = false;
			return this;
		}

		/**
		 * True when the line is known to hold ASCII characters only (so no replacement characters either); false
		 * when it may hold others.
		 */
		public boolean isAscii() {
			return ascii;
		}

		/** 1-based line number. */
		public int number() {
			return number;
		}

		/** The line was longer than the limit and only its start is kept. */
		public boolean truncated() {
			return truncated;
		}

		@Override
		public int length() {
			return length;
		}

		@Override
		public char charAt(int index) {
			if (decoded != null) {
				return decoded.charAt(index);
			}
			if (index < 0 || index >= length) {
				throw new IndexOutOfBoundsException(index);
			}
			if (width == 2) {
				int at = offset + 2 * index;
				return (char) (bytes[at] & 0xFF | (bytes[at + 1] & 0xFF) << 8);
			}
			return (char) (bytes[offset + index] & 0xFF);
		}

		/** The first index of {@code c} at or after {@code from}, or -1. */
		public int indexOf(char c, int from) {
			if (decoded != null) {
				return decoded.indexOf(c, from);
			}
			if (width == 1) {
				// a view of single bytes holds ASCII only
				for (int i = Math.max(from, 0); c < 0x80 && i < length; i++) {
					if (bytes[offset + i] == (byte) c) {
						return i;
					}
				}
				return -1;
			}
			byte low = (byte) c;
			byte high = (byte) (c >>> 8);
			for (int i = Math.max(from, 0), at = offset + 2 * i; i < length; i++, at += 2) {
				if (bytes[at] == low && bytes[at + 1] == high) {
					return i;
				}
			}
			return -1;
		}

		@Override
		public String subSequence(int start, int end) {
			if (decoded != null) {
				return decoded.substring(start, end);
			}
			if (start < 0 || end > length || start > end) {
				throw new IndexOutOfBoundsException(start + ".." + end + " of " + length);
			}
			if (width == 2) {
				return new String(bytes, offset + 2 * start, 2 * (end - start), StandardCharsets.UTF_16LE);
			}
			return new String(bytes, offset + start, end - start, StandardCharsets.ISO_8859_1);
		}

		@Override
		public String toString() {
			return decoded != null ? decoded : subSequence(0, length);
		}
	}
}
