package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.TextLines;

/** The lines of a short console output (a command's text, a PowerShell table), bounded so hostile input stays small. */
final class ConsoleOutput {

	private final List<Line> lines;

	private ConsoleOutput(List<Line> lines) {
		this.lines = lines;
	}

	/** Reads the whole output; one longer than {@code maxLines} lines is not the output expected. */
	static ConsoleOutput read(ArtifactInput input, int maxLines) throws IOException, ArtifactFormatException {
		List<Line> lines = new ArrayList<>();
		try (TextLines text = input.openLines()) {
			Line line;
			while ((line = text.next()) != null) {
				if (lines.size() == maxLines) {
					throw new ArtifactFormatException("more than " + maxLines + " lines: not the expected output",
							line.number());
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

	/** A line's text, stripped and cut short, to name it in a message. */
	static String quote(Line line) {
		String text = line.text().strip();
		return "'" + (text.length() > 80 ? text.substring(0, 80) + "..." : text) + "'";
	}
}
