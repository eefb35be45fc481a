package marswb.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import marswb.engine.CauseChain;
import marswb.engine.KbLinks;
import marswb.engine.KbSections;
import marswb.engine.MissingEvidence;
import marswb.engine.Outcomes;
import marswb.engine.RemediationPlan;
import marswb.engine.DisplayValues;
import marswb.engine.Areas;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Artifact;
import marswb.model.server.Server;
import marswb.report.internal.Charts;
import marswb.report.internal.Messages;

/**
 * The report a customer is sent: one HTML file that needs nothing else, rendered by the FreeMarker template
 * {@code templates/report.ftlh}. Styles and charts are inline, the only script sorts tables and is allowed by its
 * hash, and the Content-Security-Policy forbids every load, so the page reads the same offline, with scripts off and
 * on paper (A4). This class only gathers what the page shows, as plain strings; the template lays it out and escapes
 * every one of them.
 *
 * @since 0.1
 */
public final class HtmlReport {

	private static final HtmlTemplates TEMPLATES = new HtmlTemplates(HtmlReport.class, Messages.class);
	static final String STYLE = TEMPLATES.text("report.css");
	static final String SCRIPT = TEMPLATES.text("report.js");

	private final Report report;
	private final CauseChain chain;

	private HtmlReport(Report report) {
		this.report = report;
		this.chain = CauseChain.of(report.diagnosis());
	}

	/** The whole page, in the language of the default locale. */
	public static String render(Report report) {
		return TEMPLATES.render("report.ftlh", new HtmlReport(report).model());
	}

	/** The policy of the page: nothing may load, and only the page's own style and script, named by hash, run. */
	static String contentSecurityPolicy() {
		return HtmlTemplates.contentSecurityPolicy(STYLE, SCRIPT);
	}

	private Map<String, Object> model() {
		Server server = report.server();
		List<Finding> findings = report.diagnosis().getFindings();
		Map<String, Object> model = new HashMap<>();
		model.put("lang", Locale.getDefault().getLanguage().equals("zh") ? "zh-CN" : "en");
		model.put("csp", contentSecurityPolicy());
		model.put("style", STYLE);
		model.put("script", SCRIPT);
		model.put("title", Messages.format(Messages.Report_title, host(server)));
		model.put("bundle", server.getBundleName());
		// first thing read, so that the page is never quoted as the server's state
		put(model, "whatIfBanner", report.applied().isEmpty() ? null
				: Messages.format(Messages.Report_whatIfBanner, report.applied().size()));
		model.put("facts", List.of(fact(Messages.Report_server, host(server)),
				fact(Messages.Report_bundle, server.getBundleName()),
				fact(Messages.Report_agentVersion, server.getAgent() == null ? null : server.getAgent().getVersion()),
				fact(Messages.Report_collected, collected(server))));
		model.put("counts", Outcome.VALUES.stream().map(outcome -> Map.of("outcome", outcome.getLiteral(), "count",
				Long.toString(findings.stream().filter(f -> f.getOutcome() == outcome).count()))).toList());
		model.put("problems", findings.stream().filter(f -> Outcomes.isProblem(f.getOutcome())).map(this::finding)
				.toList());
		put(model, "jobsChart", Charts.jobs(server.getJobs()));
		put(model, "failedChart",
				Charts.failedFiles(server.getFailedFiles() == null ? List.of() : server.getFailedFiles().getCodes()));
		model.put("roots", chain.roots().stream().map(root -> Map.of("finding", finding(root), "symptoms",
				chain.symptoms(root).stream().map(this::finding).toList())).toList());
		model.put("areas", areas(findings));
		model.put("applied", report.applied().stream().map(fix -> Map.of("id", fix.id(), "cleared",
				keys(fix.delta().cleared()), "appeared", keys(fix.delta().appeared()))).toList());
		put(model, "plan", report.plan() == null ? null : plan(report.plan()));
		model.put("notApplicable", notApplicable(findings));
		model.put("missing", missingEvidence(server, findings));
		model.put("artifacts", server.getArtifacts().stream().map(HtmlReport::artifact).toList());
		put(model, "configuration", report.configuration());
		return model;
	}

	private List<Map<String, Object>> areas(List<Finding> findings) {
		Map<String, List<Finding>> byArea = new LinkedHashMap<>();
		// findings arrive worst first, so areas come in the order of their worst finding
		findings.stream().filter(HtmlReport::listedInArea)
				.forEach(f -> byArea.computeIfAbsent(f.getArea(), a -> new ArrayList<>()).add(f));
		List<Map<String, Object>> areas = new ArrayList<>();
		byArea.forEach((id, listed) -> areas.add(Map.of("id", id, "name", areaName(id), "problems",
				listed.stream().filter(f -> Outcomes.isProblem(f.getOutcome())).map(this::finding).toList(), "others",
				listed.stream().filter(f -> !Outcomes.isProblem(f.getOutcome())).map(this::finding).toList())));
		return areas;
	}

