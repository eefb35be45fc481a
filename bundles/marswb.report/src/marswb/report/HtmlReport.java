package marswb.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import marswb.engine.CauseChain;
import marswb.engine.KbLinks;
import marswb.engine.KbSections;
import marswb.engine.MissingEvidence;
import marswb.engine.Outcomes;
import marswb.engine.spi.RemediationStep;
import marswb.engine.RemediationPlan;
import marswb.engine.ServerDates;
import marswb.engine.Areas;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Artifact;
import marswb.model.server.Server;
import marswb.report.internal.Charts;
import marswb.report.Html;
import marswb.report.internal.Messages;

/**
 * The report a customer is sent: one HTML file that needs nothing else. Styles and charts are inline, the only
 * script sorts tables and is allowed by its hash, and the Content-Security-Policy forbids every load, so the page
 * reads the same offline, with scripts off and on paper (A4).
 *
 * @since 0.1
 */
public final class HtmlReport {

	static final String STYLE = """
			body{font-family:"DejaVu Sans","Segoe UI","Microsoft YaHei",sans-serif;margin:2em auto;max-width:60em;\
			color:#222;line-height:1.4;padding:0 1em}
			h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #345;padding-bottom:.2em;margin-top:1.6em}
			table{border-collapse:collapse;margin:.5em 0;width:100%}th,td{border:1px solid #bbb;padding:.25em .5em;\
			text-align:left;vertical-align:top}th{background:#eef}
			table.sortable th{cursor:pointer}
			.badge{display:inline-block;min-width:4.5em;text-align:center;border-radius:3px;color:#fff;\
			font-size:.8em;padding:.1em .3em;font-weight:bold}
			.o-FAIL{background:#c0392b}.o-ERROR{background:#7d3c98}.o-WARN{background:#d68910}\
			.o-UNKNOWN{background:#5d6d7e}.o-INFO{background:#2e86c1}.o-PASS{background:#1e8449}\
			.o-NOT_APPLICABLE{background:#95a5a6}
			.finding{border-left:4px solid #bbb;padding:.2em .8em;margin:1em 0}
			dl{display:grid;grid-template-columns:9em 1fr;gap:.2em .8em;margin:.4em 0}dt{font-weight:bold}dd{margin:0}
			.pre{white-space:pre-wrap}pre{white-space:pre-wrap;background:#f6f6f6;padding:.6em;font-size:.85em}
			code{background:#f3f3f3;padding:0 .2em}.muted{color:#666}.chart{width:100%;height:auto;max-width:720px}
			@page{size:A4;margin:15mm}
			@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}\
			.finding,tr,svg{break-inside:avoid}a{color:inherit}}
			""";

	static final String SCRIPT = "document.querySelectorAll('table.sortable th').forEach(function(th){"
			+ "th.addEventListener('click',function(){var body=th.closest('table').tBodies[0],i=th.cellIndex,"
			+ "d=th.dataset.dir==='a'?-1:1;th.dataset.dir=d>0?'a':'d';Array.from(body.rows).sort(function(x,y){"
			+ "return d*x.cells[i].textContent.localeCompare(y.cells[i].textContent,undefined,{numeric:true});})"
			+ ".forEach(function(r){body.appendChild(r);});});});";

	private final Report report;
	private final Html html = new Html();
	private final CauseChain chain;

	private HtmlReport(Report report) {
		this.report = report;
		this.chain = CauseChain.of(report.diagnosis());
	}

	/** The whole page. */
	public static String render(Report report) {
		return new HtmlReport(report).page();
	}

	/** The policy of the page: nothing may load, and only the page's own style and script, named by hash, run. */
	static String contentSecurityPolicy() {
		return "default-src 'none'; style-src '" + Html.cspHash(STYLE) + "'; script-src '" + Html.cspHash(SCRIPT)
				+ "'; img-src 'none'; base-uri 'none'; form-action 'none'";
	}

