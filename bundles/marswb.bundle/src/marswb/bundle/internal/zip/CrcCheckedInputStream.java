package marswb.bundle.internal.zip;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * Checks a zip entry's data against the CRC-32 its zip declares, once the data has been read to its end.
 * java.util.zip.ZipFile does not: a damaged entry would be read as if it were what the server wrote.
 */
final class CrcCheckedInputStream extends FilterInputStream {

	private final CRC32 crc = new CRC32();
	private final long expected;

	CrcCheckedInputStream(InputStream in, long expected) {
		super(in);
		this.expected = expected;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			crc.update(b);
		} else {
			check();
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			crc.update(buffer, offset, n);
		} else if (n < 0) {
			check();
		}
		return n;
	}

	/** Skipped bytes are read all the same: the checksum covers them too. */
	@Override
	public long skip(long n) throws IOException {
		byte[] buffer = new byte[8192];
		long skipped = 0;
		while (skipped < n) {
			int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
			if (read < 0) {
				break;
			}
			skipped += read;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void check() throws DamagedEntryException {
		if (crc.getValue() != expected) {
			throw new DamagedEntryException("damaged: checksum mismatch");
		}
	}
}
