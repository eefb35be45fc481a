package marswb.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.engine.CauseChain;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.DiagnosisFactory;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;

/** Root causes and symptoms from the causes links, as docs/contracts.md defines them. */
class CauseChainTest {

	private final Diagnosis diagnosis = DiagnosisFactory.eINSTANCE.createDiagnosis();

	private Finding finding(String check, Outcome outcome, Finding... causes) {
		Finding finding = DiagnosisFactory.eINSTANCE.createFinding();
		finding.setCheck(check);
		finding.setOutcome(outcome);
		finding.getCauses().addAll(List.of(causes));
		diagnosis.getFindings().add(finding);
		return finding;
	}

	private static List<String> checks(List<Finding> findings) {
		return findings.stream().map(Finding::getCheck).toList();
	}

	@Test
	void aProblemWithoutProblemCausesIsARootAndItsChainAreItsSymptoms() {
		Finding moved = finding("cache.moved", Outcome.FAIL);
		Finding key = finding("encryption.key", Outcome.FAIL, moved);
		Finding errors = finding("encryption.errors", Outcome.WARN, key);
		Finding shadow = finding("cache.shadow", Outcome.FAIL);
		Finding passed = finding("basics.ok", Outcome.PASS, moved);
		CauseChain chain = CauseChain.of(diagnosis);
		assertEquals(List.of("cache.moved", "cache.shadow"), checks(chain.roots()));
		assertEquals(List.of("encryption.key", "encryption.errors"), checks(chain.symptoms(moved)));
		assertEquals(List.of("encryption.key"), checks(chain.explains(moved)));
		assertEquals(List.of("cache.moved"), checks(chain.rootsOf(errors)));
		assertEquals(2, chain.depth(errors));
		assertEquals(0, chain.depth(moved));
		assertEquals(List.of(), chain.symptoms(shadow));
		assertFalse(chain.isRoot(passed), "only FAIL and WARN are root causes");
		assertFalse(chain.isRoot(key));
	}

	@Test
	void amongEquallyBadRootsTheOneThatExplainsMoreComesFirst() {
		Finding alone = finding("a.alone", Outcome.FAIL);
		Finding busy = finding("b.busy", Outcome.FAIL);
		finding("c.symptom", Outcome.WARN, busy);
		Finding warning = finding("d.warning", Outcome.WARN);
		finding("e.symptom", Outcome.WARN, warning);
		finding("f.symptom", Outcome.WARN, warning);
		assertEquals(List.of(busy, alone, warning), CauseChain.of(diagnosis).roots());
	}

	@Test
	void aCauseThatIsNoProblemLeavesItsEffectARoot() {
		Finding fine = finding("cache.fine", Outcome.PASS);
		Finding effect = finding("jobs.failed", Outcome.FAIL, fine);
		CauseChain chain = CauseChain.of(diagnosis);
		assertTrue(chain.isRoot(effect));
		assertEquals(List.of(), chain.problemCauses(effect));
	}

	@Test
	void aRingOfProblemsKeepsItsFirstAsRootSoNothingIsLost() {
		Finding a = finding("a", Outcome.FAIL);
		Finding b = finding("b", Outcome.WARN, a);
		a.getCauses().add(b);
		CauseChain chain = CauseChain.of(diagnosis);
		assertEquals(List.of("a"), checks(chain.roots()));
		assertEquals(List.of("b"), checks(chain.symptoms(a)));
	}
}