	private String page() {
		Server server = report.server();
		html.raw("<!DOCTYPE html>\n");
		html.open("html", "lang", Locale.getDefault().getLanguage().equals("zh") ? "zh-CN" : "en").raw("\n<head>\n");
		html.open("meta", "charset", "utf-8").raw("\n");
		html.open("meta", "http-equiv", "Content-Security-Policy", "content", contentSecurityPolicy()).raw("\n");
		html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").raw("\n");
		html.element("title", Messages.format(Messages.Report_title, host(server))).raw("\n");
		html.raw("<style>").raw(STYLE).raw("</style>\n</head>\n<body>\n");
		html.element("h1", Messages.format(Messages.Report_title, host(server)));
		summary(server);
		charts(server);
		rootCauses();
		areas();
		whatIfs();
		notApplicable();
		missingEvidence(server);
		artifacts(server);
		appendix();
		html.element("p", Messages.format(Messages.Report_footer, server.getBundleName()), "class", "muted");
		html.raw("\n<script>").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
		return html.toString();
	}

	private void summary(Server server) {
		section("summary", Messages.Report_sectionSummary);
		html.open("table");
		row(Messages.Report_server, host(server));
		row(Messages.Report_bundle, server.getBundleName());
		row(Messages.Report_agentVersion, server.getAgent() == null ? null : server.getAgent().getVersion());
		row(Messages.Report_collected, collected(server));
		html.close("table");
		html.open("table", "class", "counts").open("tr");
		for (Outcome outcome : Outcome.VALUES) {
			html.open("th").element("span", outcome.getLiteral(), "class", "badge o-" + outcome.getLiteral())
					.close("th");
		}
		html.close("tr").open("tr");
		for (Outcome outcome : Outcome.VALUES) {
			html.element("td", Long.toString(report.diagnosis().getFindings().stream()
					.filter(f -> f.getOutcome() == outcome).count()));
		}
		html.close("tr").close("table");
		List<Finding> problems = report.diagnosis().getFindings().stream().filter(f -> Outcomes.isProblem(f.getOutcome()))
				.toList();
		html.element("h3", Messages.format(Messages.Report_problems, problems.size()));
		if (problems.isEmpty()) {
			html.element("p", Messages.Report_noProblems);
		} else {
			html.open("table", "class", "sortable", "id", "problems").open("thead").open("tr");
			for (String column : List.of(Messages.Report_outcome, Messages.Report_severity, Messages.Report_area,
					Messages.Report_finding)) {
				html.element("th", column);
			}
			html.close("tr").close("thead").open("tbody");
			// the diagnosis is sorted worst first, and the table keeps that order until a reader sorts it
			for (Finding finding : problems) {
				html.open("tr").open("td").raw(badge(finding)).close("td");
				html.element("td", finding.getSeverity().getLiteral()).element("td", areaName(finding.getArea()));
				html.open("td").element("a", title(finding), "href", "#" + anchor(finding)).close("td");
				html.close("tr");
			}
			html.close("tbody").close("table");
		}
		html.close("section");
	}

	private void charts(Server server) {
		section("charts", Messages.Report_sectionCharts);
		html.element("h3", Messages.Report_chartJobs);
		Charts.jobs(html, server.getJobs());
		html.element("h3", Messages.Report_chartFailed);
		Charts.failedFiles(html, server.getFailedFiles() == null ? List.of() : server.getFailedFiles().getCodes());
		html.close("section");
	}

	private void rootCauses() {
		List<Finding> roots = chain.roots();
		if (roots.isEmpty()) {
			return;
		}
		section("root-causes", Messages.format(Messages.Report_sectionRootCauses, roots.size()));
		html.open("ol");
		for (Finding root : roots) {
			html.open("li").raw(badge(root)).text(" ").element("a", title(root), "href", "#" + anchor(root));
			List<Finding> symptoms = chain.symptoms(root);
			if (!symptoms.isEmpty()) {
				html.open("ul");
				for (Finding symptom : symptoms) {
					html.open("li").raw(badge(symptom)).text(" ")
							.element("a", title(symptom), "href", "#" + anchor(symptom)).close("li");
				}
				html.close("ul");
			}
			html.close("li");
		}
		html.close("ol").close("section");
	}

