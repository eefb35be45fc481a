package marswb.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the {@code ManagementCert} (a PFX with the vault certificate's private key) out of a VaultCredentials file
 * before the file enters a bundle, as the collector does on the server, and marks the element so that the reader
 * knows the file had a certificate: {@code <ManagementCert xmlns:mwb="urn:marswb:collector" mwb:removed="true"/>}.
 * Fails closed: a file in which a certificate would survive is refused, never copied. The marker is part of the
 * bundle format (docs/bundle-format.md), so whoever writes a bundle (import, redaction) removes the certificate here.
 *
 * @since 0.1
 */
public final class ManagementCertRemoval {

	/** The namespace of the marker attribute; the collector script writes the same. */
	public static final String NAMESPACE = "urn:marswb:collector";
	/** The marker attribute's local name. */
	public static final String MARKER = "removed";
	/** The marker attribute's value. */
	public static final String MARKER_VALUE = "true";

	private static final Pattern ELEMENT = Pattern.compile(
			"<((?:[\\w.-]+:)?ManagementCert)(\\s[^>]*)?>((?:[^<]|<!\\[CDATA\\[.*?\\]\\]>)*)</\\1\\s*>", Pattern.DOTALL);
	private static final Pattern ANY_CONTENT = Pattern.compile(
			"<(?:[\\w.-]+:)?ManagementCert(?:\\s[^>]*)?>(.*?)</(?:[\\w.-]+:)?ManagementCert", Pattern.DOTALL);

	private ManagementCertRemoval() {
	}

	/** @return the file without its certificate, in the encoding it came in (BOM kept) */
	public static byte[] strip(byte[] file) throws IOException {
		int bom = 0;
		Charset charset = StandardCharsets.UTF_8;
		if (file.length >= 2 && (file[0] & 0xFF) == 0xFF && (file[1] & 0xFF) == 0xFE) {
			charset = StandardCharsets.UTF_16LE;
			bom = 2;
		} else if (file.length >= 2 && (file[0] & 0xFF) == 0xFE && (file[1] & 0xFF) == 0xFF) {
			charset = StandardCharsets.UTF_16BE;
			bom = 2;
		} else if (file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF) {
			bom = 3;
		}
		String text;
		try {
			text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(file, bom, file.length - bom)).toString();
		} catch (CharacterCodingException e) {
			throw new IOException("the vault credentials file is not " + charset + " text; it is left out so that its"
					+ " ManagementCert cannot leave with it");
		}
		Matcher element = ELEMENT.matcher(text);
		StringBuilder stripped = new StringBuilder(text.length());
		while (element.find()) {
			String attributes = element.group(2) == null ? "" : element.group(2);
			// the certificate's line breaks stay inside the tag, so every later line keeps its number
			String replacement = element.group(3).isBlank() ? element.group()
					: "<" + element.group(1) + attributes + " xmlns:mwb=\"" + NAMESPACE + "\" mwb:" + MARKER + "=\""
							+ MARKER_VALUE + "\"" + element.group(3).replaceAll("[^\r\n]", "") + "/>";
			element.appendReplacement(stripped, Matcher.quoteReplacement(replacement));
		}
		element.appendTail(stripped);
		Matcher left = ANY_CONTENT.matcher(stripped);
		while (left.find()) {
			if (!left.group(1).isBlank()) {
				throw new IOException("the ManagementCert of the vault credentials file could not be removed safely;"
						+ " the file is left out");
			}
		}
		byte[] body = stripped.toString().getBytes(charset);
		byte[] out = new byte[bom + body.length];
		System.arraycopy(file, 0, out, 0, bom);
		System.arraycopy(body, 0, out, bom, body.length);
		return out;
	}
}
