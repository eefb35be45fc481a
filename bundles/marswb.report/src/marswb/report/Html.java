package marswb.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Builds the markup of the charts, where every value is escaped on the way in: text and attribute values go through
 * {@link #text} and the attribute arguments, and no method takes markup. The pages themselves are templates.
 *
 * @since 0.1
 */
public final class Html {

	private final StringBuilder out = new StringBuilder(64 * 1024);

	/** Escapes the five characters that end text or an attribute value, so bundle values never become markup. */
	public static String escape(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** A Content-Security-Policy source that allows an inline style or script of exactly this text. */
	public static String cspHash(String text) {
		try {
			return "sha256-" + Base64.getEncoder()
					.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** Opens {@code tag} with attribute name/value pairs; a null value leaves its attribute out. */
	public Html open(String tag, String... attributes) {
		out.append('<').append(tag);
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
			}
		}
		out.append('>');
		return this;
	}

	public Html close(String tag) {
		out.append("</").append(tag).append(">\n");
		return this;
	}

	/** {@code <tag attributes>text</tag>}. */
	public Html element(String tag, String text, String... attributes) {
		open(tag, attributes);
		text(text);
		out.append("</").append(tag).append('>');
		return this;
	}

	public Html text(String text) {
		out.append(escape(text));
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
