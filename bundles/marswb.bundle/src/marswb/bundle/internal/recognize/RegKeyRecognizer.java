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
		String start = text.stripLeading();
		if (!start.startsWith("Windows Registry Editor Version 5.00") && !start.startsWith("REGEDIT4")) {
			return null;
		}
		for (String line : text.split("\r?\n|\r")) {
			if (line.length() == keyLine.length() && line.strip().toLowerCase(Locale.ROOT).equals(keyLine)) {
				return "key " + shownKey;
			}
		}
		return null;
	}
}
