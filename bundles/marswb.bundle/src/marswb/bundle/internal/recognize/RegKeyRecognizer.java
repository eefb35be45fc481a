package marswb.bundle.internal.recognize;

import java.util.Locale;

import marswb.bundle.spi.Sample;

/**
 * A {@code reg export} by its header and the key it holds: {@code [KEY]} itself, or the export of a parent key,
 * which lists {@code [KEY]} among its subkeys. Data: the key's full path, e.g.
 * {@code HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows Azure Backup}.
 */
public final class RegKeyRecognizer extends ConfiguredRecognizer {

	private String keyLine;
	private String shownKey;

	@Override
	void configure(String key) {
		if (!key.startsWith("HKEY_")) {
			throw new IllegalArgumentException("not a full key path");
		}
		keyLine = "[" + key.toLowerCase(Locale.ROOT) + "]";
		shownKey = key.replace("HKEY_LOCAL_MACHINE", "HKLM").replace("HKEY_USERS", "HKU");
	}

	@Override
	public String recognize(Sample sample) {
		String text = sample.text();
		int start = start(text);
		if (!text.startsWith("Windows Registry Editor Version 5.00", start) && !text.startsWith("REGEDIT4", start)) {
			return null;
		}
		// key headers start a line; look only there, without splitting or copying the text
		for (int at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
			if ((at == 0 || text.charAt(at - 1) == '\n' || text.charAt(at - 1) == '\r')
					&& text.regionMatches(true, at, keyLine, 0, keyLine.length())
					&& (at + keyLine.length() == text.length() || text.charAt(at + keyLine.length()) == '\r'
							|| text.charAt(at + keyLine.length()) == '\n')) {
				return "key " + shownKey;
			}
		}
		return null;
	}
}
