package marswb.bundle.internal.format;

import java.util.List;
import java.util.Locale;

/** The header row of a CSV artifact: column names, looked up without regard to case or surrounding blanks. */
public final class CsvHeader {

	private final CsvReader.Record record;
	private final List<String> keys;

	public CsvHeader(CsvReader.Record record) {
		this.record = record;
		this.keys = record.fields().stream().map(field -> key(field.value())).toList();
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** Position of the first of the names that is a column, or -1. */
	public int index(String... names) {
		for (String name : names) {
			int index = keys.indexOf(key(name));
			if (index >= 0) {
				return index;
			}
		}
		return -1;
	}

	public boolean has(String name) {
		return index(name) >= 0;
	}

	public int size() {
		return keys.size();
	}

	/** The names as written. */
	public List<String> names() {
		return record.values();
	}

	/** Line of the header row. */
	public int line() {
		return record.line();
	}

	/** The header row as a record (for the origin of facts drawn from the file as a whole). */
	public CsvReader.Record record() {
		return record;
	}
}
