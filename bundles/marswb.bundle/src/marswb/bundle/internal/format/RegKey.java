package marswb.bundle.internal.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One key of a {@code .reg} file with its values in file order. */
public final class RegKey {

	private final String path;
	private final int line;
	private final List<RegValue> values = new ArrayList<>();

	RegKey(String path, int line) {
		this.path = path;
		this.line = line;
	}

	/** The path as written between the brackets, e.g. {@code HKEY_LOCAL_MACHINE\SOFTWARE\...}. */
	public String path() {
		return path;
	}

	/** 1-based line of the key's first {@code [...]} line; the path text occurs on it. */
	public int line() {
		return line;
	}

	public List<RegValue> values() {
		return Collections.unmodifiableList(values);
	}

	/**
	 * The value of that name, compared case-insensitively as Windows does; {@code ""} is the default value. When a
	 * name occurs twice the later one wins, as it would on import.
	 */
	public Optional<RegValue> value(String name) {
		String wanted = name.toLowerCase(Locale.ROOT);
		for (int i = values.size() - 1; i >= 0; i--) {
			if (values.get(i).name().toLowerCase(Locale.ROOT).equals(wanted)) {
				return Optional.of(values.get(i));
			}
		}
		return Optional.empty();
	}

	void add(RegValue value) {
		values.add(value);
	}

	@Override
	public String toString() {
		return "[" + path + "] (line " + line + ")";
	}
}
