package marswb.area.jobs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.engine.Analyzer;
import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;
import marswb.tests.support.SampleVariant;

/** The jobs area on whole samples, and its quick-fix as a what-if. */
class JobsSamplesTest {

	private static Server read(SampleVariant variant) {
		try (variant) {
			return variant.read();
		}
	}

	private static List<String> problems(List<Finding> findings) {
		return findings.stream().filter(f -> f.getArea().equals("jobs"))
				.filter(f -> f.getOutcome() == Outcome.FAIL || f.getOutcome() == Outcome.WARN)
				.map(f -> f.getCheck() + (f.getSubjectKey() == null ? "" : "@" + f.getSubjectKey())).sorted().toList();
	}

	private static List<String> analyze(String sample) {
		Server server = read(SampleVariant.of(sample));
		return problems(Analyzer.platform().analyze(server, d -> d.area().equals("jobs")).diagnosis().getFindings());
	}

	@Test
	void healthyHasNoJobsProblem() {
		assertEquals(List.of(), analyze("healthy"));
	}

	@Test
	void brokenCacheEncryptionSkippedFiles() {
		assertEquals(List.of("jobs.completed-with-warnings", "jobs.failed-files-by-code@0x80070002",
				"jobs.failed-files-by-code@0x80070005"), analyze("broken-cache-encryption"));
	}

	@Test
	void otherBrokenSamplesHaveNoJobsProblem() {
		assertEquals(List.of(), analyze("broken-scheduling"));
		assertEquals(List.of(), analyze("broken-registration-connectivity"));
	}

	@Test
	void excludeFixClearsTheFindingAndWritesThePolicyStep() {
		Server server = read(SampleVariant.of("healthy").replace(JobsChecksTest.VOLUMES, JobsChecksTest.D_VOLUME,
				"\"D\",\"Data\",\"FAT32\",\"Fixed\""));
		WhatIfSession session = WhatIfSession.platform(server);
		assertEquals(List.of("jobs.unsupported-items-in-policy@D:\\Shares"), problems(session.diagnosis().getFindings()));
		WhatIfSession.Delta delta = session.apply("jobs.exclude-unsupported-item@D:\\Shares");
		assertEquals(1, delta.cleared().size(), delta.cleared().toString());
		assertTrue(delta.appeared().isEmpty(), delta.appeared().toString());
		assertEquals(List.of(), problems(session.diagnosis().getFindings()));
		String script = session.plan().script();
		assertTrue(script.contains("Add-OBFileSpec -Policy $policy -FileSpec (New-OBFileSpec -FileSpec @('D:\\Shares') -Exclude)"), script);
		assertTrue(script.contains("Set-OBPolicy -Policy $policy -Confirm:$false"), script);
		assertTrue(script.indexOf("Set-OBPolicy replaces") < script.indexOf("Set-OBPolicy -Policy"), script);
		WhatIfSession.Delta undone = session.undo();
		assertEquals(List.of("jobs.unsupported-items-in-policy"), undone.appeared().stream().map(Finding::getCheck).toList());
	}
}
