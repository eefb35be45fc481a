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
import java.util.Objects;

import marswb.bundle.TextDecoding;

/**
 * The lines of a large text artifact, for the logs and lists that hold millions of lines. {@link BoundedLineReader}
 * decodes every line into a new String, which is most of the cost of reading a 1 GiB bundle; here each line is
 * copied into one reused char array, straight from the bytes when that is exact (UTF-16LE without surrogates, ASCII
 * lines of 8-bit text), and only other lines (surrogates, non-ASCII bytes of UTF-8 or the ANSI code page) go through
 * the decoder. Line ends are found eight bytes at a time.
 * <p>
 * Line numbers, terminators (CRLF, LF, CR), truncation at {@code maxLineChars} and the count of undecodable bytes
 * are the same as {@link BoundedLineReader}'s, so origins point at the lines the artifact view shows. UTF-16BE is
 * rare and always decoded.
 */
public final class ByteLines implements Closeable {

	private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);
	private static final int MIN_BUFFER = 1 << 20;
	/** As much as {@link BoundedLineReader} looks at to detect the encoding, so both decide alike. */
	private static final int DETECTION_HEAD = 64 * 1024;

	private static final long LANES16_ONE = 0x0001_0001_0001_0001L;
	private static final long LANES16_HIGH = 0x8000_8000_8000_8000L;

	private final InputStream in;
	private final Charset charset;
	private final CharsetDecoder decoder;
	/**
	 * How code units are laid out in bytes: which lines can be copied without the decoder, how wide a unit is, and
	 * the lanes a little-endian long holds for searching line ends eight bytes at a time.
	 */
	private enum Layout {
		/** ASCII-compatible 8-bit text (UTF-8, the ANSI code page): ASCII lines are copied, others decoded. */
		SINGLE_BYTE(1, 3, 0x0101_0101_0101_0101L, 0x8080_8080_8080_8080L, 0x8080_8080_8080_8080L),
		UTF16LE(2, 4, 0x0001_0001_0001_0001L, 0x8000_8000_8000_8000L, 0xFF80_FF80_FF80_FF80L),
		/** Each line is decoded, and its ends are looked for a unit at a time. */
		UTF16BE(2, 0, 0, 0, 0);

		final int width;
		/** log2 of the bits of a lane. */
		final int laneShift;
		/** 1 in each lane. */
		final long laneOnes;
		/** The top bit of each lane. */
		final long laneHighs;
		/** The bits no ASCII character has, in each lane. */
		final long nonAscii;

		Layout(int width, int laneShift, long laneOnes, long laneHighs, long nonAscii) {
			this.width = width;
			this.laneShift = laneShift;
			this.laneOnes = laneOnes;
			this.laneHighs = laneHighs;
			this.nonAscii = nonAscii;
		}
	}

	private final Layout layout;
	/** Bytes per code unit. */
	private final int width;
	private final int maxLineChars;
	private final Line line = new Line();
	private final byte[] buffer;
	/** The buffer as UTF-16LE units, for copying lines in bulk. */
	private final CharBuffer units;
	private int position;
	private int limit;
	private boolean endOfInput;
	private int lineNumber;
	private long malformed;
	/**
	 * The bytes of the line being read, or'ed together as far as its end has been searched for: whether it is ASCII
	 * comes with the search instead of another pass.
	 */
	private long searched;

	public ByteLines(InputStream in, int maxLineChars) throws IOException {
		this(in, maxLineChars, MIN_BUFFER);
	}

	/** With a buffer of at least {@code bufferBytes}: tests use small ones to cross its edges often. */
	public ByteLines(InputStream in, int maxLineChars, int bufferBytes) throws IOException {
		this.in = in;
		this.maxLineChars = maxLineChars;
		this.buffer = new byte[Math.max(Math.max(bufferBytes, DETECTION_HEAD), 4 * maxLineChars + 16)];
		this.units = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer();
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
		searched = 0;
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
		boolean ascii = layout != Layout.UTF16BE && (searched & layout.nonAscii) == 0;
		// a surrogate, maybe unpaired, needs the decoder's judgement; the copy is exact for every other unit
		if (layout == Layout.UTF16LE && (ascii || !hasSurrogate(start, end))) {
			line.copyUnits(buffer, units, start, end);
			return line.copied(lineNumber, ascii);
		}
		if (ascii) {
			line.copyBytes(buffer, start, end);
			return line.copied(lineNumber, true);
		}
		return line.decoded(lineNumber, decode(start, end), false);
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

	/**
	 * Index of the first CR or LF at or after {@code from} within the filled buffer, or -1. The units looked at on the
	 * way are or'ed into {@link #searched}.
	 */
	private int findLineEnd(int from) {
		long seen = 0;
		int i = from;
		if (layout != Layout.UTF16BE) {
			long ones = layout.laneOnes;
			long highs = layout.laneHighs;
			long lineFeeds = ones * '\n';
			long carriageReturns = ones * '\r';
			int shift = layout.laneShift;
			for (; i + 8 <= limit; i += 8) {
				long word = (long) LONG_LE.get(buffer, i);
				long lf = word ^ lineFeeds;
				long cr = word ^ carriageReturns;
				long found = (lf - ones & ~lf | cr - ones & ~cr) & highs;
				if (found != 0) {
					// the lowest flagged lane is exact; borrows can only flag lanes above a real match
					int lane = Long.numberOfTrailingZeros(found) >>> shift;
					searched |= seen | word & (1L << (lane << shift)) - 1;
					return i + lane * width;
				}
				seen |= word;
			}
		}
		for (; i + width <= limit; i += width) {
			int c = unitAt(i);
			if (c == '\n' || c == '\r') {
				searched |= seen;
				return i;
			}
			seen |= c;
		}
		searched |= seen;
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
	 * One line, its characters copied into an array that the next line reuses. Valid until the next line is read;
	 * {@link #subSequence(int, int)} and {@link #toString()} give Strings that stay valid. Hot loops read
	 * {@link #array()} directly.
	 */
	public static final class Line implements CharSequence {
		private int number;
		private boolean truncated;
		private char[] chars = new char[256];
		private int length;
		private boolean ascii;

		/**
		 * Copies the UTF-16LE units of {@code bytes[start, end)}, in bulk through {@code units} (a view of
		 * {@code bytes}) when they start on an even byte, as they do unless the text is damaged.
		 */
		void copyUnits(byte[] bytes, CharBuffer units, int start, int end) {
			int count = (end - start) >>> 1;
			char[] into = room(count);
			if ((start & 1) == 0) {
				units.get(start >>> 1, into, 0, count);
			} else {
				for (int i = 0, at = start; i < count; i++, at += 2) {
					into[i] = (char) (bytes[at] & 0xFF | (bytes[at + 1] & 0xFF) << 8);
				}
			}
			length = count;
		}

		/** Copies ASCII bytes. */
		void copyBytes(byte[] bytes, int start, int end) {
			int count = end - start;
			char[] into = room(count);
			for (int i = 0; i < count; i++) {
				into[i] = (char) bytes[start + i];
			}
			length = count;
		}

		Line copied(int lineNumber, boolean asciiOnly) {
			number = lineNumber;
			truncated = false;
			ascii = asciiOnly;
			return this;
		}

		Line decoded(int lineNumber, String text, boolean cut) {
			number = lineNumber;
			truncated = cut;
			length = text.length();
			text.getChars(0, length, room(length), 0);
			ascii = false;
			return this;
		}

		private char[] room(int count) {
			if (chars.length < count) {
				chars = new char[Math.max(count, 2 * chars.length)];
			}
			return chars;
		}

		/** The characters of the line in {@code [0, length())}; the array is reused for the next line. */
		public char[] array() {
			return chars;
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
			Objects.checkIndex(index, length);
			return chars[index];
		}

		/** The first index of {@code c} at or after {@code from}, or -1. */
		public int indexOf(char c, int from) {
			for (int i = Math.max(from, 0); i < length; i++) {
				if (chars[i] == c) {
					return i;
				}
			}
			return -1;
		}

		@Override
		public String subSequence(int start, int end) {
			Objects.checkFromToIndex(start, end, length);
			return new String(chars, start, end - start);
		}

		@Override
		public String toString() {
			return new String(chars, 0, length);
		}
	}
}
