package marswb.bundle.internal.zip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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

	/**
	 * The entries whose paths are the same once case is ignored, as Windows (where bundles are made) ignores it, each
	 * with the reason it is refused. Every copy is refused: nothing says which one the collector wrote.
	 */
	static <E> Map<E, String> collisions(List<E> entries, Function<E, String> name) {
		Map<String, List<E>> byKey = new LinkedHashMap<>();
		for (E entry : entries) {
			byKey.computeIfAbsent(normalize(name.apply(entry)).toUpperCase(Locale.ROOT), key -> new ArrayList<>())
					.add(entry);
		}
		Map<E, String> refused = new HashMap<>();
		for (List<E> same : byKey.values()) {
			if (same.size() > 1) {
				List<String> names = same.stream().map(name).toList();
				String reason = same.size() + " entries have this name (letter case aside), so none is read: "
						+ String.join(", ", names);
				same.forEach(entry -> refused.put(entry, reason));
			}
		}
		return refused;
	}
}
