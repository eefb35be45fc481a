package marswb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.engine.CheckDescriptor;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;

class SarifReportTest {

	@Test
	void levelIsNoneWheneverKindIsNotFail() {
		for (Outcome outcome : Outcome.VALUES) {
			String kind = SarifReport.kind(outcome);
			String level = SarifReport.level(outcome);
			assertEquals(kind.equals("fail"), !level.equals("none"), outcome + ": " + kind + "/" + level);
		}
		assertEquals("error", SarifReport.level(Outcome.FAIL));
		assertEquals("warning", SarifReport.level(Outcome.WARN));
		assertEquals("open", SarifReport.kind(Outcome.UNKNOWN));
		assertEquals("review", SarifReport.kind(Outcome.ERROR));
		assertEquals("notApplicable", SarifReport.kind(Outcome.NOT_APPLICABLE));
	}

	@Test
	void problemsBecomeResultsWithTheirRuleLocationsAndProperties() {
		List<CheckDescriptor> checks = List.of(
				new CheckDescriptor("jobs.failing", "jobs", "backup-jobs", List.of(), null, Severity.HIGH, "Backups fail",
						List.of(), "test"),
				new CheckDescriptor("connectivity.proxy", "connectivity", "network-connectivity", List.of(), "100050",
						Severity.CRITICAL, "Proxy", List.of(), "test"));
		ObjectNode log = SarifReport.document(Fixtures.report(), checks);
		assertEquals("2.1.0", log.get("version").asText());
		JsonNode run = log.get("runs").get(0);
		assertEquals("marswb", run.at("/tool/driver/name").asText());
		assertEquals("ExecutionPolicyRestricted", SarifReport.ruleName("scheduling.execution-policy-restricted"));
		assertTrue(run.at("/tool/driver/rules/1/helpUri").asText().endsWith("#network-connectivity"));
		JsonNode results = run.get("results");
		assertEquals(3, results.size(), "FAIL, WARN and UNKNOWN; not NOT_APPLICABLE nor PASS");
		JsonNode fail = results.get(0);
		assertEquals("connectivity.proxy", fail.get("ruleId").asText());
		assertEquals(1, fail.get("ruleIndex").asInt());
		assertEquals("error", fail.get("level").asText());
		assertEquals(95, fail.get("rank").asInt());
		assertEquals("network/winhttp-proxy.txt", fail.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
		assertEquals(4, fail.at("/locations/0/physicalLocation/region/startLine").asInt());
		assertEquals("100050", fail.at("/properties/errorCode").asText());
		assertEquals("connectivity.bypass", fail.at("/properties/quickFixes/0/id").asText());
		JsonNode unknown = results.get(2);
		assertEquals("none", unknown.get("level").asText());
		assertTrue(unknown.at("/locations/0/physicalLocation/region").isMissingNode(), "an artifact has no line 0");
	}

	@Test
	void artifactPathsBecomeRelativeUriReferences() {
		assertEquals("agent/logs/CBEngine%20Curr.errlog", SarifReport.uri("agent/logs/CBEngine Curr.errlog"));
		assertEquals("agent/vault-credentials/a%5Bb%5D.VaultCredentials",
				SarifReport.uri("agent/vault-credentials/a[b].VaultCredentials"));
		assertEquals("system/x.txt", SarifReport.uri("system\\x.txt"));
	}
}
