package marswb.bundle.internal.artifacts;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import marswb.bundle.internal.zip.BundleEntry;

/**
 * Reports reading as work in KiB of the bundle's entries and ends it as soon as the monitor is canceled. Bytes are
 * counted as parsers pull them, so progress moves through one large log instead of jumping once it is done; an
 * entry read twice (two parsers) counts once.
 */
public final class ReadProgress {

	/** For reading without a monitor: nothing reported, never canceled. */
	public static final ReadProgress NONE = new ReadProgress(null);

	private static final int KIB = 1024;

	private final SubMonitor monitor;
	private long entryBudget;
	private long entryReported;
	private long pendingBytes;

	private ReadProgress(SubMonitor monitor) {
		this.monitor = monitor;
	}

	/** Progress over all {@code entries}, or {@link #NONE} when {@code monitor} is null. */
	public static ReadProgress of(IProgressMonitor monitor, Collection<BundleEntry> entries) {
		if (monitor == null) {
			return NONE;
		}
		long kib = entries.stream().mapToLong(e -> kib(e.size())).sum();
		return new ReadProgress(SubMonitor.convert(monitor, Messages.ReadProgress_task,
				(int) Math.min(Integer.MAX_VALUE, kib)));
	}

	private static long kib(long bytes) {
		return (bytes + KIB - 1) / KIB;
	}

	void checkCanceled() {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	void reading(BundleEntry entry) {
		entryBudget = kib(entry.size());
		entryReported = 0;
		pendingBytes = 0;
		if (monitor != null) {
			monitor.subTask(entry.path());
		}
	}

	/** Whatever of the entry was not streamed (skipped, or not read at all) is done now. */
	void done(BundleEntry entry) {
		report(entryBudget - entryReported);
	}

	void finished() {
		if (monitor != null) {
			monitor.done();
		}
	}

	InputStream track(InputStream in) {
		if (monitor == null) {
			return in;
		}
		return new FilterInputStream(in) {
			@Override
			public int read() throws IOException {
				int b = super.read();
				streamed(b < 0 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				streamed(Math.max(n, 0));
				return n;
			}
		};
	}

	private void streamed(int bytes) {
		checkCanceled();
		pendingBytes += bytes;
		if (pendingBytes >= KIB) {
			long kib = pendingBytes / KIB;
			pendingBytes -= kib * KIB;
			report(Math.min(kib, entryBudget - entryReported));
		}
	}

	private void report(long kib) {
		if (monitor != null && kib > 0) {
			entryReported += kib;
			monitor.worked((int) kib);
		}
	}
}
