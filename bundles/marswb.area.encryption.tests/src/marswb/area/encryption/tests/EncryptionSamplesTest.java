package marswb.area.encryption.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.engine.Analyzer;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;
import marswb.tests.support.SampleVariant;

/** The encryption area on whole samples. */
class EncryptionSamplesTest {

	private static List<Finding> analyze(String sample) {
		Server server;
		try (SampleVariant variant = SampleVariant.of(sample)) {
			server = variant.read();
		}
		return Analyzer.platform().analyze(server, d -> d.area().equals("encryption")).diagnosis().getFindings();
	}

	private static List<String> problems(List<Finding> findings) {
		return findings.stream().filter(f -> f.getOutcome() == Outcome.FAIL || f.getOutcome() == Outcome.WARN)
				.map(f -> f.getCheck() + (f.getSubjectKey() == null ? "" : "@" + f.getSubjectKey())).sorted().toList();
	}

	@Test
	void healthyHasNoEncryptionProblem() {
		assertEquals(List.of(), problems(analyze("healthy")));
	}

	@Test
	void brokenCacheEncryption() {
		List<Finding> findings = analyze("broken-cache-encryption");
		assertEquals(List.of("encryption.activation-failed", "encryption.kek-missing"), problems(findings));
		Finding activation = findings.stream().filter(f -> f.getCheck().equals("encryption.activation-failed"))
				.findFirst().orElseThrow();
		// job, event and log line all show 0x1FC07; the missing KEK found by this area is linked as a cause
		assertTrue(activation.getEvidence().size() >= 3, activation.getEvidence().toString());
		assertTrue(activation.getCauses().stream().anyMatch(c -> c.getCheck().equals("encryption.kek-missing")),
				activation.getCauses().toString());
	}

	@Test
	void brokenRegistrationConnectivityHasNoEncryptionProblem() {
		assertEquals(List.of(), problems(analyze("broken-registration-connectivity")));
	}
}
