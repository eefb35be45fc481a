package marswb.bundle.internal.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.bundle.spi.Sample;

/**
 * The fixed text of a Windows tool ({@code vssadmin}, {@code netsh winhttp}, {@code tzutil}, PowerShell tables) or
 * the line shape of a log, by a regular expression found in the first 16 Ki characters (multi-line mode: {@code ^}
 * and {@code $} are line bounds; {@code \\z} is the end of those characters). Data: the expression. The reason shows the line it matched.
 */
public final class TextPatternRecognizer extends ConfiguredRecognizer {

	private static final int SHOWN_CHARS = 80;
	/** The outputs these recognize say what they are in their first lines; a log's head is 256 KiB of lines. */
	private static final int SEARCHED_CHARS = 16 * 1024;

	private Pattern pattern;

	@Override
	void configure(String data) {
		pattern = Pattern.compile(data, Pattern.MULTILINE);
	}

	@Override
	public String recognize(Sample sample) {
		String text = sample.text();
		Matcher matcher = pattern.matcher(text).region(0, Math.min(text.length(), SEARCHED_CHARS));
		if (!matcher.find()) {
			return null;
		}
		// a leading \s* may have matched blank lines before the one that says what the file is
		int at = matcher.start();
		while (at < matcher.end() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		int lineStart = text.lastIndexOf('\n', at) + 1;
		int lineEnd = text.indexOf('\n', at);
		String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip().replace('\t', ' ');
		int number = 1;
		for (int i = 0; i < lineStart; i++) {
			if (text.charAt(i) == '\n') {
				number++;
			}
		}
		if (line.length() > SHOWN_CHARS) {
			line = line.substring(0, SHOWN_CHARS) + "...";
		}
		return "line " + number + ": " + line;
	}
}
