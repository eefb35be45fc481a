package marswb.bundle.internal.zip;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with a clear message once more bytes are read than an entry may have. */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;
	private final String what;
	private long count;

	LimitedInputStream(InputStream in, long limit, String what) {
		super(in);
		this.limit = limit;
		this.what = what;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	private void count(int n) throws IOException {
		count += n;
		if (count > limit) {
			throw new IOException(what + ": more than " + limit + " bytes");
		}
	}
}
