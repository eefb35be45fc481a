package marswb.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import marswb.bundle.BundleOpenException;
import marswb.engine.Analyzer;
import marswb.model.server.Server;

/**
 * Reads and analyzes many bundles in one process, {@code jobs} at a time. A worker keeps only the row of a finished
 * bundle, so the heap holds at most {@code jobs} models whatever the number of bundles. Each worker has its own
 * analyzer: checks were written to run once per model, not concurrently on several.
 */
final class TriageRun {

	private TriageRun() {
	}

	/**
	 * The rows of {@code bundles}, in no particular order.
	 *
	 * @param done told the number of finished bundles after each, from the calling thread
	 */
	static List<TriageRow> run(List<Path> bundles, int jobs, IntConsumer done) throws InterruptedException {
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
			for (int i = 0; i < bundles.size(); i++) {
				try {
					result.add(rows.take().get());
				} catch (ExecutionException e) {
					throw new IllegalStateException(e.getCause()); // row() turns every failure into a row
				}
				done.accept(result.size());
			}
			return result;
		} finally {
			pool.shutdownNow();
		}
	}

	static TriageRow row(Path bundle, Analyzer analyzer) {
		try {
			Server server = BundleInput.read(bundle);
			return TriageRow.of(bundle, server, analyzer.analyze(server).diagnosis());
		} catch (BundleOpenException e) {
			return TriageRow.unreadable(bundle, e.getMessage());
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			// a hostile or broken bundle must not stop the others; its model is garbage once we return
			return TriageRow.unreadable(bundle, Messages.format(Messages.Triage_crashed, String.valueOf(e)));
		}
	}
}
