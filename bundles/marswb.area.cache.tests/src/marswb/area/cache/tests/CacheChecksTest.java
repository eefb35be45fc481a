package marswb.area.cache.tests;

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
 * Each cache check on the healthy sample (PASS), on the same sample changed in the one value the check is about
 * (FAIL), and without the artifact it needs (UNKNOWN).
 */
class CacheChecksTest {

	static final String REGISTRY = "agent/registry.reg";
	static final String VOLUMES = "system/volumes.csv";
	static final String FOLDER = "agent/scratch-folder.csv";
	static final String SHADOW = "system/shadowstorage.txt";
	static final String CBENGINE = "agent/logs/CBEngineCurr.errlog";
	static final String NOISE = "Failed: Hr: = [0x80070020] BackupRead failed on file(D:\\Shares\\Sales\\~$forecast-2027.xlsx)";
	static final String PROVIDER = "CloudBackupProvider]";
	static final String SCRATCH = "C:\\\\Program Files\\\\Microsoft Azure Recovery Services Agent\\\\Scratch";

	static SampleVariant healthy() {
		return SampleVariant.of("healthy");
	}


	/** The healthy sample with Config\CloudBackupProvider\ScratchLocation set to {@code value} (.reg escaping). */
	static SampleVariant providerScratch(String value) {
		return healthy().edit(REGISTRY, text -> {
			int key = text.indexOf(PROVIDER);
			int start = text.indexOf(SCRATCH, key);
			return text.substring(0, start) + value + text.substring(start + SCRATCH.length());
		});
	}

	static SampleVariant freeOnC(String bytes) {
		return healthy().replace(VOLUMES, "\"136251092992\",\"87512334336\"", "\"136251092992\",\"" + bytes + "\"");
	}

	@Test
	void freeSpace() {
		String id = "cache.scratch-free-space-low";
		Finding pass = only(run(id, healthy()), Outcome.PASS);
		assertTrue(pass.getMessage().contains("D:"), pass.getMessage());
		Finding fail = only(run(id, freeOnC("20000000000")), Outcome.FAIL);
		assertEquals("C", fail.getSubjectKey());
		assertTrue(fail.getMessage().contains("20.0 GB (18.6 GiB)"), fail.getMessage());
		assertTrue(fail.getMessage().contains("30 GB"), fail.getMessage());
		assertEquals("prerequisites", fail.getKb());
		only(run(id, freeOnC("60000000000")), Outcome.WARN);
		only(run(id, healthy().remove(VOLUMES)), Outcome.UNKNOWN);
		only(run(id, healthy().remove(REGISTRY)), Outcome.UNKNOWN);
	}

