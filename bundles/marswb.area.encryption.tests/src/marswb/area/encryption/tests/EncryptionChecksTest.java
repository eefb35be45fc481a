package marswb.area.encryption.tests;

import static marswb.tests.support.CheckHarness.only;
import static marswb.tests.support.CheckHarness.outcomes;
import static marswb.tests.support.CheckHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.tests.support.SampleVariant;

/**
 * Each check on the healthy sample (PASS), on the same sample changed in the one value the check is about (FAIL),
 * and without the artifact it needs (UNKNOWN).
 */
class EncryptionChecksTest {

	static final String ERRLOG = "agent/logs/CBEngineCurr.errlog";
	static final String EVENTS = "agent/cloudbackup-events.csv";
	static final String MACHINE_SETTING = "agent/machine-setting.json";
	static final String LISTING = "agent/scratch-listing.csv";

	static SampleVariant healthy() {
		return SampleVariant.of("healthy");
	}

	static SampleVariant withLogLine(SampleVariant variant, String message) {
		return variant.edit(ERRLOG, text -> text + "0F3C\t1B80\t11/19\t22:43:00.118\t18\tjobmanager.cpp(1388)\t"
				+ "[000001D2A4C40150]\t695BC013-998B-4C15-A245-DF661224486D\t\tWARNING\t" + message + "\r\n");
	}

	static SampleVariant withEvent(SampleVariant variant, String message) {
		return variant.edit(EVENTS, text -> text + "\"11/19/2026 10:50:00 PM\",\"11\",\"Error\",\"" + message + "\"\r\n");
	}

	static SampleVariant withoutJobsEventsLogs() {
		return healthy().remove("agent/jobs.json").remove(EVENTS).remove(ERRLOG)
				.remove("agent/logs/GatewayProvider0.errlog");
	}


	@Test
	void keyNotSet() {
		String id = "encryption.key-not-set";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace(MACHINE_SETTING, "\"EncryptionKeyStatus\":  \"Set\"",
				"\"EncryptionKeyStatus\":  \"NotSet\"")), Outcome.FAIL);
		assertEquals(MACHINE_SETTING, fail.getEvidence().get(0).getArtifact());
		assertEquals("failed-to-set-the-encryption-key-for-secure-backups", fail.getKb());
		Finding number = only(run(id, healthy().replace(MACHINE_SETTING, "\"EncryptionKeyStatus\":  \"Set\"",
				"\"EncryptionKeyStatus\":  1")), Outcome.UNKNOWN);
		assertTrue(number.getMessage().contains("1"), number.getMessage());
		only(run(id, withEvent(healthy(), "Failed to set the encryption key for secure backups. Activation did not "
				+ "succeed completely but the encryption passphrase was saved to the following file.")), Outcome.WARN);
		only(run(id, withEvent(healthy().remove(MACHINE_SETTING), "Failed to set the encryption key for secure "
				+ "backups.")), Outcome.FAIL);
		only(run(id, healthy().remove(MACHINE_SETTING)), Outcome.UNKNOWN);
	}

	@Test
	void activationFailed() {
		String id = "encryption.activation-failed";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().copyFrom("broken-cache-encryption", "agent/jobs.json")), Outcome.FAIL);
		assertEquals("agent/jobs.json", fail.getEvidence().get(0).getArtifact());
		assertEquals("0x1FC07", fail.getErrorCode());
		assertTrue(fail.getRecommendation().contains("net stop obengine")
				&& fail.getRecommendation().contains("CloudBackupProvider"), fail.getRecommendation());
		only(run(id, withLogLine(healthy(), "Job failed with error 0x1FC07 (130055)")), Outcome.FAIL);
		only(run(id, withoutJobsEventsLogs()), Outcome.UNKNOWN);
	}

	@Test
	void passphraseNotConfigured() {
		String id = "encryption.passphrase-not-configured";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, withEvent(healthy(),
				"Error 34506. The encryption passphrase stored on this computer is not correctly configured.")),
				Outcome.FAIL);
		assertEquals(EVENTS, fail.getEvidence().get(0).getArtifact());
		assertEquals("encryption-passphrase-not-correctly-configured", fail.getKb());
		only(run(id, withLogLine(healthy(), "Job failed with error 34506")), Outcome.FAIL);
		only(run(id, withoutJobsEventsLogs()), Outcome.UNKNOWN);
	}

	@Test
	void kekMissing() {
		String id = "encryption.kek-missing";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().edit(LISTING,
				text -> text.replaceAll("(?m)^.*OnlineBackup\\.KEK.*\\r?\\n", ""))), Outcome.FAIL);
		assertEquals(LISTING, fail.getEvidence().get(0).getArtifact());
		// the absence is shown as what was looked at, not as the listing's header line
		assertEquals(0, fail.getEvidence().get(0).getLine());
		assertTrue(fail.getEvidence().get(0).getValue().matches(
				"the listing of .*Scratch has \\d+ entry\\(ies\\), none named OnlineBackup\\.KEK"),
				fail.getEvidence().get(0).getValue());
		only(run(id, healthy().remove(LISTING)), Outcome.UNKNOWN);
	}

	/** Get-Item found no scratch folder (header only) and the listing is empty: no folder, so no key file to judge. */
	@Test
	void kekOfAScratchFolderThatDoesNotExistIsNotJudged() {
		String id = "encryption.kek-missing";
		Finding noFolder = only(run(id, healthy()
				.edit("agent/scratch-folder.csv", text -> text.substring(0, text.indexOf('\n') + 1))
				.edit(LISTING, text -> text.substring(0, text.indexOf('\n') + 1))), Outcome.INFO);
		assertTrue(noFolder.getMessage().contains("does not exist"), noFolder.getMessage());
	}
}
