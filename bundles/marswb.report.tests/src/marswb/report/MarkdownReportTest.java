package marswb.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.DiagnosisFactory;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;

class MarkdownReportTest {

	@Test
	void rootCausesThenProblemsThenMissingEvidenceWithValuesShownAsText() {
		String text = MarkdownReport.render(Fixtures.report());
		int roots = text.indexOf("### Root causes");
		int problems = text.indexOf("### Problems (2)");
		int missing = text.indexOf("### Missing evidence");
		assertTrue(roots > 0 && roots < problems && problems < missing, text);
		assertFalse(text.contains("<script>"), text);
		assertTrue(text.contains("&lt;script&gt;"), text);
		assertTrue(text.contains("`network/winhttp-proxy.txt:4` Proxy Server(s) :  &lt;script&gt;"), text);
		assertTrue(text.contains("- `network/connectivity.csv`: checks waiting on it: connectivity.probe"), text);
		assertFalse(text.contains("Cache space"), "PASS is not a problem");
		// each problem row is one table line with five cells
		text.lines().filter(l -> l.startsWith("| **")).forEach(
				l -> assertTrue(l.replace("\\|", "").chars().filter(c -> c == '|').count() == 6, l));
	}

	@Test
	void aHugeDiagnosisStaysUnder64KbAndSaysWhatItLeftOut() {
		Diagnosis diagnosis = Fixtures.diagnosis();
		for (int i = 0; i < 2000; i++) {
			Finding finding = DiagnosisFactory.eINSTANCE.createFinding();
			finding.setCheck("jobs.failing");
			finding.setArea("jobs");
			finding.setOutcome(Outcome.WARN);
			finding.setSeverity(Severity.LOW);
			finding.setTitle("Job " + i + " failed");
			finding.setRecommendation("x".repeat(500));
			Evidence evidence = DiagnosisFactory.eINSTANCE.createEvidence();
			evidence.setArtifact("agent/jobs.json");
			evidence.setLine(i + 1);
			evidence.setValue("y".repeat(1000));
			finding.getEvidence().add(evidence);
			diagnosis.getFindings().add(finding);
		}
		String text = MarkdownReport.render(new Report(Fixtures.server(), diagnosis, List.of(), null, null));
		int size = text.getBytes(StandardCharsets.UTF_8).length;
		assertTrue(size < MarkdownReport.LIMIT, size + " bytes");
		assertTrue(size > MarkdownReport.LIMIT - 4096, "it fills the room it has: " + size);
		assertTrue(text.contains("more problem(s) left out to stay under 64 KB"), text.substring(text.length() - 500));
		assertTrue(text.contains("Proxy blocks the service"), "the worst come first and stay");
		assertTrue(text.contains("### Missing evidence"), "missing evidence is kept");
	}
}
