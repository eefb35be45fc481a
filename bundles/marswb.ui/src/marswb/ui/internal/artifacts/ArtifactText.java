package marswb.ui.internal.artifacts;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import marswb.bundle.spi.Line;
import marswb.bundle.spi.TextLines;

/**
 * The lines of an artifact the artifact view shows: all of them while they fit {@link #MAX_CHARS}, else only a
 * window of lines around the target line, so an agent log or failed-file list of hundreds of MB is streamed
 * through and never held.
 *
 * @param lines    consecutive lines, the first not necessarily line 1
 * @param windowed the artifact was too large and only the lines around the target are kept
 * @param encoding the detected encoding
 */
public record ArtifactText(List<Line> lines, boolean windowed, String encoding) {

	/** Characters kept whole (a few MB of text); past them only the window is. */
	public static final long MAX_CHARS = 4L << 20;

	/** Lines kept on each side of the target line of a large artifact. */
	public static final int WINDOW = 500;

	/** Reads {@code text} for showing 1-based line {@code target}; cancelling the monitor stops it. */
	public static ArtifactText read(TextLines text, int target, IProgressMonitor monitor) throws IOException {
		ArrayDeque<Line> kept = new ArrayDeque<>();
		long chars = 0;
		boolean windowed = false;
		Line line;
		while ((line = text.next()) != null) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (windowed && line.number() > target + WINDOW) {
				break;
			}
			kept.addLast(line);
			chars += line.text().length() + 1;
			windowed |= chars > MAX_CHARS;
			while (windowed && !kept.isEmpty() && kept.getFirst().number() < target - WINDOW) {
				chars -= kept.removeFirst().text().length() + 1;
			}
		}
		return new ArtifactText(List.copyOf(kept), windowed, text.encoding());
	}

	/** Number of the first line kept (1 for an empty artifact). */
	public int firstLine() {
		return lines.isEmpty() ? 1 : lines.get(0).number();
	}
}
