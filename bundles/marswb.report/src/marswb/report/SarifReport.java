package marswb.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.engine.CheckDescriptor;
import marswb.engine.KbLinks;
import marswb.engine.Outcomes;
import marswb.engine.QuickFixDescriptor;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Suppression;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;
import marswb.report.internal.Messages;

/**
 * The findings as SARIF 2.1.0 for the tools a team already uses: one run whose driver is marswb with every installed
 * check as a rule, and one result per problem (FAIL, WARN, UNKNOWN, ERROR). SARIF allows a level other than
 * {@code none} only when the kind is {@code fail}, hence {@link #level} and {@link #kind}.
 *
 * @since 0.1
 */
public final class SarifReport {

	static final String VERSION = "2.1.0";
	static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
	/** The base the artifact paths are relative to: the bundle's root. */
	static final String BASE = "BUNDLE";
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private SarifReport() {
	}

	/** {@link #document} as indented JSON text, the file the workbench writes. */
	public static String text(Report report, List<CheckDescriptor> checks) {
		return document(report, checks).toPrettyString();
	}

	/** The log of {@code report}, rules in the order of {@code checks}. */
	public static ObjectNode document(Report report, List<CheckDescriptor> checks) {
		ObjectNode log = NODES.objectNode();
		log.put("$schema", SCHEMA);
		log.put("version", VERSION);
		ObjectNode run = log.putArray("runs").addObject();
		ObjectNode driver = run.putObject("tool").putObject("driver");
		driver.put("name", "marswb");
		driver.put("fullName", "MARS Support Workbench");
		Bundle bundle = Platform.getBundle("marswb.report");
		if (bundle != null) {
			driver.put("version", bundle.getVersion().toString());
		}
		ArrayNode rules = driver.putArray("rules");
		Map<String, Integer> ruleIndex = new HashMap<>();
		for (CheckDescriptor check : checks) {
			ruleIndex.put(check.id(), rules.size());
			ObjectNode rule = rules.addObject();
			rule.put("id", check.id());
			rule.put("name", ruleName(check.id()));
			rule.putObject("shortDescription").put("text", check.title());
			if (check.kb() != null) {
				rule.put("helpUri", KbLinks.url(check.kb(), Locale.getDefault()));
			}
			ObjectNode properties = rule.putObject("properties");
			properties.put("area", check.area());
			properties.put("severity", check.severity().getLiteral());
		}
		run.put("language", Locale.getDefault().getLanguage().equals("zh") ? "zh-CN" : "en");
		if (!report.applied().isEmpty()) {
			// the results are a prediction after these quick-fixes, not what the server showed
			ObjectNode whatIf = run.putObject("properties").putObject("whatIf");
			whatIf.put("text", Messages.format(Messages.Report_whatIfBanner, report.applied().size()));
			ArrayNode fixes = whatIf.putArray("appliedFixes");
			report.applied().forEach(fix -> fixes.add(fix.id()));
		}
		run.putObject("originalUriBaseIds").putObject(BASE).putObject("description").put("text",
				report.server().getBundleName());
		ArrayNode results = run.putArray("results");
		Map<String, String> fixLabels = new HashMap<>();
		QuickFixDescriptor.platform().forEach(fix -> fixLabels.put(fix.id(), fix.label()));
		boolean suppressionsApplied = Suppressions.count(report.diagnosis().getFindings()) > 0;
		for (Finding finding : report.diagnosis().getFindings()) {
			if (Outcomes.isProblem(finding.getOutcome())) {
				ObjectNode result = result(finding, ruleIndex.get(finding.getCheck()), fixLabels);
				if (suppressionsApplied && finding.getSuppression() == null) {
					// SARIF 2.1.0 §3.27.23: an empty array says "not suppressed"; absent would say "not known"
					result.putArray("suppressions");
				}
				results.add(result);
			}
		}
		return log;
	}

