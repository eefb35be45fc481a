package marswb.area.registration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.engine.Analyzer;
import marswb.engine.spi.RemediationStep;
import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;
import marswb.tests.support.SampleVariant;

/** The registration area on whole samples, and its quick-fixes as what-ifs. */
class RegistrationSamplesTest {

	private static Server read(String sample) {
		try (SampleVariant variant = SampleVariant.of(sample)) {
			return variant.read();
		}
	}

	private static List<String> problems(List<Finding> findings) {
		return findings.stream().filter(f -> f.getArea().equals("registration"))
				.filter(f -> f.getOutcome() == Outcome.FAIL || f.getOutcome() == Outcome.WARN)
				.map(f -> f.getCheck() + (f.getSubjectKey() == null ? "" : "@" + f.getSubjectKey())).sorted().toList();
	}

	private static List<Finding> analyze(String sample) {
		return Analyzer.platform().analyze(read(sample), d -> d.area().equals("registration")).diagnosis()
				.getFindings();
	}

	@Test
	void healthyHasNoRegistrationProblem() {
		assertEquals(List.of(), problems(analyze("healthy")));
	}

	@Test
	void brokenRegistrationConnectivity() {
		List<Finding> findings = analyze("broken-registration-connectivity");
		String file = "contoso-vault_Fri Oct 30 2026.VaultCredentials";
		assertEquals(List.of("registration.server-renamed@SRV-APP01", "registration.vault-credentials-expired@" + file,
				"registration.vault-mismatch@" + file, "registration.windows-temp-tmp-files"), problems(findings));
		for (Finding finding : findings) {
			assertFalse((finding.getMessage() + finding.getRecommendation()).contains("Q0FOQVJZ"),
					"the management certificate never shows");
		}
		Finding renamed = findings.stream().filter(f -> f.getCheck().equals("registration.server-renamed")).findFirst()
				.orElseThrow();
		assertTrue(renamed.getEvidence().stream().anyMatch(e -> e.getArtifact().equals("agent/jobs.json")),
				"230006 of the failed job is evidence");
	}

	@Test
	void quickFixesClearTheirFindings() {
		WhatIfSession session = WhatIfSession.platform(read("broken-registration-connectivity"));
		for (String fix : List.of("registration.delete-windows-temp-tmp-files",
				"registration.rename-computer-back@SRV-APP01")) {
			WhatIfSession.Delta delta = session.apply(fix);
			assertTrue(delta.cleared().stream().anyMatch(f -> f.getArea().equals("registration")),
					fix + " cleared " + delta.cleared());
			// the failed job with 230006 stays in the history: after the rename it is a WARN of the same check
			assertTrue(delta.appeared().stream().filter(f -> f.getArea().equals("registration"))
					.allMatch(f -> f.getCheck().equals("registration.server-renamed") && f.getOutcome() == Outcome.WARN),
					fix + " made " + delta.appeared());
		}
		List<RemediationStep> steps = session.plan().steps();
		assertEquals(2, steps.size());
		assertTrue(steps.get(0).destructive() && steps.get(0).script().contains("Move-Item"), steps.get(0).script());
		assertTrue(steps.get(1).destructive() && steps.get(1).script().contains("Rename-Computer -NewName 'SRV-APP01'"),
				steps.get(1).script());
		session.undo();
		assertTrue(problems(session.diagnosis().getFindings()).contains("registration.server-renamed@SRV-APP01"));
	}
}
