package marswb.ui.internal.triage;

import java.util.Comparator;
import java.util.function.Function;

import marswb.engine.ServerDates;
import marswb.model.diagnosis.Outcome;
import marswb.triage.TriageRow;
import marswb.ui.internal.bundles.FindingWords;

/**
 * The Triage view's columns: those of the {@code triage} command's table (the worst outcome, a count per outcome,
 * host, agent, collection time, bundle) and its FAIL titles or the reason a bundle is unreadable in the last column.
 * Each sorts by its own value, ties worst first.
 */
enum TriageColumn {

	WORST(Messages.Triage_worst, 110, TriageColumn::worst, TriageRow.WORST_FIRST),
	FAIL(Outcome.FAIL), ERROR(Outcome.ERROR), WARN(Outcome.WARN), UNKNOWN(Outcome.UNKNOWN), INFO(Outcome.INFO),
	PASS(Outcome.PASS), NOT_APPLICABLE(Outcome.NOT_APPLICABLE),
	HOST(Messages.Triage_host, 160, row -> inferred(row.host(), row.hostInferred())),
	AGENT(Messages.Triage_agent, 110, row -> orDash(row.agentVersion())),
	COLLECTED(Messages.Triage_collected, 170, TriageColumn::collected,
			Comparator.comparing(TriageRow::collectedAtUtc, Comparator.nullsLast(Comparator.naturalOrder()))),
	BUNDLE(Messages.Triage_bundle, 280, TriageRow::bundle),
	FAILS(Messages.Triage_failsOrReason, 420, TriageColumn::failsOrReason);

	final String title;
	final int width;
	private final Function<TriageRow, String> text;
	/** This column's order, ascending; {@link TriageOrder} adds worst first for ties. */
	final Comparator<TriageRow> order;

	TriageColumn(String title, int width, Function<TriageRow, String> text, Comparator<TriageRow> order) {
		this.title = title;
		this.width = width;
		this.text = text;
		this.order = order;
	}

	TriageColumn(String title, int width, Function<TriageRow, String> text) {
		this(title, width, text, Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
	}

	/** A count per outcome; an unreadable bundle has none, and sorts after every readable one. */
	TriageColumn(Outcome outcome) {
		this(FindingWords.outcome(outcome), 64, row -> row.error() == null ? row.counts().get(outcome).toString() : "",
				Comparator.comparingInt(row -> row.error() == null ? row.counts().get(outcome) : -1));
	}

	String text(TriageRow row) {
		return text.apply(row);
	}

	/** Whether a larger value comes first when the user first sorts by this column: more findings are news. */
	boolean count() {
		return ordinal() >= FAIL.ordinal() && ordinal() <= NOT_APPLICABLE.ordinal();
	}

	static String worst(TriageRow row) {
		if (row.error() != null) {
			return Messages.Triage_unreadable;
		}
		return row.worst() == null ? "-" : FindingWords.outcome(row.worst());
	}

	private static String collected(TriageRow row) {
		return inferred(row.collectedAtUtc() == null ? null : ServerDates.time(row.collectedAtUtc()),
				row.collectedInferred());
	}

	private static String failsOrReason(TriageRow row) {
		if (row.error() != null) {
			return row.error();
		}
		return String.join("; ", row.fails().stream().map(TriageRow.Fail::title).toList());
	}

	private static String inferred(String value, boolean inferred) {
		return value == null ? "-" : inferred ? Messages.bind(Messages.Triage_inferred, value) : value;
	}

	private static String orDash(String value) {
		return value == null ? "-" : value;
	}
}