	private static ObjectNode result(Finding finding, Integer ruleIndex, Map<String, String> fixLabels) {
		ObjectNode result = NODES.objectNode();
		result.put("ruleId", finding.getCheck());
		if (ruleIndex != null) {
			result.put("ruleIndex", ruleIndex);
		}
		result.put("kind", kind(finding.getOutcome()));
		result.put("level", level(finding.getOutcome()));
		result.put("rank", rank(finding.getSeverity()));
		result.putObject("message").put("text", finding.getTitle() + (finding.getSubjectKey() == null ? ""
				: " [" + finding.getSubjectKey() + "]") + ": " + finding.getMessage());
		ArrayNode locations = result.putArray("locations");
		for (Evidence evidence : finding.getEvidence()) {
			if (evidence.getArtifact() == null) {
				continue;
			}
			ObjectNode physical = locations.addObject().putObject("physicalLocation");
			ObjectNode artifact = physical.putObject("artifactLocation");
			artifact.put("uri", uri(evidence.getArtifact()));
			artifact.put("uriBaseId", BASE);
			if (evidence.getLine() > 0) {
				ObjectNode region = physical.putObject("region");
				region.put("startLine", evidence.getLine());
				if (evidence.getValue() != null) {
					region.putObject("snippet").put("text", evidence.getValue());
				}
			}
		}
		suppression(finding, result);
		ObjectNode properties = result.putObject("properties");
		properties.put("outcome", finding.getOutcome().getLiteral());
		properties.put("area", finding.getArea());
		properties.put("severity", finding.getSeverity().getLiteral());
		properties.put("errorCode", finding.getErrorCode());
		properties.put("subject", finding.getSubjectKey());
		properties.put("key", Report.key(finding));
		properties.put("recommendation", finding.getRecommendation());
		if (!finding.getQuickFixes().isEmpty()) {
			// SARIF fixes carry file edits; a quick-fix changes a server, so it is described here instead
			ArrayNode fixes = properties.putArray("quickFixes");
			for (String fix : finding.getQuickFixes()) {
				int at = fix.indexOf('@');
				fixes.addObject().put("id", fix).put("description",
						fixLabels.get(at < 0 ? fix : fix.substring(0, at)));
			}
		}
		return result;
	}

	/** SARIF 2.1.0 §3.35: a suppression kept outside the analysed artifacts is "external"; ours were accepted. */
	private static void suppression(Finding finding, ObjectNode result) {
		Suppression suppression = finding.getSuppression();
		if (suppression == null) {
			return;
		}
		ObjectNode node = result.putArray("suppressions").addObject();
		node.put("kind", "external");
		node.put("status", "accepted");
		node.put("justification", suppression.getReason());
		node.putObject("properties").put("author", suppression.getAuthor()).put("expires", suppression.getExpires());
	}

	/** FAIL error, WARN warning; every other outcome none, as SARIF demands for a kind other than fail. */
	static String level(Outcome outcome) {
		return switch (outcome) {
		case FAIL -> "error";
		case WARN -> "warning";
		default -> "none";
		};
	}

	static String kind(Outcome outcome) {
		return switch (outcome) {
		case FAIL, WARN -> "fail";
		case UNKNOWN -> "open";
		case ERROR -> "review";
		case INFO -> "informational";
		case PASS -> "pass";
		case NOT_APPLICABLE -> "notApplicable";
		};
	}

	/** SARIF's rank runs from 0 to 100, the most important highest. */
	static int rank(Severity severity) {
		return switch (severity) {
		case CRITICAL -> 95;
		case HIGH -> 75;
		case MEDIUM -> 50;
		case LOW -> 25;
		};
	}

	/** A bundle path as a relative URI reference: spaces and other characters a URI cannot hold are escaped. */
	static String uri(String path) {
		try {
			return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(path, e);
		}
	}

	/** A rule name as SARIF suggests, readable and without spaces: scheduling.task-disabled is TaskDisabled. */
	static String ruleName(String id) {
		StringBuilder name = new StringBuilder();
		for (String word : id.substring(id.lastIndexOf('.') + 1).split("[-_]")) {
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return name.toString();
	}
}
