package marswb.bundle.internal.format;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import marswb.bundle.spi.Line;
import marswb.bundle.spi.TextLines;

/**
 * Streams the records of a CSV artifact as {@code ConvertTo-Csv} and {@code systeminfo /fo csv} write it: comma
 * separated, fields usually in double quotes with {@code ""} for a quote, line breaks allowed inside quoted fields.
 * <p>
 * A quote that never closes would otherwise swallow the rest of the file, so a record is bounded in lines and
 * characters; past the bound (or at the end of the text) the record is reported and dropped, and reading starts
 * again at the line after the one where it began. The lines read meanwhile are kept (at most the bound) and read
 * again, so nothing after the damage is lost.
 */
public final class CsvReader implements Closeable {

	public static final int DEFAULT_MAX_RECORD_LINES = 1_000;
	public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;

	private static final String TYPE_INFORMATION = "#TYPE";

	private final TextLines lines;
	private final Consumer<String> problems;
	private final int maxRecordLines;
	private final int maxRecordChars;
	/** Lines read ahead while trying a record that turned out to be broken; they are read again first. */
	private final Deque<Line> replay = new ArrayDeque<>();
	private boolean headerRead;
	private boolean truncationReported;

	/** One field: its value, and where its text starts (for provenance). */
	public record Field(String value, int line, String raw) {
	}

	/**
	 * One record.
	 *
	 * @param line    1-based line where the record starts
	 * @param rawLine the text of that line
	 * @param fields  the fields in order
	 */
	public record Record(int line, String rawLine, List<Field> fields) {

		/** The field at a position, or null when the record is shorter (or the index is negative). */
		public Field field(int index) {
			return index >= 0 && index < fields.size() ? fields.get(index) : null;
		}

		/** The field under a header column, or null when the header lacks the column or the record is short. */
		public Field field(CsvHeader header, String... names) {
			return field(header.index(names));
		}

		public List<String> values() {
			return fields.stream().map(Field::value).toList();
		}
	}

	public CsvReader(TextLines lines, Consumer<String> problems) {
		this(lines, problems, DEFAULT_MAX_RECORD_LINES, DEFAULT_MAX_RECORD_CHARS);
	}

	public CsvReader(TextLines lines, Consumer<String> problems, int maxRecordLines, int maxRecordChars) {
		this.lines = lines;
		this.problems = problems;
		this.maxRecordLines = maxRecordLines;
		this.maxRecordChars = maxRecordChars;
	}

	/**
	 * The header row: the first record after blank lines and {@code #TYPE} lines (ConvertTo-Csv without
	 * -NoTypeInformation). Null for an empty file. Call before the first {@link #next()}.
	 */
	public CsvHeader header() throws IOException {
		if (headerRead) {
			throw new IllegalStateException("header already read");
		}
		headerRead = true;
		Line first;
		while ((first = nextLine()) != null) {
			String text = first.text();
			if (!text.isBlank() && !text.regionMatches(true, 0, TYPE_INFORMATION, 0, TYPE_INFORMATION.length())) {
				Record record = readRecord(first);
				if (record != null) {
					return new CsvHeader(record);
				}
			}
		}
		return null;
	}

	/** The next record, or null at the end. Blank lines between records are skipped. */
	public Record next() throws IOException {
		Line first;
		while ((first = nextLine()) != null) {
			if (first.text().isBlank()) {
				continue;
			}
			Record record = readRecord(first);
			if (record != null) {
				return record;
			}
		}
		return null;
	}

	private Line nextLine() throws IOException {
		Line line = replay.isEmpty() ? lines.next() : replay.pollFirst();
		if (line != null && line.truncated() && !truncationReported) {
			truncationReported = true;
			problems.accept("line " + line.number() + " is too long and was cut; values on it may be incomplete");
		}
		return line;
	}

