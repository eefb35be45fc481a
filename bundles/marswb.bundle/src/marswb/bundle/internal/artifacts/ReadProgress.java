package marswb.bundle.internal.artifacts;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import marswb.bundle.internal.zip.BundleEntry;

/**
 * Reports reading as work in KiB of the bundle's entries and ends it as soon as the monitor is canceled. Bytes are
 * counted as parsers pull them, on whatever thread, so progress moves through one large log instead of jumping once
 * it is done; the monitor itself is only told on the builder's thread. An entry read twice (two parsers) counts
 * once.
 */
public final class ReadProgress {

	/** For reading without a monitor: nothing reported, never canceled. */
	public static final ReadProgress NONE = new ReadProgress(null);

	private static final int KIB_SHIFT = 10;

	private final SubMonitor monitor;
	/** Entries being read, per path; only the builder's thread changes it. */
	private final Map<String, Tracked> tracked = new HashMap<>();
	/** The work of the entries done and no longer tracked. */
	private long doneKib;
	private long reported;

	/** One entry's share of the work and the bytes streamed of it so far. */
	private static final class Tracked {
		final long budgetKib;
		final AtomicLong bytes = new AtomicLong();

		Tracked(long budgetKib) {
			this.budgetKib = budgetKib;
		}

		long workedKib() {
			return Math.min(budgetKib, bytes.get() >>> KIB_SHIFT);
		}
	}

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
		return (bytes + (1 << KIB_SHIFT) - 1) >>> KIB_SHIFT;
	}

	/** Throws when the monitor was canceled; safe on any thread. */
	void checkCanceled() {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** Builder's thread: the entry whose results are being written now. */
	void reading(BundleEntry entry) {
		if (monitor != null) {
			monitor.subTask(entry.path());
			update();
		}
	}

	/** Builder's thread: whatever of the entry was not streamed (skipped, or not read at all) is done now. */
	void done(BundleEntry entry) {
		if (monitor != null) {
			doneKib += tracked(entry).budgetKib;
			tracked.remove(entry.path());
			update();
		}
	}

	/** Builder's thread: tells the monitor what the streams counted since the last update. */
	void update() {
		if (monitor == null) {
			return;
		}
		long worked = doneKib + tracked.values().stream().mapToLong(Tracked::workedKib).sum();
		if (worked > reported) {
			monitor.worked((int) (worked - reported));
			reported = worked;
		}
	}

	void finished() {
		if (monitor != null) {
			monitor.done();
		}
	}

	private Tracked tracked(BundleEntry entry) {
		return tracked.computeIfAbsent(entry.path(), path -> new Tracked(kib(entry.size())));
	}

	/**
	 * Builder's thread: the counter of the entry's streamed bytes, for {@link #track}; null when nothing is
	 * reported.
	 */
	AtomicLong counter(BundleEntry entry) {
		return monitor == null ? null : tracked(entry).bytes;
	}

	/**
	 * Counts the bytes read from {@code in} into {@code counter}, and stops reading with
	 * {@link OperationCanceledException} once the monitor is canceled. Safe on any thread.
	 */
	InputStream track(InputStream in, AtomicLong counter) {
		if (counter == null) {
			return in;
		}
		return new FilterInputStream(in) {
			@Override
			public int read() throws IOException {
				checkCanceled();
				int b = super.read();
				if (b >= 0) {
					counter.incrementAndGet();
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				checkCanceled();
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					counter.addAndGet(n);
				}
				return n;
			}
		};
	}
}
