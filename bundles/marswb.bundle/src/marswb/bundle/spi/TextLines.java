package marswb.bundle.spi;

import java.io.Closeable;
import java.io.IOException;

/**
 * Decoded lines of a text artifact, read as a stream with a bounded line length.
 *
 * @since 0.1
 */
public interface TextLines extends Closeable {

	/** The next line, or {@code null} at the end. */
	Line next() throws IOException;

	/** Name of the detected encoding, e.g. {@code UTF-16LE}, {@code UTF-8}, {@code GBK}. */
	String encoding();

	/** Number of input bytes that could not be decoded so far (each replaced by U+FFFD). */
	long malformedInputs();

	@Override
	void close() throws IOException;
}
