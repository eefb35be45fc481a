package marswb.triage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;

import marswb.bundle.BundleOpenException;
import marswb.engine.Analyzer;
import marswb.model.server.Server;
import marswb.triage.internal.Messages;

/**
 * Reads and analyzes many bundles in one process, {@code jobs} at a time. A worker keeps only the row of a finished
 * bundle, so the heap holds at most {@code jobs} models whatever the number of bundles. Each worker has its own
 * analyzer: checks were written to run once per model, not concurrently on several.
 */
public final class TriageRun {

	/** Told of each finished bundle, on the thread that called {@link TriageRun#run}. */
	public interface Listener {

		/** @param done how many bundles are finished, this one included */
		void finished(TriageRow row, int done);

		/** Asked a few times a second: true stops the run, and the bundles not yet finished get no row. */
		default boolean canceled() {
			return false;
		}
	}

	/** How often a waiting run asks its listener whether it was canceled. */
	private static final long CANCEL_POLL_MILLIS = 100;

	private TriageRun() {
	}

	/**
	 * The rows of {@code bundles}, in the order they finished; fewer than the bundles when the listener canceled.
	 */
	public static List<TriageRow> run(List<Path> bundles, int jobs, Listener listener) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(jobs, task -> {
			Thread thread = new Thread(task, "marswb-triage");
			thread.setDaemon(true);
			return thread;
		});
		ThreadLocal<Analyzer> analyzers = ThreadLocal.withInitial(Analyzer::platform);
		try {
			CompletionService<TriageRow> rows = new ExecutorCompletionService<>(pool);
			for (Path bundle : bundles) {
				rows.submit(() -> row(bundle, analyzers.get()));
			}
			List<TriageRow> result = new ArrayList<>(bundles.size());
			while (result.size() < bundles.size()) {
				Future<TriageRow> next = rows.poll(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
				if (listener.canceled()) {
					break;
				}
				if (next == null) {
					continue;
				}
				try {
					result.add(next.get());
				} catch (ExecutionException e) {
					throw new IllegalStateException(e.getCause()); // row() turns every failure into a row
				}
				listener.finished(result.get(result.size() - 1), result.size());
			}
			return result;
		} finally {
			pool.shutdownNow();
		}
	}

	private static TriageRow row(Path bundle, Analyzer analyzer) {
		try {
			Server server = BundleInput.read(bundle);
			return TriageRow.of(bundle, server, analyzer.analyze(server).diagnosis());
		} catch (BundleOpenException e) {
			return TriageRow.unreadable(bundle, e.getMessage());
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			// a hostile or broken bundle must not stop the others; its model is garbage once we return
			return TriageRow.unreadable(bundle, NLS.bind(Messages.Triage_crashed, String.valueOf(e)));
		}
	}
}
