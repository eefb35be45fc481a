package marswb.bundle;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how a Windows text artifact is encoded: a BOM wins; without one, UTF-16LE is recognised by its zero
 * high bytes, valid UTF-8 is UTF-8, and anything else is taken as the server's ANSI code page (GBK on the Chinese
 * servers this product is made for). This is how the reader decodes every text artifact, so a tool that rewrites an
 * artifact (redaction) decodes and encodes it again the same way, and every {@code artifact:line} keeps its line.
 *
 * @since 0.1
 */
public final class TextDecoding {

	/** The ANSI code page assumed for text that is neither UTF-16 nor valid UTF-8. */
	public static final Charset ANSI = Charset.forName("GBK");

	private TextDecoding() {
	}

	/** The detected charset and how many BOM bytes to skip. */
	public record Detected(Charset charset, int bomLength) {
	}

	/** Looks at the first bytes of an artifact (a few KiB are enough). */
	public static Detected detect(byte[] head, int length) {
		if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return new Detected(StandardCharsets.UTF_16LE, 2);
		}
		if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return new Detected(StandardCharsets.UTF_16BE, 2);
		}
		if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return new Detected(StandardCharsets.UTF_8, 3);
		}
		if (looksLikeUtf16Le(head, length)) {
			return new Detected(StandardCharsets.UTF_16LE, 0);
		}
		if (isValidUtf8(head, length)) {
			return new Detected(StandardCharsets.UTF_8, 0);
		}
		return new Detected(ANSI, 0);
	}

	private static boolean looksLikeUtf16Le(byte[] head, int length) {
		if (length < 4) {
			return false;
		}
		int pairs = length / 2;
		int zeroHigh = 0;
		int zeroLow = 0;
		for (int i = 0; i + 1 < length; i += 2) {
			if (head[i + 1] == 0) {
				zeroHigh++;
			}
			if (head[i] == 0) {
				zeroLow++;
			}
		}
		return zeroHigh * 10 >= pairs * 4 && zeroLow * 10 < pairs;
	}

	private static boolean isValidUtf8(byte[] head, int length) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(head, 0, length);
		CharBuffer out = CharBuffer.allocate(length + 1);
		// endOfInput=false: a multi-byte sequence cut by the end of the sample is not an error
		CoderResult result = decoder.decode(in, out, false);
		return !result.isError();
	}
}
