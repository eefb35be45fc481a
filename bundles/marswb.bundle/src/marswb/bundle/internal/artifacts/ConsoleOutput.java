package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.bundle.spi.TextLines;

/** The lines of a short console output (a command's text, a PowerShell table), bounded so hostile input stays small. */
final class ConsoleOutput {

	private final List<Line> lines;

	private ConsoleOutput(List<Line> lines) {
		this.lines = lines;
	}

	/**
	 * Reads the whole output; one longer than {@code maxLines} lines is not the output expected. A line longer than
	 * the line limit is kept cut, and reported: what it ended with (a port, a size) is not there.
	 */
	static ConsoleOutput read(ArtifactInput input, ParseContext context, int maxLines)
			throws IOException, ArtifactFormatException {
		List<Line> lines = new ArrayList<>();
		try (TextLines text = input.openLines()) {
			Line line;
			while ((line = text.next()) != null) {
				if (lines.size() == maxLines) {
					throw new ArtifactFormatException("more than " + maxLines + " lines: not the expected output",
							line.number());
				}
				if (line.truncated()) {
					context.problem(cutLine(line.number(), line.text().length()));
				}
				lines.add(line);
			}
		}
		return new ConsoleOutput(lines);
	}

	/** Every line, blank ones included. */
	List<Line> lines() {
		return lines;
	}

	/** Lines with some text. */
	List<Line> nonBlank() {
		return lines.stream().filter(line -> !line.text().isBlank()).toList();
	}

	/** The first line with some text, or null for an empty output. */
	Line first() {
		List<Line> text = nonBlank();
		return text.isEmpty() ? null : text.get(0);
	}

	/** How a line-based parser reports a line it had to cut. */
	static String cutLine(int number, int keptChars) {
		return "line " + number + " is longer than " + keptChars + " characters and was cut; what follows on it is"
				+ " not read";
	}

	/** A line's text, stripped and cut short, to name it in a message. */
	static String quote(Line line) {
		String text = line.text().strip();
		return "'" + (text.length() > 80 ? text.substring(0, 80) + "..." : text) + "'";
	}
}
