package marswb.cli.internal;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.engine.Analyzer;
import marswb.engine.CauseChain;
import marswb.engine.KbLinks;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Suppression;
import marswb.model.server.Artifact;
import marswb.model.server.Server;
import marswb.report.AppliedFix;
import marswb.report.Report;
import marswb.report.Suppressions;

/** The JSON of {@code marswb analyze} (docs/schema/analyze.schema.json): a stable contract for other tools. */
final class AnalysisJson {

	static final String FORMAT = "marswb-analysis/1";
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private AnalysisJson() {
	}

	static ObjectNode document(Server server, Diagnosis diagnosis, List<AppliedFix> applied,
			List<Analyzer.CheckTiming> timings) {
		ObjectNode document = NODES.objectNode();
		document.put("format", FORMAT);
		document.put("bundle", server.getBundleName());
		document.put("host", server.getHostName());
		document.put("language", Locale.getDefault().getLanguage().equals("zh") ? "zh-CN" : "en");
		if (!server.getInferred().isEmpty()) {
			// input without a manifest: the host and collection time were inferred, and checks of dates depend on it
			server.getInferred().forEach(document.putArray("inferred")::add);
		}
		document.set("summary", summary(diagnosis));
		ArrayNode artifacts = document.putArray("artifacts");
		for (Artifact artifact : server.getArtifacts()) {
			ObjectNode node = artifacts.addObject();
			node.put("path", artifact.getPath());
			node.put("status", artifact.getStatus().getLiteral());
			node.put("message", artifact.getMessage());
			if (artifact.getRecognition() != null) {
				node.put("source", artifact.getSource());
				node.put("recognition", artifact.getRecognition());
			}
		}
		CauseChain chain = CauseChain.of(diagnosis);
		ArrayNode roots = document.putArray("rootCauses");
		for (Finding root : chain.roots()) {
			ObjectNode node = roots.addObject();
			node.put("finding", Report.key(root));
			ArrayNode symptoms = node.putArray("symptoms");
			chain.symptoms(root).forEach(s -> symptoms.add(Report.key(s)));
		}
		ArrayNode findings = document.putArray("findings");
		diagnosis.getFindings().forEach(f -> findings.add(finding(f, chain)));
		ArrayNode fixes = document.putArray("appliedFixes");
		for (AppliedFix fix : applied) {
			ObjectNode node = fixes.addObject();
			node.put("id", fix.id());
			ArrayNode cleared = node.putArray("cleared");
			fix.delta().cleared().forEach(f -> cleared.add(Report.key(f)));
			ArrayNode appeared = node.putArray("appeared");
			fix.delta().appeared().forEach(f -> appeared.add(Report.key(f)));
		}
		ArrayNode checks = document.putArray("checks");
		for (Analyzer.CheckTiming timing : timings) {
			checks.addObject().put("check", timing.check()).put("durationMs", timing.durationMs()).put("outcome",
					timing.worst().getLiteral());
		}
		return document;
	}

	static ObjectNode summary(Diagnosis diagnosis) {
		ObjectNode summary = NODES.objectNode();
		for (Outcome outcome : Outcome.VALUES) {
			summary.put(outcome.getLiteral(),
					diagnosis.getFindings().stream().filter(f -> f.getOutcome() == outcome).count());
		}
		long suppressed = Suppressions.count(diagnosis.getFindings());
		if (suppressed > 0) {
			summary.put("suppressed", suppressed);
		}
		return summary;
	}

	private static ObjectNode finding(Finding finding, CauseChain chain) {
		ObjectNode node = NODES.objectNode();
		node.put("check", finding.getCheck());
		node.put("area", finding.getArea());
		node.put("outcome", finding.getOutcome().getLiteral());
		node.put("severity", finding.getSeverity().getLiteral());
		node.put("errorCode", finding.getErrorCode());
		node.put("kb", finding.getKb());
		node.put("kbUrl", KbLinks.url(finding.getKb(), Locale.getDefault()));
		ArrayNode related = node.putArray("relatedKb");
		finding.getRelatedKb().forEach(related::add);
		node.put("subject", finding.getSubjectKey());
		node.put("title", finding.getTitle());
		node.put("message", finding.getMessage());
		node.put("recommendation", finding.getRecommendation());
		ArrayNode evidence = node.putArray("evidence");
		for (Evidence item : finding.getEvidence()) {
			ObjectNode e = evidence.addObject();
			e.put("artifact", item.getArtifact());
			e.put("line", item.getLine());
			e.put("value", item.getValue());
		}
		ArrayNode causes = node.putArray("causes");
		finding.getCauses().forEach(cause -> causes.add(Report.key(cause)));
		node.put("rootCause", chain.isRoot(finding));
		ArrayNode explains = node.putArray("explains");
		chain.explains(finding).forEach(symptom -> explains.add(Report.key(symptom)));
		ArrayNode fixes = node.putArray("quickFixes");
		finding.getQuickFixes().forEach(fixes::add);
		Suppression suppression = finding.getSuppression();
		if (suppression != null) {
			node.putObject("suppression").put("check", suppression.getCheck()).put("subject", suppression.getSubject())
					.put("reason", suppression.getReason()).put("author", suppression.getAuthor())
					.put("expires", suppression.getExpires());
		}
		return node;
	}
}