	private void areas() {
		Map<String, List<Finding>> byArea = new LinkedHashMap<>();
		// findings arrive worst first, so areas come in the order of their worst finding
		report.diagnosis().getFindings().stream().filter(HtmlReport::listedInArea)
				.forEach(f -> byArea.computeIfAbsent(f.getArea(), a -> new ArrayList<>()).add(f));
		for (Map.Entry<String, List<Finding>> area : byArea.entrySet()) {
			section("area-" + area.getKey(), areaName(area.getKey()));
			area.getValue().stream().filter(f -> Outcomes.isProblem(f.getOutcome())).forEach(this::finding);
			List<Finding> others = area.getValue().stream().filter(f -> !Outcomes.isProblem(f.getOutcome())).toList();
			if (!others.isEmpty()) {
				html.open("ul");
				others.forEach(f -> html.open("li").raw(badge(f)).text(" " + f.getMessage() + subject(f)).close("li"));
				html.close("ul");
			}
			html.close("section");
		}
	}

	/** What the sections after the areas gather is not repeated in its area, and PASS is only counted. */
	private static boolean listedInArea(Finding finding) {
		return finding.getOutcome() != Outcome.NOT_APPLICABLE && finding.getOutcome() != Outcome.PASS
				&& MissingEvidence.artifact(finding).isEmpty();
	}

	private void finding(Finding finding) {
		html.open("article", "class", "finding", "id", anchor(finding));
		html.open("h3").raw(badge(finding)).text(" " + finding.getSeverity().getLiteral() + " · " + title(finding))
				.close("h3");
		html.open("dl");
		definition(Messages.Report_check, finding.getCheck());
		definition(Messages.Report_code, finding.getErrorCode());
		definition(Messages.Report_found, finding.getMessage());
		if (!finding.getEvidence().isEmpty()) {
			html.element("dt", Messages.Report_evidence).open("dd").open("ul");
			for (Evidence evidence : finding.getEvidence()) {
				html.open("li");
				if (evidence.getArtifact() != null) {
					html.element("code", evidence.getArtifact() + (evidence.getLine() > 0 ? ":" + evidence.getLine() : ""))
							.text(" ");
				}
				html.text(evidence.getValue()).close("li");
			}
			html.close("ul").close("dd");
		}
		definition(Messages.Report_action, finding.getRecommendation());
		if (!finding.getCauses().isEmpty()) {
			html.element("dt", Messages.Report_causes).open("dd");
			for (Finding cause : finding.getCauses()) {
				html.element("a", title(cause), "href", "#" + anchor(cause)).text(" ");
			}
			html.close("dd");
		}
		definition(Messages.Report_quickFixes, String.join(", ", finding.getQuickFixes()));
		if (finding.getKb() != null) {
			html.element("dt", Messages.Report_article).open("dd")
					.element("a", KbSections.title(finding.getKb()), "href", KbLinks.url(finding.getKb(), Locale.getDefault()))
					.close("dd");
		}
		html.close("dl").close("article");
	}

	private void whatIfs() {
		if (report.applied().isEmpty() && report.plan() == null) {
			return;
		}
		section("what-if", Messages.Report_sectionWhatIf);
		if (!report.applied().isEmpty()) {
			html.open("table").open("tr").element("th", Messages.Report_fix).element("th", Messages.Report_cleared)
					.element("th", Messages.Report_appeared).close("tr");
			for (AppliedFix fix : report.applied()) {
				html.open("tr").open("td").element("code", fix.id()).close("td")
						.element("td", keys(fix.delta().cleared())).element("td", keys(fix.delta().appeared()))
						.close("tr");
			}
			html.close("table");
		}
		RemediationPlan plan = report.plan();
		if (plan != null) {
			html.element("h3", Messages.format(Messages.Report_plan, plan.steps().size()));
			html.open("ol");
			for (RemediationStep step : plan.steps()) {
				html.open("li").element("code", step.fixId()).text(" " + step.comment()
						+ (step.destructive() ? " (" + Messages.Report_destructive + ")" : "")).close("li");
			}
			html.close("ol");
			if (!plan.unaddressed().isEmpty()) {
				html.element("h3", Messages.Report_unaddressed).open("ul");
				for (RemediationPlan.Unaddressed left : plan.unaddressed()) {
					html.open("li").element("span", left.outcome(), "class", "badge o-" + left.outcome())
							.text(" " + left.title() + (left.subject() == null ? "" : " [" + left.subject() + "]")
									+ (left.action() == null ? "" : ": " + left.action()))
							.close("li");
				}
				html.close("ul");
			}
			html.element("h3", Messages.Report_planScript).element("pre", plan.script());
		}
		html.close("section");
	}

