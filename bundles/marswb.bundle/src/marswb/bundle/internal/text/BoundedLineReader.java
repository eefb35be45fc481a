package marswb.bundle.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

import marswb.bundle.TextDecoding;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.TextLines;

/**
 * Streams the lines of a text artifact in constant memory: decodes with the detected charset, counts (and
 * replaces) undecodable bytes, accepts CRLF, LF and CR, and keeps at most {@code maxLineChars} of a line.
 */
public final class BoundedLineReader implements TextLines {

	private static final int BUFFER = 64 * 1024;

	private final InputStream in;
	private final CharsetDecoder decoder;
	private final String encoding;
	private final int maxLineChars;
	private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
	/**
	 * As large as the text when it fits in one buffer: most artifacts are a few KB, and a bundle opens dozens, so
	 * full-size buffers were a tenth of reading one. Never below a surrogate pair, which the decoder writes whole.
	 */
	private final CharBuffer chars;
	private final StringBuilder line = new StringBuilder(256);
	private boolean endOfInput;
	private boolean decoderFlushed;
	private boolean pendingCr;
	private int lineNumber;
	private long malformed;

	public BoundedLineReader(InputStream in, int maxLineChars) throws IOException {
		this.in = in;
		this.maxLineChars = maxLineChars;
		int head = fillHead();
		chars = CharBuffer.allocate(endOfInput ? Math.max(head, 64) : BUFFER);
		TextDecoding.Detected detected = TextDecoding.detect(bytes.array(), head);
		bytes.position(detected.bomLength());
		this.encoding = detected.charset().name();
		this.decoder = detected.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		chars.flip();
	}

	private int fillHead() throws IOException {
		int total = 0;
		int n;
		while (total < BUFFER && (n = in.read(bytes.array(), total, BUFFER - total)) > 0) {
			total += n;
		}
		if (total < BUFFER) {
			endOfInput = true;
		}
		bytes.limit(total);
		return total;
	}

	@Override
	public String encoding() {
		return encoding;
	}

	@Override
	public long malformedInputs() {
		return malformed;
	}

	@Override
	public Line next() throws IOException {
		line.setLength(0);
		boolean truncated = false;
		boolean sawAny = false;
		char[] buffer = chars.array();
		while (true) {
			if (!chars.hasRemaining() && !decodeMore()) {
				if (!sawAny) {
					return null;
				}
				return new Line(++lineNumber, line.toString(), truncated);
			}
			int start = chars.position();
			int limit = chars.limit();
			if (pendingCr) {
				pendingCr = false;
				if (buffer[start] == '\n') {
					chars.position(++start);
					continue;
				}
			}
			// scan the decoded chunk for the line end instead of taking characters one by one
			int end = start;
			while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
				end++;
			}
			int room = maxLineChars - line.length();
			int take = end - start;
			if (take > room) {
				truncated = true;
				take = Math.max(room, 0);
			}
			line.append(buffer, start, take);
			sawAny |= end > start;
			if (end < limit) {
				pendingCr = buffer[end] == '\r';
				chars.position(end + 1);
				return new Line(++lineNumber, line.toString(), truncated);
			}
			chars.position(end);
		}
	}

	/** Decodes the next chunk into {@code chars}; false at the end of the text. */
	private boolean decodeMore() throws IOException {
		chars.clear();
		while (chars.position() == 0) {
			if (decoderFlushed) {
				chars.flip();
				return false;
			}
			CoderResult result = decoder.decode(bytes, chars, endOfInput);
			if (result.isError()) {
				malformed += result.length();
				bytes.position(bytes.position() + result.length());
				chars.put('\uFFFD');
			} else if (result.isUnderflow()) {
				if (endOfInput) {
					if (bytes.hasRemaining()) {
						malformed += bytes.remaining();
						bytes.position(bytes.limit());
						chars.put('\uFFFD');
					}
					decoder.flush(chars);
					decoderFlushed = true;
				} else {
					refill();
				}
			}
		}
		chars.flip();
		return true;
	}

	private void refill() throws IOException {
		bytes.compact();
		int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
		if (n < 0) {
			endOfInput = true;
		} else {
			bytes.position(bytes.position() + n);
		}
		bytes.flip();
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
