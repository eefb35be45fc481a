package marswb.redact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.redact.internal.Messages;
import marswb.redact.internal.TextArtifact;

/**
 * Puts the real names back into text written about a redacted bundle (a report, a finding pasted into a ticket, an
 * artifact), for the engineer who holds the map. A pseudonym is recognized as a whole word only, so
 * {@code 192.0.2.1} stays itself in {@code 192.0.2.15}; one written in capitals gives its real value in capitals.
 * Secrets stay removed: the map never held them.
 */
public final class Unredaction {

	private final Map<String, String> reals;
	private final Pattern pattern;

	public Unredaction(RedactionMap map) {
		reals = map.realValues();
		List<String> pseudonyms = new ArrayList<>(reals.keySet());
		// the longest first: corp-0001.example before corp-0001
		pseudonyms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		List<String> numbers = pseudonyms.stream().filter(p -> p.matches("[0-9.]+")).map(Pattern::quote).toList();
		List<String> names = pseudonyms.stream().filter(p -> !p.matches("[0-9.]+")).map(Pattern::quote).toList();
		// an address or number is whole between other digits and dots; a name between letters, digits and hyphens
		String alternatives = String.join("|",
				numbers.isEmpty() ? "(?!)" : "(?<![0-9.])(?:" + String.join("|", numbers) + ")(?![0-9]|\\.\\d)",
				names.isEmpty() ? "(?!)" : "(?<![A-Za-z0-9-])(?:" + String.join("|", names) + ")(?![A-Za-z0-9-])");
		pattern = pseudonyms.isEmpty() ? null : Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE);
	}

	/** The text with every pseudonym of the map replaced by its real value. */
	public String restore(String text) {
		if (pattern == null) {
			return text;
		}
		Matcher m = pattern.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(real(m.group())));
		}
		return m.appendTail(out).toString();
	}

	/**
	 * A text file restored in the encoding and with the BOM it came in.
	 *
	 * @throws IOException when the file is not text that decodes cleanly
	 */
	public byte[] restore(byte[] file) throws IOException {
		Charset[] charset = new Charset[1];
		int[] bom = new int[1];
		String text = restoredText(file, charset, bom);
		ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 64);
		out.write(file, 0, bom[0]);
		out.writeBytes(text.getBytes(charset[0]));
		return out.toByteArray();
	}

	/**
	 * A text file, decoded in its own encoding, restored.
	 *
	 * @throws IOException when the file is not text that decodes cleanly
	 */
	public String restoreText(byte[] file) throws IOException {
		return restoredText(file, new Charset[1], new int[1]);
	}

	private String restoredText(byte[] file, Charset[] charset, int[] bom) throws IOException {
		try {
			return restore(TextArtifact.decode(file, charset, bom));
		} catch (TextArtifact.Unredactable e) {
			throw new IOException(Messages.Unredaction_notText, e);
		}
	}

	/**
	 * The real value in the case of the occurrence: a pseudonym in capitals stood for a name in capitals; one in
	 * small letters for a name that had some, so a name first seen in capitals is given in small letters.
	 */
	private String real(String pseudonym) {
		String real = reals.get(pseudonym.toLowerCase(Locale.ROOT));
		if (pseudonym.equals(pseudonym.toUpperCase(Locale.ROOT)) && !pseudonym.equals(pseudonym.toLowerCase(Locale.ROOT))) {
			return real.toUpperCase(Locale.ROOT);
		}
		return real.equals(real.toUpperCase(Locale.ROOT)) ? real.toLowerCase(Locale.ROOT) : real;
	}
}
