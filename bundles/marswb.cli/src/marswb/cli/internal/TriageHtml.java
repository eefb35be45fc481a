package marswb.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import marswb.engine.ServerDates;
import marswb.model.diagnosis.Outcome;
import marswb.report.Html;

/**
 * The triage table as one self-contained HTML page. Its Content-Security-Policy forbids every load and allows only
 * the page's own style and sorting script, by their SHA-256: a value from a customer's bundle that slipped through
 * escaping still could not run or fetch anything. The table is complete without the script, which only sorts by a
 * clicked column.
 */
final class TriageHtml {

	static final String STYLE = """
			body{font-family:sans-serif;margin:1em;color:#222}
			table{border-collapse:collapse;font-size:0.9em}
			th,td{border:1px solid #ccc;padding:0.25em 0.5em;text-align:left;vertical-align:top}
			th{background:#eee;cursor:pointer;white-space:nowrap}
			th[aria-sort=ascending]::after{content:" \\25B2"}
			th[aria-sort=descending]::after{content:" \\25BC"}
			td.n{text-align:right}
			td.FAIL,td.unreadable{background:#f8d0d0}
			td.ERROR{background:#f4c0e0}
			td.WARN{background:#fbe8b0}
			td.UNKNOWN{background:#e0e0f4}
			ul{margin:0;padding-left:1.2em}
			""";

	static final String SCRIPT = """
			document.querySelectorAll('th').forEach(function (th, column) {
			  th.tabIndex = 0;
			  function sort() {
			    var body = th.closest('table').tBodies[0];
			    var ascending = th.getAttribute('aria-sort') !== 'ascending';
			    th.parentNode.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
			    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
			    function key(row) { var c = row.cells[column]; return c.dataset.sort !== undefined ? c.dataset.sort : c.textContent; }
			    var rows = Array.from(body.rows);
			    rows.sort(function (a, b) {
			      var x = key(a), y = key(b), nx = Number(x), ny = Number(y);
			      var r = x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
			      return ascending ? r : -r;
			    });
			    rows.forEach(function (row) { body.appendChild(row); });
			  }
			  th.addEventListener('click', sort);
			  th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
			});
			""";

	private TriageHtml() {
	}

	static void print(List<TriageRow> rows, PrintStream out) {
		StringBuilder html = new StringBuilder();
		String language = Locale.getDefault().getLanguage().equals("zh") ? "zh-CN" : "en";
		html.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head>\n<meta charset=\"utf-8\">\n");
		html.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
				.append(Html.cspHash(STYLE)).append("'; script-src '").append(Html.cspHash(SCRIPT))
				.append("'; base-uri 'none'; form-action 'none'\">\n");
		html.append("<title>").append(Html.escape(Messages.Triage_htmlTitle)).append("</title>\n");
		html.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
		html.append("<h1>").append(Html.escape(Messages.Triage_htmlTitle)).append("</h1>\n<p>")
				.append(Html.escape(TriageText.summary(rows))).append("</p>\n<table>\n<thead><tr>");
		List<String> header = new ArrayList<>(List.of(Messages.Triage_worst));
		Outcome.VALUES.forEach(outcome -> header.add(outcome.getLiteral()));
		header.addAll(List.of(Messages.Triage_host, Messages.Triage_agent, Messages.Triage_collected,
				Messages.Triage_bundle, Messages.Triage_failsOrReason));
		header.forEach(name -> html.append("<th scope=\"col\">").append(Html.escape(name)).append("</th>"));
		html.append("</tr></thead>\n<tbody>\n");
		for (int i = 0; i < rows.size(); i++) {
			row(rows.get(i), i, html);
		}
		html.append("</tbody>\n</table>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
		out.print(html);
	}

	private static void row(TriageRow row, int position, StringBuilder html) {
		String worst = TriageText.worst(row);
		String worstClass = row.error() != null ? "unreadable" : row.worst() == null ? "" : row.worst().getLiteral();
		html.append("<tr><td class=\"").append(worstClass).append("\" data-sort=\"").append(position).append("\">")
				.append(Html.escape(worst)).append("</td>");
		for (Outcome outcome : Outcome.VALUES) {
			html.append("<td class=\"n\">").append(row.error() == null ? row.counts().get(outcome) : "").append("</td>");
		}
		cell(row.host() == null ? "" : row.hostInferred() ? Messages.format(Messages.Show_inferred, row.host())
				: row.host(), html);
		cell(row.agentVersion(), html);
		String collected = row.collectedAtUtc() == null ? null : ServerDates.time(row.collectedAtUtc());
		cell(collected != null && row.collectedInferred() ? Messages.format(Messages.Show_inferred, collected)
				: collected, html);
		cell(row.bundle(), html);
		html.append("<td>");
		if (row.error() != null) {
			html.append(Html.escape(row.error()));
		} else if (!row.fails().isEmpty()) {
			html.append("<ul>");
			row.fails().forEach(fail -> html.append("<li>").append(Html.escape(fail.title())).append("</li>"));
			html.append("</ul>");
		}
		html.append("</td></tr>\n");
	}

	private static void cell(String value, StringBuilder html) {
		html.append("<td>").append(Html.escape(value == null ? "" : value)).append("</td>");
	}
}