	@Test
	void locationMismatch() {
		String id = "cache.scratch-location-mismatch";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, providerScratch("D:\\\\OldScratch")), Outcome.FAIL);
		assertTrue(fail.getMessage().contains("D:\\OldScratch"), fail.getMessage());
		assertEquals(List.of("cache.align-scratch-location"), fail.getQuickFixes());
		assertEquals(2, fail.getEvidence().size());
		only(run(id, providerScratch(SCRATCH.toUpperCase() + "\\\\")), Outcome.PASS);
		only(run(id, healthy().remove(REGISTRY)), Outcome.UNKNOWN);
	}

	@Test
	void folderMissing() {
		String id = "cache.scratch-folder-missing";
		only(run(id, healthy()), Outcome.PASS);
		only(run(id, healthy().edit(FOLDER, t -> t.substring(0, t.indexOf('\n') + 1))), Outcome.FAIL);
		Finding removable = only(run(id, healthy().replace(VOLUMES, "\"C\",\"\",\"NTFS\",\"Fixed\"", "\"C\",\"\",\"NTFS\",\"Removable\"")),
				Outcome.FAIL);
		assertEquals("C", removable.getSubjectKey());
		only(run(id, healthy().remove(FOLDER)), Outcome.UNKNOWN);
	}

	@Test
	void attributes() {
		String id = "cache.scratch-folder-attributes-unsupported";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace(FOLDER, "\"Directory\"", "\"Directory, Compressed\"")), Outcome.FAIL);
		assertTrue(fail.getMessage().contains("Compressed"), fail.getMessage());
		only(run(id, healthy().replace(FOLDER, "\"Directory\"", "\"Directory, ReparsePoint\"")), Outcome.FAIL);
		only(run(id, healthy().remove(FOLDER)), Outcome.UNKNOWN);
	}

	@Test
	void shadowStorage() {
		String id = "cache.shadow-storage-too-small";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().copyFrom("broken-cache-encryption", SHADOW)), Outcome.FAIL);
		assertEquals("D", fail.getSubjectKey());
		assertEquals("increase-shadow-copy-storage", fail.getKb());
		assertEquals(List.of("cache.resize-shadow-storage@D"), fail.getQuickFixes());
		only(run(id, healthy().remove(SHADOW)), Outcome.UNKNOWN);
	}

	/** The healthy sample's shadowstorage.txt with only C: (D:, the protected volume, has no association). */
	static SampleVariant withoutAssociationOnD() {
		return healthy().edit(SHADOW, text -> text.substring(0, text.indexOf("Shadow Copy Storage association",
				text.indexOf("Shadow Copy Storage association") + 1)));
	}

	@Test
	void noAssociationIsNormalUntilShadowCopiesFailForLackOfStorage() {
		String id = "cache.shadow-storage-too-small";
		Finding none = only(run(id, withoutAssociationOnD()), Outcome.PASS);
		assertTrue(none.getMessage().contains("D: have no shadow copy storage association yet"), none.getMessage());
		Finding failed = only(run(id, withoutAssociationOnD().replace(CBENGINE, NOISE,
				"Failed: Hr: = [0x8004231f] Shadow copy creation failed")), Outcome.WARN);
		assertTrue(failed.getMessage().contains("0x8004231F, 1 occurrence"), failed.getMessage());
		assertEquals(CBENGINE, failed.getEvidence().get(0).getArtifact());
		only(run(id, healthy().replace(SHADOW, "12.7 GB (10%)", "UNBOUNDED (100%)")), Outcome.PASS);
		Finding benign = only(run(id, withoutAssociationOnD().replace(CBENGINE, NOISE,
				"Shadow copy storage limit not configured, using default. Hr: = [0x8004231f]")), Outcome.PASS);
		assertTrue(benign.getMessage().contains("1 occurrence(s) of 0x8004231F in the agent's logs were ignored"),
				benign.getMessage());
	}

	@Test
	void aServerWithoutSnapshotsHasNoShadowStorageToJudge() {
		String id = "cache.shadow-storage-too-small";
		String noAssociation = "vssadmin 1.1 - Volume Shadow Copy Service administrative command-line tool\r\n"
				+ "(C) Copyright 2001-2013 Microsoft Corp.\r\n\r\nNo items found that satisfy the query.\r\n";
		Finding notRegistered = only(run(id, healthy().writeWindowsText(SHADOW, noAssociation)
				.edit(REGISTRY, text -> text.replaceAll("(?m)^\"ServiceResourceName\"=.*\\r?\\n", ""))),
				Outcome.INFO);
		assertTrue(notRegistered.getMessage().startsWith("The agent is not registered"), notRegistered.getMessage());
		Finding noBackup = only(run(id, healthy().writeWindowsText(SHADOW, noAssociation)
				.copyFrom("broken-cache-encryption", "agent/jobs.json")), Outcome.INFO);
		assertTrue(noBackup.getMessage().startsWith("The job history has no completed backup"), noBackup.getMessage());
	}

	/** What healthy servers log: an optional value is absent and the default is used. */
	@Test
	void aCodeOnALineThatReportsNoFailureIsNoEvidence() {
		String id = "cache.file-not-found-errors";
		Finding pass = only(run(id, healthy().replace(CBENGINE, NOISE,
				"Registry value MaxParallelFileReads not present, using default. Hr: = [0x80070002]")), Outcome.PASS);
		assertTrue(pass.getMessage().contains("1 occurrence(s) of 0x80070002 in the agent's logs were ignored as"
				+ " harmless"), pass.getMessage());
		assertTrue(pass.getMessage().contains("\"Registry value MaxParallelFileReads not present"), pass.getMessage());
		// the agent reports a failed operation at WARNING level: that stays evidence
		only(run(id, healthy().replace(CBENGINE, NOISE, "Failed: Hr: = [0x80070002] Cannot open the file")),
				Outcome.FAIL);
	}

	@Test
	void salErrors() {
		for (String[] c : new String[][] {
				{ "cache.sal-checksum-store-initialization-failed", "SalChecksumStoreInitializationFailed", "salchecksumstoreinitializationfailed" },
				{ "cache.sal-vhd-initialization-error", "SalVhdInitializationError", "salvhdinitializationerror" },
				{ "cache.sal-low-disk-space", "SalLowDiskSpace", "sallowdiskspace" },
				{ "cache.sal-bitmap-error", "SalBitmapError", "salbitmaperror" },
				{ "cache.file-not-found-errors", "0x80070003", "backup-jobs-completed-with-warning" } }) {
			only(run(c[0], healthy()), Outcome.PASS);
			Finding fail = only(run(c[0], healthy().replace(CBENGINE, NOISE, "Failed: backup failed: " + c[1])),
					Outcome.FAIL);
			assertEquals(c[2], fail.getKb());
			assertEquals(c[1], fail.getErrorCode());
			assertEquals(CBENGINE, fail.getEvidence().get(0).getArtifact());
			only(run(c[0], healthy().remove(CBENGINE).remove("agent/logs/GatewayProvider0.errlog")
					.remove("agent/cloudbackup-events.csv").remove("agent/jobs.json")), Outcome.UNKNOWN);
		}
	}
}
