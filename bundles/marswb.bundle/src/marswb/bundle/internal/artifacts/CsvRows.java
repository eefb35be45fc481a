package marswb.bundle.internal.artifacts;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;

import marswb.bundle.internal.format.CsvHeader;
import marswb.bundle.internal.format.CsvReader;
import marswb.bundle.internal.format.CsvReader.Field;
import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.internal.format.CultureDates;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Located;

/**
 * The rows of a CSV artifact (ConvertTo-Csv output) and the conversions its parsers share. Every value goes into
 * the model with the line and text of its field. ConvertTo-Csv writes $null as an empty field, so an empty field
 * leaves the model value null (not collected) unless a parser knows better.
 */
final class CsvRows implements Closeable {

	private final ParseContext context;
	private final CsvReader reader;
	private final CsvHeader header;
	private final ZoneOffset serverOffset;
	private int unparsedDates;
	private String firstUnparsedDate;
	private int shortRows;
	private int firstShortRow;

	private CsvRows(ParseContext context, CsvReader reader, CsvHeader header) {
		this.context = context;
		this.reader = reader;
		this.header = header;
		// the server's offset at collection; without a manifest the dates are taken as UTC
		this.serverOffset = context.collectionOffset().orElse(ZoneOffset.UTC);
	}

	/**
	 * Opens the artifact and reads its header. An empty file is a valid table without rows (ConvertTo-Csv of
	 * nothing writes nothing). A header holding none of {@code expected} is not the command's output at all.
	 */
	static CsvRows open(ArtifactInput input, ParseContext context, String command, String... expected)
			throws IOException, ArtifactFormatException {
		CsvReader reader = new CsvReader(input.openLines(), context::problem);
		try {
			CsvHeader header = reader.header();
			if (header != null && expected.length > 0) {
				checkColumns(context, header, command, expected);
			}
			return new CsvRows(context, reader, header);
		} catch (IOException | ArtifactFormatException | RuntimeException e) {
			reader.close();
			throw e;
		}
	}

	private static void checkColumns(ParseContext context, CsvHeader header, String command, String... expected)
			throws ArtifactFormatException {
		List<String> missing = new ArrayList<>();
		for (String column : expected) {
			if (!header.has(column)) {
				missing.add(column);
			}
		}
		if (missing.size() == expected.length) {
			throw new ArtifactFormatException("the header has none of the columns " + String.join(", ", expected)
					+ " of `" + command + "`", header.line());
		}
		if (!missing.isEmpty()) {
			context.problem("the header lacks the column(s) " + String.join(", ", missing) + " (line "
					+ header.line() + ")");
		}
	}

	/** Null for an empty file. */
	CsvHeader header() {
		return header;
	}

	/**
	 * The next row, or null at the end. ConvertTo-Csv and systeminfo write every column of every row, so a row with
	 * fewer fields is a fragment (typically the lines of a damaged multi-line field read again after it): skipped,
	 * and counted for one report.
	 */
	Record next() throws IOException {
		if (header == null) {
			return null;
		}
		Record row;
		while ((row = reader.next()) != null && row.fields().size() < header.size()) {
			if (shortRows++ == 0) {
				firstShortRow = row.line();
			}
		}
		return row;
	}

	/** The field of a column; null when the column or the field is missing. */
	Field field(Record row, String column) {
		return header == null ? null : row.field(header, column);
	}

	/** The text of a column; null when missing or empty. */
	String text(Record row, String column) {
		Field field = field(row, column);
		return field == null || field.value().isEmpty() ? null : field.value();
	}

	/** Sets a text attribute from a column; returns the value set, or null. */
	String setText(Located owner, EAttribute feature, Record row, String column) {
		Field field = field(row, column);
		if (field == null || field.value().isEmpty()) {
			return null;
		}
		context.set(owner, feature, field.value(), field.line(), field.raw());
		return field.value();
	}

	void setInteger(Located owner, EAttribute feature, Record row, String column) {
		parseLong(row, column).ifPresent(value -> {
			Field field = field(row, column);
			if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
				context.problem(column + " '" + field.value() + "' is out of range (line " + field.line() + ")");
			} else {
				context.set(owner, feature, value.intValue(), field.line(), field.raw());
			}
		});
	}

	void setLong(Located owner, EAttribute feature, Record row, String column) {
		parseLong(row, column).ifPresent(
				value -> context.set(owner, feature, value, field(row, column).line(), field(row, column).raw()));
	}

	/** The whole number in a column; a value that is not one is reported. */
	Optional<Long> parseLong(Record row, String column) {
		Field field = field(row, column);
		if (field == null || field.value().isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(field.value().strip()));
		} catch (NumberFormatException e) {
			context.problem(column + " '" + field.value() + "' is not a whole number (line " + field.line() + ")");
			return Optional.empty();
		}
	}

	/** PowerShell prints booleans as True/False. */
	void setBoolean(Located owner, EAttribute feature, Record row, String column) {
		Field field = field(row, column);
		if (field == null || field.value().isBlank()) {
			return;
		}
		String value = field.value().strip().toLowerCase(Locale.ROOT);
		if (value.equals("true") || value.equals("false")) {
			context.set(owner, feature, Boolean.valueOf(value), field.line(), field.raw());
		} else {
			context.problem(column + " '" + field.value() + "' is neither True nor False (line " + field.line() + ")");
		}
	}

	/**
	 * Sets a date attribute from a column printed in the server's culture. Dates in an unknown form are counted and
	 * reported once by {@link #close()}; the return value tells whether the date was understood.
	 */
	boolean setCultureDate(Located owner, EAttribute feature, Record row, String column) {
		Field field = field(row, column);
		if (field == null || field.value().isBlank()) {
			return false;
		}
		Optional<LocalDateTime> local = CultureDates.parse(field.value());
		if (local.isEmpty()) {
			if (unparsedDates++ == 0) {
				firstUnparsedDate = "'" + field.value() + "' (line " + field.line() + ")";
			}
			return false;
		}
		context.set(owner, feature, CultureDates.toDate(local.get(), serverOffset), field.line(), field.raw());
		return true;
	}

	/** Records where a model object was read from: the line its row starts on. */
	void located(Located owner, Record row) {
		context.located(owner, row.line(), row.rawLine());
	}

	@Override
	public void close() throws IOException {
		reader.close();
		if (shortRows > 0) {
			context.problem(shortRows + " row(s) have fewer fields than the header, the first at line " + firstShortRow
					+ "; they were skipped");
		}
		if (unparsedDates > 0) {
			context.problem(unparsedDates + " date(s) in a form that is not recognised, e.g. " + firstUnparsedDate
					+ "; they are kept as text only where the model has a text field");
		}
	}
}
