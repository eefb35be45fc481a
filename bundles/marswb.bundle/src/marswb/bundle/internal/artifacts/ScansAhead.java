package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.OperationCanceledException;

import marswb.bundle.internal.zip.BundleEntry;
import marswb.bundle.spi.ArtifactFormatException;

/**
 * Runs the scans of a bundle's large artifacts (agent logs, failed-file lists) on worker threads, one per core,
 * while the builder goes on with the others; the builder then takes each result in its usual order. A failed scan
 * is reported when its result is taken, exactly as if the parser had failed there; closing stops the scans still
 * running.
 */
final class ScansAhead implements AutoCloseable {

	private static final long PROGRESS_POLL_MILLIS = 100;
	private static final int MAX_WORKERS = 4;

	/** A scan under way: the input it reads (whose encoding the builder reports) and its result to come. */
	record Scan(EntryInput input, Future<? extends ScanningParser.Scanned> result) {
	}

	private final ExecutorService workers;
	private final Map<String, Scan> scans = new HashMap<>();

	ScansAhead() {
		int count = Math.max(1, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors()));
		AtomicInteger number = new AtomicInteger();
		workers = Executors.newFixedThreadPool(count, task -> {
			Thread thread = new Thread(task, "marswb bundle scan " + number.incrementAndGet());
			// a scan stuck on a hung file system must not keep the application alive
			thread.setDaemon(true);
			return thread;
		});
	}

	void start(BundleEntry entry, ParserDescriptor descriptor, ScanningParser<?> parser, EntryInput input,
			ScanningParser.CollectionTime time) {
		scans.put(key(entry, descriptor), new Scan(input, workers.submit(() -> parser.scan(input, time))));
	}

	/** The scan started for this entry and parser, or null when none was. */
	Scan get(BundleEntry entry, ParserDescriptor descriptor) {
		return scans.get(key(entry, descriptor));
	}

	/**
	 * Waits for a scan's result, telling progress what the workers streamed meanwhile, and throws what the scan
	 * threw.
	 */
	static ScanningParser.Scanned result(Scan scan, ReadProgress progress) throws IOException, ArtifactFormatException {
		while (true) {
			try {
				return scan.result().get(PROGRESS_POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				progress.update();
				progress.checkCanceled();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			} catch (ExecutionException e) {
				throw rethrown(e.getCause());
			}
		}
	}

	private static RuntimeException rethrown(Throwable cause) throws IOException, ArtifactFormatException {
		if (cause instanceof IOException io) {
			throw io;
		}
		if (cause instanceof ArtifactFormatException format) {
			throw format;
		}
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException(cause);
	}

	private static String key(BundleEntry entry, ParserDescriptor descriptor) {
		return entry.path() + '\n' + descriptor.id();
	}

	@Override
	public void close() {
		workers.shutdownNow();
	}
}