	/** Reads the record starting at {@code first}; null when it is broken (then reading resumes after first). */
	private Record readRecord(Line first) throws IOException {
		RecordParser parser = new RecordParser();
		List<Line> consumed = new ArrayList<>();
		Line current = first;
		int chars = 0;
		while (true) {
			consumed.add(current);
			chars += current.text().length() + 1;
			switch (parser.parse(current)) {
			case COMPLETE:
				return new Record(first.number(), first.text(), parser.fields);
			case MISALIGNED:
				return broken(first, consumed, "that spans lines closes before text on line " + current.number());
			case OPEN:
				break;
			}
			if (consumed.size() >= maxRecordLines || chars >= maxRecordChars) {
				return broken(first, consumed, "does not close within " + consumed.size() + " lines");
			}
			current = nextLine();
			if (current == null) {
				return broken(first, consumed, "does not close before the end of the file");
			}
			parser.lineBreakInQuotes();
		}
	}

	private Record broken(Line first, List<Line> consumed, String why) {
		problems.accept("line " + first.number() + ": a quoted field " + why
				+ "; the record starting there was skipped");
		// the lines after the first are read again: they may be good records
		for (int i = consumed.size() - 1; i >= 1; i--) {
			replay.addFirst(consumed.get(i));
		}
		return null;
	}

	@Override
	public void close() throws IOException {
		lines.close();
	}

	/** What one line did to the record being read. */
	private enum Outcome {
		/** The record ends on this line. */
		COMPLETE,
		/** A quoted field goes on to the next line. */
		OPEN,
		/**
		 * A quoted field that spans lines closed and text other than a separator follows: ConvertTo-Csv never writes
		 * that, so the field most likely began at a stray quote and took the lines of other records.
		 */
		MISALIGNED
	}

	/** Splits the text of a record, one physical line at a time. */
	private static final class RecordParser {
		private final List<Field> fields = new ArrayList<>();
		private final StringBuilder value = new StringBuilder();
		private boolean inQuotes;
		private boolean spansLines;
		private int fieldLine;
		/** The field's text on its first line; null until known. */
		private String fieldRaw;
		/** Where the field's text starts on its first line. */
		private int rawStart;

		Outcome parse(Line line) {
			String text = line.text();
			int position = inQuotes ? 0 : startField(line, 0);
			while (true) {
				if (inQuotes) {
					int quote = text.indexOf('"', position);
					if (quote < 0) {
						value.append(text, position, text.length());
						rawEndsAt(text, text.length());
						return Outcome.OPEN;
					}
					value.append(text, position, quote);
					if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
						value.append('"');
						position = quote + 2;
						continue;
					}
					inQuotes = false;
					rawEndsAt(text, quote);
					position = quote + 1;
					if (spansLines && position < text.length() && text.charAt(position) != ',') {
						return Outcome.MISALIGNED;
					}
				}
				// an unquoted field, or text after a closing quote: kept as is, as Import-Csv does
				int comma = text.indexOf(',', position);
				int end = comma < 0 ? text.length() : comma;
				value.append(text, position, end);
				rawEndsAt(text, end);
				fields.add(new Field(value.toString(), fieldLine, fieldRaw));
				if (comma < 0) {
					return Outcome.COMPLETE;
				}
				position = startField(line, comma + 1);
			}
		}

		/** Starts a field at {@code position}; returns where its content begins. */
		private int startField(Line line, int position) {
			value.setLength(0);
			fieldLine = line.number();
			fieldRaw = null;
			String text = line.text();
			inQuotes = position < text.length() && text.charAt(position) == '"';
			rawStart = inQuotes ? position + 1 : position;
			return rawStart;
		}

		private void rawEndsAt(String text, int end) {
			if (fieldRaw == null) {
				fieldRaw = text.substring(rawStart, end);
			}
		}

		void lineBreakInQuotes() {
			spansLines = true;
			// the line reader drops the terminator; Windows writes CRLF but one LF is what the model keeps
			value.append('\n');
		}
	}
}
