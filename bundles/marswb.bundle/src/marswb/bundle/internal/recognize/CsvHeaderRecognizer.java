package marswb.bundle.internal.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import marswb.bundle.spi.Sample;

/**
 * A CSV file ({@code ConvertTo-Csv}, {@code systeminfo /fo csv}) by the columns of its first line. Data: the
 * columns it must have, comma-separated; {@code |} separates the spellings of one column in other languages
 * ({@code Host Name|主机名}).
 */
public final class CsvHeaderRecognizer extends ConfiguredRecognizer {

	/** systeminfo's header, the longest, has some 30 columns. */
	private static final int MAX_HEADER_CHARS = 8 * 1024;

	private List<List<String>> columns;

	@Override
	void configure(String data) {
		columns = new ArrayList<>();
		for (String column : data.split(",")) {
			List<String> spellings = new ArrayList<>();
			for (String spelling : column.split("\\|")) {
				spellings.add(spelling.strip().toLowerCase(Locale.ROOT));
			}
			columns.add(spellings);
		}
	}

	@Override
	public String recognize(Sample sample) {
		String first = firstLine(sample.text());
		if (first == null || first.indexOf(',') < 0) {
			return null;
		}
		Map<String, String> header = new HashMap<>();
		for (String cell : first.split(",", -1)) {
			String name = cell.strip();
			if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
				name = name.substring(1, name.length() - 1);
			}
			header.put(name.toLowerCase(Locale.ROOT), name);
		}
		List<String> found = new ArrayList<>();
		for (List<String> spellings : columns) {
			String match = spellings.stream().map(header::get).filter(Objects::nonNull).findFirst().orElse(null);
			if (match == null) {
				return null;
			}
			found.add(match);
		}
		return "CSV header " + String.join(", ", found);
	}

	/** The first line that is not blank; {@code #TYPE} lines of older PowerShell come before the header. */
	static String firstLine(String text) {
		int at = 0;
		for (int lines = 0; lines < 8 && at < text.length(); lines++) {
			int end = at;
			while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
				if (++end - at > MAX_HEADER_CHARS) {
					return null; // binary data or a log line, not a header
				}
			}
			String line = text.substring(at, end);
			if (!line.isBlank() && !line.startsWith("#TYPE")) {
				return line;
			}
			at = end + (text.startsWith("\r\n", end) ? 2 : 1);
		}
		return null;
	}
}
