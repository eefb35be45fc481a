package marswb.bundle.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.bundle.spi.Line;

/**
 * The records of PowerShell console output: {@code Format-Table} (a header, a line of dashes under each column
 * name, then one row per object) or {@code Format-List} ({@code Name : Value} lines, a blank line between objects,
 * long values continued on indented lines). Property names match without case.
 */
public final class PowerShellText {

	private static final Pattern DASHES = Pattern.compile("-+");
	private static final Pattern PROPERTY = Pattern.compile("^(\\S[^:]*?)\\s*: ?(.*)$");

	/** One value: its text (continuation lines joined with LF), the lines it stands on, and the first one's text. */
	public record Cell(String value, int line, String raw, List<Line> lines) {
	}

	private PowerShellText() {
	}

	/** The objects of a table when the text has one, else of a list. */
	public static List<Map<String, Cell>> records(List<Line> lines) {
		for (int i = 1; i < lines.size(); i++) {
			String dashes = lines.get(i).text();
			if (!dashes.isBlank() && dashes.strip().chars().allMatch(c -> c == '-' || c == ' ')
					&& !lines.get(i - 1).text().isBlank()) {
				return table(lines, i);
			}
		}
		return list(lines);
	}

	private static List<Map<String, Cell>> table(List<Line> lines, int dashLine) {
		String header = lines.get(dashLine - 1).text();
		List<int[]> columns = new ArrayList<>();
		Matcher run = DASHES.matcher(lines.get(dashLine).text());
		while (run.find()) {
			columns.add(new int[] { run.start(), run.end() });
		}
		List<Line> rows = new ArrayList<>();
		for (Line line : lines.subList(dashLine + 1, lines.size())) {
			if (!line.text().isBlank()) {
				rows.add(line);
			}
		}
		// Values may be wider than their column's name, on the left (right-aligned numbers) or on the right: the
		// true border between two columns is the last position before the next name's dashes where the header and
		// every row have a space (the widest value or the name itself reaches it).
		List<Line> all = new ArrayList<>(rows);
		all.add(lines.get(dashLine - 1));
		int[] borders = new int[columns.size() + 1];
		borders[columns.size()] = Integer.MAX_VALUE;
		for (int c = 1; c < columns.size(); c++) {
			int from = columns.get(c - 1)[1];
			int to = columns.get(c)[0] - 1;
			borders[c] = to;
			for (int p = to; p >= from; p--) {
				if (allBlankAt(all, p)) {
					borders[c] = p;
					break;
				}
			}
		}
		List<Map<String, Cell>> records = new ArrayList<>();
		for (Line row : rows) {
			Map<String, Cell> record = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (int c = 0; c < columns.size(); c++) {
				String name = slice(header, borders[c], borders[c + 1]);
				String value = slice(row.text(), borders[c], borders[c + 1]);
				if (!name.isEmpty()) {
					record.put(name, new Cell(value, row.number(), value, List.of(row)));
				}
			}
			records.add(record);
		}
		return records;
	}

	private static boolean allBlankAt(List<Line> rows, int position) {
		for (Line row : rows) {
			String text = row.text();
			if (position < text.length() && text.charAt(position) != ' ') {
				return false;
			}
		}
		return true;
	}

	private static String slice(String text, int from, int to) {
		int start = Math.min(from, text.length());
		int end = Math.min(to, text.length());
		return start >= end ? "" : text.substring(start, end).strip();
	}

	private static List<Map<String, Cell>> list(List<Line> lines) {
		List<Map<String, Cell>> records = new ArrayList<>();
		Map<String, Cell> record = null;
		String name = null;
		boolean blankBefore = false;
		for (Line line : lines) {
			String text = line.text();
			if (text.isBlank()) {
				// a blank line ends an object, unless an indented line follows: a long value goes on after it
				blankBefore = true;
				continue;
			}
			Matcher property = PROPERTY.matcher(text);
			if (!Character.isWhitespace(text.charAt(0)) && property.matches()) {
				if (record == null || blankBefore) {
					record = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
					records.add(record);
				}
				name = property.group(1);
				String value = property.group(2).strip();
				record.put(name, new Cell(value, line.number(), value, new ArrayList<>(List.of(line))));
				blankBefore = false;
			} else if (record != null && name != null) {
				blankBefore = false;
				Cell cell = record.get(name);
				cell.lines().add(line);
				record.put(name, new Cell(cell.value() + "\n" + text.strip(), cell.line(), cell.raw(), cell.lines()));
			}
		}
		return records;
	}
}
