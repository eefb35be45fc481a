package com.example.marswb.vss.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.marswb.vss.VssWriters;

import marswb.engine.RemediationPlan;
import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;

class FailedWriterCheckTest {

	@Test
	void aFailedWriterAndOneWithALastErrorFailWithTheirLines() {
		List<Finding> findings = Fixtures.run(Fixtures.read(Fixtures.folder("failed")));
		assertEquals(List.of("FAIL System Writer", "FAIL WMI Writer"),
				findings.stream().map(f -> f.getOutcome() + " " + f.getSubjectKey()).toList());
		Finding system = findings.get(0);
		assertEquals(List.of("system/vss-writers.txt:26 Failed", "system/vss-writers.txt:27 Timed out"),
				system.getEvidence().stream().map(FailedWriterCheckTest::text).toList());
		assertEquals("vss", system.getArea());
		assertEquals(List.of("vss.restart-writer-service@System Writer"), system.getQuickFixes());
		assertEquals(List.of("system/vss-writers.txt:44 Stable", "system/vss-writers.txt:45 Retryable error"),
				findings.get(1).getEvidence().stream().map(FailedWriterCheckTest::text).toList());
	}

	@Test
	void stableWritersPassEvenOneWaitingForCompletion() {
		List<Finding> findings = Fixtures.run(Fixtures.read(Fixtures.folder("stable")));
		assertEquals(List.of(Outcome.PASS), findings.stream().map(Finding::getOutcome).toList());
		assertTrue(findings.get(0).getMessage().contains("8"), findings.get(0).getMessage());
	}

	@Test
	void withoutTheArtifactTheCheckIsUnknownAndNamesIt(@TempDir Path dir) throws IOException {
		Path bundle = Fixtures.copy("failed", dir);
		Files.delete(bundle.resolve(VssWriters.ARTIFACT));
		List<Finding> findings = Fixtures.run(Fixtures.read(bundle));
		assertEquals(List.of(Outcome.UNKNOWN), findings.stream().map(Finding::getOutcome).toList());
		assertTrue(findings.get(0).getMessage().contains(VssWriters.ARTIFACT), findings.get(0).getMessage());
	}

	@Test
	void restartingTheServiceClearsTheFindingAndThePlanRestartsIt() {
		WhatIfSession session = WhatIfSession.platform(Fixtures.read(Fixtures.folder("failed")));
		WhatIfSession.Delta delta = session.apply("vss.restart-writer-service@System Writer");
		assertEquals(List.of("System Writer"), delta.cleared().stream()
				.filter(f -> f.getCheck().equals(Fixtures.CHECK)).map(Finding::getSubjectKey).toList());
		RemediationPlan plan = session.plan();
		String script = plan.script();
		assertTrue(script.contains("Restart-Service -Name 'CryptSvc' -Force"), script);
		assertTrue(script.contains("Backup-Service -Name 'CryptSvc'"), script);
	}

	private static String text(Evidence evidence) {
		return evidence.getArtifact() + ":" + evidence.getLine() + " " + evidence.getValue();
	}
}