	/**
	 * What the sections after the areas gather is not repeated in its area, and PASS is only counted; a suppressed
	 * finding stays in its area, where its suppression shows.
	 */
	private static boolean listedInArea(Finding finding) {
		return finding.getSuppression() != null || finding.getOutcome() != Outcome.NOT_APPLICABLE
				&& finding.getOutcome() != Outcome.PASS && MissingEvidence.artifact(finding).isEmpty();
	}

	/** A finding as the template shows it; a null value leaves its line out. */
	private Map<String, Object> finding(Finding finding) {
		Map<String, Object> view = new HashMap<>();
		view.put("outcome", finding.getOutcome().getLiteral());
		view.put("severity", finding.getSeverity().getLiteral());
		view.put("areaName", areaName(finding.getArea()));
		view.put("title", title(finding));
		view.put("subject", subject(finding));
		view.put("anchor", anchor(finding));
		view.put("check", finding.getCheck());
		put(view, "errorCode", finding.getErrorCode());
		put(view, "message", finding.getMessage());
		put(view, "suppression", finding.getSuppression() == null ? null : Suppressions.note(finding.getSuppression()));
		put(view, "action", finding.getRecommendation());
		view.put("quickFixes", String.join(", ", finding.getQuickFixes()));
		view.put("evidence", finding.getEvidence().stream().map(HtmlReport::evidence).toList());
		view.put("causes", finding.getCauses().stream()
				.map(cause -> Map.of("title", title(cause), "anchor", anchor(cause))).toList());
		if (finding.getKb() != null) {
			view.put("kbTitle", KbSections.title(finding.getKb()));
			view.put("kbUrl", KbLinks.url(finding.getKb(), Locale.getDefault()));
		}
		return view;
	}

	private static Map<String, Object> evidence(Evidence evidence) {
		Map<String, Object> view = new HashMap<>();
		if (evidence.getArtifact() != null) {
			view.put("location", evidence.getArtifact() + (evidence.getLine() > 0 ? ":" + evidence.getLine() : ""));
		}
		put(view, "value", evidence.getValue());
		return view;
	}

	private static Map<String, Object> plan(RemediationPlan plan) {
		List<Map<String, Object>> steps = new ArrayList<>();
		for (RemediationStep step : plan.steps()) {
			steps.add(Map.of("fix", step.fixId(), "comment", step.comment(), "destructive", step.destructive()));
		}
		List<Map<String, Object>> unaddressed = new ArrayList<>();
		for (RemediationPlan.Unaddressed left : plan.unaddressed()) {
			Map<String, Object> view = new HashMap<>();
			view.put("outcome", left.outcome());
			view.put("title", left.title());
			put(view, "subject", left.subject());
			put(view, "action", left.action());
			unaddressed.add(view);
		}
		return Map.of("steps", steps, "unaddressed", unaddressed, "script", plan.script());
	}

	private static List<Map<String, Object>> notApplicable(List<Finding> findings) {
		Map<String, List<String>> byReason = new LinkedHashMap<>();
		findings.stream().filter(f -> f.getOutcome() == Outcome.NOT_APPLICABLE && f.getSuppression() == null)
				.forEach(f -> byReason.computeIfAbsent(f.getMessage(), r -> new ArrayList<>()).add(Report.key(f)));
		List<Map<String, Object>> rows = new ArrayList<>();
		byReason.forEach((reason, checks) -> {
			Map<String, Object> row = new HashMap<>();
			put(row, "reason", reason);
			row.put("checks", String.join(", ", checks));
			rows.add(row);
		});
		return rows;
	}

	private static List<Map<String, Object>> missingEvidence(Server server, List<Finding> findings) {
		List<Map<String, Object>> rows = new ArrayList<>();
		MissingEvidence.byArtifact(Suppressions.unsuppressed(findings)).forEach((path, checks) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("path", path);
			row.put("waiting", keys(checks));
			server.getArtifacts().stream().filter(a -> a.getPath().equals(path)).findFirst()
					.ifPresent(a -> put(row, "command", a.getCommand()));
			rows.add(row);
		});
		return rows;
	}

	private static Map<String, Object> artifact(Artifact artifact) {
		Map<String, Object> view = new HashMap<>();
		view.put("path", artifact.getPath());
		view.put("status", artifact.getStatus().getLiteral());
		put(view, "message", artifact.getMessage());
		return view;
	}

	private static Map<String, Object> fact(String label, String value) {
		Map<String, Object> fact = new HashMap<>();
		fact.put("label", label);
		put(fact, "value", value);
		return fact;
	}

	/** FreeMarker reads a missing key and a null value alike; Map.of takes no null, so optional values go here. */
	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
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
		String time = DisplayValues.time(server.getCollectedAtUtc(), server);
		return server.getInferred().contains("collectedAtUtc") ? Messages.format(Messages.Report_inferred, time) : time;
	}
}
