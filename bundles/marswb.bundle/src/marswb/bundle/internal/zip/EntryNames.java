package marswb.bundle.internal.zip;

import java.util.Locale;

/**
 * Turns an entry name from a zip or folder into a safe relative path, or says why it is refused. Windows zip
 * writers may use backslashes; they are read as separators before the checks.
 */
final class EntryNames {

	private EntryNames() {
	}

	/** The normalized path, or {@code null} when {@link #refusal(String)} is not null. */
	static String normalize(String name) {
		String path = name.replace('\\', '/');
		while (path.startsWith("./")) {
			path = path.substring(2);
		}
		return path;
	}

	/** Why a name must be refused, or {@code null} when it is acceptable. */
	static String refusal(String name) {
		String path = name.replace('\\', '/');
		if (path.isEmpty()) {
			return "empty name";
		}
		if (path.indexOf('\0') >= 0) {
			return "NUL character in the name";
		}
		if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
			return "absolute path";
		}
		for (String segment : path.split("/")) {
			if (segment.equals("..")) {
				return "path leaves the bundle ('..')";
			}
			if (segment.toLowerCase(Locale.ROOT).matches("^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?$")) {
				return "reserved Windows device name";
			}
		}
		return null;
	}
}
