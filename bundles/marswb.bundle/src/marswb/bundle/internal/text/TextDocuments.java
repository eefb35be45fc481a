package marswb.bundle.internal.text;

import java.io.IOException;

import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.TextLines;

/** Reads a whole small document (XML, JSON) from its lines, refusing one that is too large to hold in memory. */
public final class TextDocuments {

	private TextDocuments() {
	}

	/** The text with every line ended by LF; fails on a cut line or past {@code maxChars}. */
	public static String read(TextLines lines, int maxChars) throws IOException, ArtifactFormatException {
		StringBuilder text = new StringBuilder();
		try (lines) {
			Line line;
			while ((line = lines.next()) != null) {
				if (line.truncated() || text.length() + line.text().length() + 1 > maxChars) {
					throw new ArtifactFormatException("document larger than " + maxChars + " characters",
							line.number());
				}
				text.append(line.text()).append('\n');
			}
		}
		return text.toString();
	}
}
