package marswb.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import marswb.engine.ServerDates;
import marswb.model.diagnosis.Outcome;
import marswb.report.ConfigurationText;
import marswb.triage.TriageRow;

/**
 * The readable triage table: one aligned line per bundle, worst first, and beneath it the titles of its FAIL findings
 * or the reason it could not be read.
 */
final class TriageText {

	private TriageText() {
	}

	static void print(List<TriageRow> rows, PrintStream out) {
		List<String[]> table = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of(Messages.Triage_worst));
		Outcome.VALUES.forEach(outcome -> header.add(FindingText.outcome(outcome)));
		header.addAll(List.of(Messages.Triage_host, Messages.Triage_agent, Messages.Triage_collected,
				Messages.Triage_bundle));
		table.add(header.toArray(String[]::new));
		for (TriageRow row : rows) {
			List<String> cells = new ArrayList<>();
			cells.add(worst(row));
			Outcome.VALUES.forEach(outcome -> cells.add(row.error() == null ? row.counts().get(outcome).toString() : ""));
			cells.add(inferred(row.host(), row.hostInferred()));
			cells.add(orDash(row.agentVersion()));
			cells.add(inferred(row.collectedAtUtc() == null ? null : ServerDates.time(row.collectedAtUtc()),
					row.collectedInferred()));
			cells.add(row.bundle());
			table.add(cells.toArray(String[]::new));
		}
		int[] widths = new int[header.size()];
		for (String[] cells : table) {
			for (int i = 0; i < cells.length; i++) {
				widths[i] = Math.max(widths[i], ConfigurationText.columns(cells[i]));
			}
		}
		for (int r = 0; r < table.size(); r++) {
			String[] cells = table.get(r);
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < cells.length; i++) {
				boolean last = i == cells.length - 1;
				boolean count = i >= 1 && i <= Outcome.VALUES.size();
				String cell = cells[i];
				String pad = " ".repeat(widths[i] - ConfigurationText.columns(cell));
				line.append(count ? pad + cell : last ? cell : cell + pad);
				if (!last) {
					line.append("  ");
				}
			}
			out.println(line.toString().stripTrailing());
			if (r > 0) {
				TriageRow row = rows.get(r - 1);
				row.fails().forEach(fail -> out.println("    " + FindingText.outcome(Outcome.FAIL) + "  " + fail.title()));
				if (row.error() != null) {
					out.println("    " + row.error());
				}
			}
		}
		out.println(summary(rows));
	}

	/** How many bundles, how many with a FAIL, how many unreadable. */
	static String summary(List<TriageRow> rows) {
		return Messages.format(Messages.Triage_summary, rows.size(),
				rows.stream().filter(row -> row.failCount() > 0).count(),
				rows.stream().filter(row -> row.error() != null).count());
	}

	/** The worst outcome's word, or UNREADABLE (translated) for a bundle that could not be read. */
	static String worst(TriageRow row) {
		if (row.error() != null) {
			return Messages.Triage_unreadable;
		}
		return row.worst() == null ? "-" : FindingText.outcome(row.worst());
	}

	private static String inferred(String value, boolean inferred) {
		return value == null ? "-" : inferred ? Messages.format(Messages.Show_inferred, value) : value;
	}

	private static String orDash(String value) {
		return value == null ? "-" : value;
	}
}
