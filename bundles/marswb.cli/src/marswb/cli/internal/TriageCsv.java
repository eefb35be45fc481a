package marswb.cli.internal;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import marswb.model.diagnosis.Outcome;
import marswb.triage.TriageRow;

/**
 * The triage table as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote
 * or a line break, quotes doubled). The columns, named in English in a header line whatever the language, are
 * documented in docs/user-guide.md; the titles of several FAIL findings share one field, one per line.
 */
final class TriageCsv {

	static final List<String> COLUMNS;
	static {
		List<String> columns = new ArrayList<>(List.of("bundle", "host", "agentVersion", "collectedAtUtc",
				"collectedInferred", "worst"));
		Outcome.VALUES.forEach(outcome -> columns.add(outcome.getLiteral()));
		columns.addAll(List.of("failTitles", "error"));
		COLUMNS = List.copyOf(columns);
	}

	private TriageCsv() {
	}

	static void print(List<TriageRow> rows, PrintStream out) {
		record(COLUMNS, out);
		for (TriageRow row : rows) {
			List<String> fields = new ArrayList<>();
			fields.add(row.bundle());
			fields.add(row.host());
			fields.add(row.agentVersion());
			fields.add(utc(row));
			fields.add(row.collectedAtUtc() == null ? "" : String.valueOf(row.collectedInferred()));
			fields.add(row.worst() == null ? "" : row.worst().getLiteral());
			Outcome.VALUES.forEach(outcome -> fields.add(row.counts().get(outcome).toString()));
			fields.add(String.join("\n", row.fails().stream().map(TriageRow.Fail::title).toList()));
			fields.add(row.error());
			record(fields, out);
		}
	}

	/** ISO 8601 in UTC, e.g. {@code 2026-11-19T14:00:06Z}; empty when unknown. */
	static String utc(TriageRow row) {
		return row.collectedAtUtc() == null ? null : DateTimeFormatter.ISO_INSTANT.format(row.collectedAtUtc().toInstant());
	}

	/** One CSV record, CRLF-terminated. */
	static void record(List<String> fields, PrintStream out) {
		out.print(String.join(",", fields.stream().map(TriageCsv::field).toList()) + "\r\n");
	}

	static String field(String value) {
		if (value == null) {
			return "";
		}
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
