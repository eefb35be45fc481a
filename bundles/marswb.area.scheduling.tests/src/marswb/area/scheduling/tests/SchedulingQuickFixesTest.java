package marswb.area.scheduling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;
import marswb.tests.support.SampleVariant;

/** Every scheduling quick-fix clears its finding on the broken sample, undo brings it back, and the plan says why. */
class SchedulingQuickFixesTest {

	private static Server brokenScheduling() {
		try (SampleVariant sample = SampleVariant.of("broken-scheduling")) {
			return sample.read();
		}
	}

	private static List<String> schedulingProblems(WhatIfSession session) {
		return session.diagnosis().getFindings().stream().filter(f -> f.getArea().equals("scheduling"))
				.filter(f -> f.getOutcome() == Outcome.FAIL || f.getOutcome() == Outcome.WARN)
				.map(f -> f.getCheck() + (f.getSubjectKey() == null ? "" : "@" + f.getSubjectKey())).sorted().toList();
	}

	@Test
	void eachFixClearsItsFindingAndUndoBringsItBack() {
		WhatIfSession session = WhatIfSession.platform(brokenScheduling());
		List<String> before = schedulingProblems(session);
		for (String fix : List.of("scheduling.enable-task-trigger@\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup",
				"scheduling.set-ignore-new@\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup-SystemStateBackup",
				"scheduling.set-execution-policy", "scheduling.add-module-path")) {
			WhatIfSession.Delta delta = session.apply(fix);
			assertEquals(1, delta.cleared().size(), fix + " cleared " + delta.cleared());
			assertTrue(delta.appeared().isEmpty(), fix + " made " + delta.appeared());
		}
		List<String> after = schedulingProblems(session);
		assertEquals(before.size() - 4, after.size(), after.toString());
		WhatIfSession.Delta undone = session.undo();
		assertEquals(List.of("scheduling.psmodulepath-missing-mars-module"),
				undone.appeared().stream().map(Finding::getCheck).toList());
	}

	@Test
	void thePlanHasOneCommentedStepPerAppliedFix() {
		WhatIfSession session = WhatIfSession.platform(brokenScheduling());
		session.apply("scheduling.set-execution-policy");
		session.apply("scheduling.enable-task-trigger@\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup");
		String script = session.plan().script();
		assertTrue(script.indexOf("Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope LocalMachine -Force") < script
				.indexOf("Get-ScheduledTask -TaskPath '\\Microsoft\\OnlineBackup\\' -TaskName 'Microsoft-OnlineBackup'"),
				script);
		assertTrue(script.contains("# Step 1: scheduling.set-execution-policy"), script);
		assertTrue(script.contains("# Step 2: scheduling.enable-task-trigger@"), script);
	}
}
