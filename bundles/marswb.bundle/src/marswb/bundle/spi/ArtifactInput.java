package marswb.bundle.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * One artifact of a bundle, as handed to a parser. Streams are bounded by the bundle's limits.
 *
 * @since 0.1
 */
public interface ArtifactInput {

	/** Path relative to the bundle root, with forward slashes, e.g. {@code system/dotnet-ndp.reg}. */
	String path();

	/** Size in bytes (uncompressed). */
	long size();

	/** The raw bytes. */
	InputStream openStream() throws IOException;

	/** The decoded text (BOM sniffing: UTF-16LE/BE, UTF-8, else the ANSI code page). */
	TextLines openLines() throws IOException;

	/** The whole decoded text with CRLF/CR normalized to LF; refused for artifacts over {@code maxChars}. */
	String readText(int maxChars) throws IOException, ArtifactFormatException;
}