	private void notApplicable() {
		Map<String, List<String>> byReason = new LinkedHashMap<>();
		report.diagnosis().getFindings().stream().filter(f -> f.getOutcome() == Outcome.NOT_APPLICABLE)
				.forEach(f -> byReason.computeIfAbsent(f.getMessage(), r -> new ArrayList<>()).add(Report.key(f)));
		if (byReason.isEmpty()) {
			return;
		}
		section("not-applicable", Messages.Report_sectionNotApplicable);
		html.open("table").open("tr").element("th", Messages.Report_reason).element("th", Messages.Report_checks)
				.close("tr");
		byReason.forEach((reason, checks) -> html.open("tr").element("td", reason)
				.element("td", String.join(", ", checks)).close("tr"));
		html.close("table").close("section");
	}

	private void missingEvidence(Server server) {
		Map<String, List<Finding>> waiting = MissingEvidence.byArtifact(report.diagnosis().getFindings());
		if (waiting.isEmpty()) {
			return;
		}
		section("missing-evidence", Messages.Report_sectionMissing);
		html.open("table").open("tr").element("th", Messages.Report_artifact).element("th", Messages.Report_collectWith)
				.element("th", Messages.Report_waiting).close("tr");
		waiting.forEach((path, checks) -> {
			Optional<Artifact> artifact = server.getArtifacts().stream().filter(a -> a.getPath().equals(path))
					.findFirst();
			html.open("tr").open("td").element("code", path).close("td")
					.open("td").element("code", artifact.map(Artifact::getCommand).orElse(null)).close("td")
					.element("td", keys(checks)).close("tr");
		});
		html.close("table").close("section");
	}

	private void artifacts(Server server) {
		section("artifacts", Messages.Report_sectionArtifacts);
		html.open("table", "class", "sortable").open("thead").open("tr").element("th", Messages.Report_artifact)
				.element("th", Messages.Report_status).element("th", Messages.Report_message).close("tr")
				.close("thead").open("tbody");
		for (Artifact artifact : server.getArtifacts()) {
			html.open("tr").open("td").element("code", artifact.getPath()).close("td")
					.element("td", artifact.getStatus().getLiteral()).element("td", artifact.getMessage()).close("tr");
		}
		html.close("tbody").close("table").close("section");
	}

	private void appendix() {
		if (report.configuration() == null) {
			return;
		}
		section("configuration", Messages.Report_sectionConfiguration);
		html.element("pre", report.configuration()).close("section");
	}

	private void section(String id, String heading) {
		html.open("section", "id", id).element("h2", heading).raw("\n");
	}

	private void row(String label, String value) {
		html.open("tr").element("th", label).element("td", value == null ? Messages.Report_unknown : value)
				.close("tr");
	}

	private void definition(String label, String text) {
		if (text != null && !text.isBlank()) {
			html.element("dt", label).element("dd", text, "class", "pre");
		}
	}

	private static String badge(Finding finding) {
		String outcome = finding.getOutcome().getLiteral();
		return "<span class=\"badge o-" + outcome + "\">" + outcome + "</span>";
	}

	private static String title(Finding finding) {
		return finding.getTitle() + subject(finding);
	}

	private static String subject(Finding finding) {
		return finding.getSubjectKey() == null ? "" : " [" + finding.getSubjectKey() + "]";
	}

	/** A fragment id per finding; ids may hold any character but white space. */
	private static String anchor(Finding finding) {
		return "f-" + Report.key(finding).replaceAll("\\s", "_");
	}

	private static String keys(List<Finding> findings) {
		return findings.isEmpty() ? "-" : String.join(", ", findings.stream().map(Report::key).toList());
	}

	private static String areaName(String area) {
		return Areas.platform().name(area);
	}

	private static String host(Server server) {
		return server.getHostName() == null ? Messages.Report_unknown : server.getHostName();
	}

	private static String collected(Server server) {
		if (server.getCollectedAtUtc() == null) {
			return null;
		}
		String time = ServerDates.time(server.getCollectedAtUtc());
		return server.getInferred().contains("collectedAtUtc") ? Messages.format(Messages.Report_inferred, time) : time;
	}
}
