package marswb.area.restore.tests;

import static marswb.tests.support.CheckHarness.only;
import static marswb.tests.support.CheckHarness.outcomes;
import static marswb.tests.support.CheckHarness.run;
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

/**
 * Each restore check on the healthy sample, on the same sample changed in the one value the check is about, and
 * without the artifact it needs; the area on whole samples; the iSCSI service quick-fix.
 */
class RestoreChecksTest {

	static final String PNP = "system/pnp-iscsi.csv";
	static final String SERVICES = "system/services.csv";
	static final String MSISCSI = "\"MSiSCSI\",\"Microsoft iSCSI Initiator Service\",\"Stopped\",\"Manual\"";
	static final String MSISCSI_DISABLED = "\"MSiSCSI\",\"Microsoft iSCSI Initiator Service\",\"Stopped\",\"Disabled\"";

	static SampleVariant healthy() {
		return SampleVariant.of("healthy");
	}


	@Test
	void iscsiDevice() {
		String id = "restore.iscsi-device-missing";
		only(run(id, healthy()), Outcome.PASS);
		Finding missing = only(run(id, healthy().edit(PNP, t -> t.substring(0, t.indexOf('\n') + 1))), Outcome.FAIL);
		assertEquals("troubleshoot-restore-problems", missing.getKb());
		assertEquals(PNP, missing.getEvidence().get(0).getArtifact());
		assertTrue(missing.getEvidence().get(0).getValue().contains("no device whose instance id starts with"),
				missing.getEvidence().get(0).getValue());
		Finding error = only(run(id, healthy().replace(PNP, "\"OK\",\"SCSIAdapter\"", "\"Error\",\"SCSIAdapter\"")),
				Outcome.FAIL);
		assertEquals("ROOT\\ISCSIPRT\\0000", error.getSubjectKey());
		only(run(id, healthy().replace(PNP, "CM_PROB_NONE", "CM_PROB_FAILED_START")), Outcome.FAIL);
		only(run(id, healthy().remove(PNP)), Outcome.UNKNOWN);
	}

	@Test
	void iscsiService() {
		String id = "restore.iscsi-service-not-startable";
		Finding pass = only(run(id, healthy()), Outcome.PASS);
		assertTrue(pass.getMessage().contains("Manual"), pass.getMessage());
		Finding fail = only(run(id, healthy().replace(SERVICES, MSISCSI, MSISCSI_DISABLED)), Outcome.FAIL);
		assertEquals(List.of("restore.enable-iscsi-service"), fail.getQuickFixes());
		only(run(id, healthy().remove(SERVICES)), Outcome.UNKNOWN);
	}

	@Test
	void recoveryVolumeMounted() {
		String id = "restore.recovery-volume-mounted";
		only(run(id, healthy()), Outcome.INFO);
		Finding warn = only(run(id, healthy().replace("agent/cloudbackup-events.csv",
				"\"11/19/2026 10:42:21 PM\",\"3\",\"Information\",\"The backup operation completed successfully.\"",
				"\"11/19/2026 10:42:21 PM\",\"3\",\"Information\",\"The recovery volume was mounted.\"")), Outcome.WARN);
		assertEquals("agent/cloudbackup-events.csv", warn.getEvidence().get(0).getArtifact());
		only(run(id, healthy().remove("agent/cloudbackup-events.csv").remove("agent/jobs.json")), Outcome.UNKNOWN);
	}

	@Test
	void wholeSamplesHaveNoRestoreProblem() {
		for (String name : List.of("healthy", "broken-scheduling", "broken-cache-encryption",
				"broken-registration-connectivity")) {
			Server server;
			try (SampleVariant sample = SampleVariant.of(name)) {
				server = sample.read();
			}
			List<String> problems = Analyzer.platform().analyze(server, d -> d.area().equals("restore")).diagnosis()
					.getFindings().stream().filter(f -> f.getOutcome() == Outcome.FAIL || f.getOutcome() == Outcome.WARN)
					.map(Finding::getCheck).toList();
			assertEquals(List.of(), problems, name);
		}
	}

	@Test
	void enableIscsiServiceFix() {
		Server server;
		try (SampleVariant sample = healthy().replace(SERVICES, MSISCSI, MSISCSI_DISABLED)) {
			server = sample.read();
		}
		WhatIfSession session = WhatIfSession.platform(server);
		WhatIfSession.Delta delta = session.apply("restore.enable-iscsi-service");
		assertEquals(List.of("restore.iscsi-service-not-startable"), delta.cleared().stream().map(Finding::getCheck).toList());
		assertTrue(session.plan().script().contains("Set-Service -Name 'MSiSCSI' -StartupType Manual"), session.plan().script());
	}
}
