package marswb.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.compare.Comparison;
import marswb.compare.FindingDelta;
import marswb.compare.ModelComparer;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.DiagnosisFactory;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.ServerFactory;

class FindingsComparisonTest {

	private static Diagnosis diagnosis(Object... checkSubjectOutcome) {
		Diagnosis diagnosis = DiagnosisFactory.eINSTANCE.createDiagnosis();
		for (int i = 0; i < checkSubjectOutcome.length; i += 3) {
			Finding finding = DiagnosisFactory.eINSTANCE.createFinding();
			finding.setCheck((String) checkSubjectOutcome[i]);
			finding.setArea(finding.getCheck().substring(0, finding.getCheck().indexOf('.')));
			finding.setSubjectKey((String) checkSubjectOutcome[i + 1]);
			finding.setOutcome((Outcome) checkSubjectOutcome[i + 2]);
			diagnosis.getFindings().add(finding);
		}
		return diagnosis;
	}

	@Test
	void problemsAreComparedPerCheckAndSubject() {
		Diagnosis left = diagnosis("scheduling.trigger", null, Outcome.PASS, //
				"cache.space", null, Outcome.FAIL, //
				"jobs.failed", "a", Outcome.WARN, //
				"basics.tls", null, Outcome.FAIL, //
				"registration.vault", null, Outcome.UNKNOWN);
		Diagnosis right = diagnosis("scheduling.trigger", "\\task", Outcome.FAIL, //
				"cache.space", null, Outcome.FAIL, //
				"jobs.failed", "a", Outcome.FAIL, //
				"basics.tls", null, Outcome.PASS, //
				"registration.vault", null, Outcome.FAIL);
		Comparison comparison = ModelComparer.compare(ServerFactory.eINSTANCE.createServer(),
				ServerFactory.eINSTANCE.createServer(), left, right);
		assertEquals(List.of("cache.space@null SAME", "jobs.failed@a DIFFERENT", "basics.tls@null ONLY_LEFT",
				"registration.vault@null INCOMPLETE", "scheduling.trigger@\\task ONLY_RIGHT"),
				comparison.findings().stream().map(FindingsComparisonTest::describe).toList());
		assertEquals(3, comparison.count());
	}

	/** A side where the check's subject is absent has decided: the problem is only on the other side. */
	@Test
	void notApplicableDecidesLikeAPass() {
		Diagnosis left = diagnosis("registration.expired", "old.VaultCredentials", Outcome.FAIL, //
				"registration.mismatch", null, Outcome.FAIL);
		Diagnosis right = diagnosis("registration.expired", null, Outcome.NOT_APPLICABLE, //
				"registration.mismatch", null, Outcome.NOT_APPLICABLE);
		Comparison comparison = ModelComparer.compare(ServerFactory.eINSTANCE.createServer(),
				ServerFactory.eINSTANCE.createServer(), left, right);
		assertEquals(List.of("registration.expired@old.VaultCredentials ONLY_LEFT", "registration.mismatch@null ONLY_LEFT"),
				comparison.findings().stream().map(FindingsComparisonTest::describe).toList());
	}

	private static String describe(FindingDelta delta) {
		return delta.check() + "@" + delta.subject() + " " + delta.state();
	}
}
