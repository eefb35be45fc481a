package marswb.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import marswb.triage.TriageRow;
import marswb.triage.TriageRun;

/**
 * The progress line of {@code marswb triage} on stderr: bundles done of the total, rate and time left. On a terminal
 * it is rewritten in place; elsewhere (asked for with {@code --progress}) it is a line at most every few seconds, so
 * that a log stays readable.
 */
final class TriageProgress implements TriageRun.Listener {

	private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;
	private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;

	private final PrintStream err;
	private final int total;
	private final boolean terminal;
	private final long start = System.nanoTime();
	private long lastShown;
	private boolean shown;

	TriageProgress(PrintStream err, int total, boolean terminal) {
		this.err = err;
		this.total = total;
		this.terminal = terminal;
	}

	/**
	 * Whether the process's stderr is a terminal. Java 17 has no direct question for stderr; on Linux its file
	 * descriptor tells, elsewhere a console on stdin and stdout is the best sign there is.
	 */
	static boolean stderrIsTerminal() {
		Path fd = Path.of("/proc/self/fd/2");
		if (Files.exists(fd)) {
			try {
				String target = Files.readSymbolicLink(fd).toString();
				return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
			} catch (java.io.IOException | UnsupportedOperationException e) {
				return false;
			}
		}
		return System.console() != null;
	}

	@Override
	public void finished(TriageRow row, int done) {
		long now = System.nanoTime();
		if (done < total && now - lastShown < (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
			return;
		}
		lastShown = now;
		shown = true;
		double seconds = Math.max(1e-3, (now - start) / 1e9);
		double rate = done / seconds;
		long left = rate > 0 ? Math.round((total - done) / rate) : 0;
		String line = Messages.format(Messages.Triage_progress, done, total, String.format(Locale.ROOT, "%.1f", rate),
				String.format("%d:%02d", left / 60, left % 60));
		if (terminal) {
			err.print("\r" + line + "\u001b[K");
		} else {
			err.println(line);
		}
		err.flush();
	}

	/** Leaves the terminal's line for what comes next. */
	void finish() {
		if (terminal && shown) {
			err.println();
		}
	}
}
