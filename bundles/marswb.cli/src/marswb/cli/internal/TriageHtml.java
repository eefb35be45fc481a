package marswb.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import marswb.engine.ServerDates;
import marswb.model.diagnosis.Outcome;
import marswb.report.HtmlTemplates;
import marswb.triage.TriageRow;

/**
 * The triage table as one self-contained HTML page, rendered from {@code templates/triage.ftlh} with the report's
 * FreeMarker set-up. Its Content-Security-Policy forbids every load and allows only the page's own style and sorting
 * script, by their SHA-256: a value from a customer's bundle that slipped through escaping still could not run or
 * fetch anything. The table is complete without the script, which only sorts by a clicked column.
 */
final class TriageHtml {

	private static final HtmlTemplates TEMPLATES = new HtmlTemplates(TriageHtml.class, Messages.class);
	private static final String STYLE = TEMPLATES.text("triage.css");
	private static final String SCRIPT = TEMPLATES.text("triage.js");

	private TriageHtml() {
	}

	static void print(List<TriageRow> rows, PrintStream out) {
		Map<String, Object> model = new HashMap<>();
		model.put("lang", Locale.getDefault().getLanguage().equals("zh") ? "zh-CN" : "en");
		model.put("csp", HtmlTemplates.contentSecurityPolicy(STYLE, SCRIPT));
		model.put("style", STYLE);
		model.put("script", SCRIPT);
		model.put("summary", TriageText.summary(rows));
		List<String> header = new ArrayList<>(List.of(Messages.Triage_worst));
		Outcome.VALUES.forEach(outcome -> header.add(outcome.getLiteral()));
		header.addAll(List.of(Messages.Triage_host, Messages.Triage_agent, Messages.Triage_collected,
				Messages.Triage_bundle, Messages.Triage_failsOrReason));
		model.put("header", header);
		model.put("rows", rows.stream().map(TriageHtml::row).toList());
		out.print(TEMPLATES.render("triage.ftlh", model));
	}

	/** A row as the template shows it: every cell a string, empty when unknown. */
	private static Map<String, Object> row(TriageRow row) {
		Map<String, Object> view = new HashMap<>();
		view.put("worst", TriageText.worst(row));
		view.put("worstClass", row.error() != null ? "unreadable" : row.worst() == null ? "" : row.worst().getLiteral());
		view.put("counts", Outcome.VALUES.stream()
				.map(outcome -> row.error() == null ? String.valueOf(row.counts().get(outcome)) : "").toList());
		view.put("host", row.host() == null ? ""
				: row.hostInferred() ? Messages.format(Messages.Show_inferred, row.host()) : row.host());
		view.put("agent", orEmpty(row.agentVersion()));
		String collected = row.collectedAtUtc() == null ? null : ServerDates.time(row.collectedAtUtc());
		view.put("collected", collected != null && row.collectedInferred()
				? Messages.format(Messages.Show_inferred, collected) : orEmpty(collected));
		view.put("bundle", orEmpty(row.bundle()));
		if (row.error() != null) {
			view.put("error", row.error());
		}
		view.put("fails", row.fails().stream().map(fail -> fail.title()).toList());
		return view;
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
