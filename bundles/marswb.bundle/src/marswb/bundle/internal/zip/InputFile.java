package marswb.bundle.internal.zip;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file of input sent without a manifest, wherever it lies: on disk, in a zip or tar read in place, extracted
 * from a stream into the private temporary folder, or held in memory (a VaultCredentials file is never written).
 *
 * @param name     where it came from, containers included: {@code host.tar!/Temp.zip!/CBEngineCurr.errlog}
 * @param size     bytes
 * @param modified last modification, epoch milliseconds; 0 when the container does not say
 * @param head     the first bytes (at most {@link marswb.bundle.spi.Sample#HEAD_BYTES})
 * @param opener   null when the file was not kept (not recognized, and streamed past)
 */
public record InputFile(String name, long size, long modified, byte[] head, Opener opener) {

	/** Opens the bytes again, bounded by the limits. */
	@FunctionalInterface
	public interface Opener {
		InputStream open() throws IOException;
	}

	/** The name without folders and containers. */
	public String fileName() {
		return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
	}

	public InputStream open() throws IOException {
		if (opener == null) {
			throw new IOException(name + " was not kept");
		}
		return opener.open();
	}
}
