package marswb.area.jobs.tests;

import static marswb.tests.support.CheckHarness.only;
import static marswb.tests.support.CheckHarness.outcomes;
import static marswb.tests.support.CheckHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.tests.support.SampleVariant;

/**
 * Each jobs check on the healthy sample (PASS), on the same sample changed in the one value the check is about
 * (FAIL or WARN), and without the artifact it needs (UNKNOWN).
 */
class JobsChecksTest {

	static final String FAILED_FILES = "agent/failed-files/LastBackupFailedFiles1c4e7_11_19_2026.txt";
	static final String JOBS = "agent/jobs.json";
	static final String POLICY = "agent/policy.json";
	static final String VOLUMES = "system/volumes.csv";
	static final String D_VOLUME = "\"D\",\"Data\",\"NTFS\",\"Fixed\"";

	private static SampleVariant healthy() {
		return SampleVariant.of("healthy");
	}


	@Test
	void completedWithWarnings() {
		String id = "jobs.completed-with-warnings";
		only(run(id, healthy()), Outcome.PASS);
		Finding files = only(run(id, healthy().copyFrom("broken-cache-encryption", FAILED_FILES)), Outcome.WARN);
		assertTrue(files.getMessage().contains("300"), files.getMessage());
		assertTrue(files.getMessage().contains("0x80070002"), files.getMessage());
		// the message says what it rests on: no job completed with warnings, only the list names skipped files
		assertTrue(files.getMessage().contains("No job of the 8 in the history is marked as completed with warnings"),
				files.getMessage());
		assertTrue(!files.getMessage().contains("0 job(s)"), files.getMessage());
		assertEquals("backup-jobs-completed-with-warning", files.getKb());
		Finding state = only(run(id, healthy().edit(JOBS,
				t -> t.replaceFirst("\"JobStateName\":\\s*\"Completed\"", "\"JobStateName\":  \"CompletedWithWarnings\""))),
				Outcome.WARN);
		assertEquals(JOBS, state.getEvidence().get(0).getArtifact());
		Finding numeric = only(run(id, healthy().edit(JOBS,
				t -> t.replaceAll(",\\s*\"JobStateName\":\\s*\"Completed\"", "")
						.replaceAll("\"JobState\":\\s*1\\b", "\"JobState\":  7"))), Outcome.UNKNOWN);
		assertTrue(numeric.getMessage().contains("7"), numeric.getMessage());
		only(run(id, healthy().remove(JOBS).remove(FAILED_FILES)), Outcome.UNKNOWN);
	}

	@Test
	void failedFilesByCode() {
		String id = "jobs.failed-files-by-code";
		only(run(id, healthy()), Outcome.PASS);
		List<Finding> findings = run(id, healthy().copyFrom("broken-cache-encryption", FAILED_FILES));
		assertEquals(List.of(Outcome.WARN, Outcome.WARN), outcomes(findings), findings::toString);
		assertEquals(List.of("0x80070002", "0x80070005"),
				findings.stream().map(Finding::getSubjectKey).sorted().toList());
		Finding notFound = findings.stream().filter(f -> f.getSubjectKey().equals("0x80070002")).findFirst().orElseThrow();
		assertEquals("0x80070002", notFound.getErrorCode());
		assertTrue(notFound.getMessage().contains("200"), notFound.getMessage());
		assertTrue(notFound.getMessage().contains("D:\\Shares\\"), notFound.getMessage());
		assertEquals(FAILED_FILES, notFound.getEvidence().get(0).getArtifact());
		Finding unknownCode = only(run(id, healthy().writeWindowsText(FAILED_FILES,
				"Consider adding these to exclusion list of backup policy.----------------------------------------------\n"
						+ "D:\\Shares\\a.txt\t0x80070020\n" + "-".repeat(103) + "\n")),
				Outcome.INFO);
		assertEquals("0x80070020", unknownCode.getSubjectKey());
		Finding noList = only(run(id, healthy().remove(FAILED_FILES).edit("manifest.json",
				JobsChecksTest::unlistFailedFiles)), Outcome.NOT_APPLICABLE);
		assertTrue(noList.getMessage().contains("LastBackupFailedFiles"), noList.getMessage());
		// the manifest says the list was collected, but it is not in the bundle: that is lost evidence
		only(run(id, healthy().remove(FAILED_FILES)), Outcome.UNKNOWN);
		only(run(id, healthy().remove(FAILED_FILES).remove("manifest.json")), Outcome.UNKNOWN);
		only(run(id, healthy().edit("manifest.json", t -> t.replaceFirst(
				"(LastBackupFailedFiles1c4e7_11_19_2026.txt\", \"command\": \"[^}]*\"status\": )\"ok\"", "$1\"failed\""))),
				Outcome.UNKNOWN);
	}

	/** Each code names its own folders, counted over its own entries, and cites lines of that code. */
	@Test
	void failedFilesByCodeCountsFoldersPerCode() throws IOException {
		List<Finding> findings = run("jobs.failed-files-by-code", healthy().copyFrom("broken-cache-encryption",
				FAILED_FILES));
		List<String> lines = Files.readAllLines(SampleVariant.repo().resolve("samples/broken-cache-encryption")
				.resolve(FAILED_FILES), StandardCharsets.UTF_16LE);
		for (String code : List.of("0x80070002", "0x80070005")) {
			Finding finding = findings.stream().filter(f -> code.equals(f.getSubjectKey())).findFirst().orElseThrow();
			Map<String, Long> perFolder = lines.stream().filter(l -> l.endsWith("\t" + code))
					.map(l -> l.substring(0, l.lastIndexOf('\\')))
					.collect(Collectors.groupingBy(f -> f, Collectors.counting()));
			Map.Entry<String, Long> top = perFolder.entrySet().stream()
					.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
							Comparator.reverseOrder())))
					.orElseThrow();
			assertTrue(finding.getMessage().contains("most skipped files: " + top.getKey() + " (" + top.getValue() + ")"),
					code + ": " + finding.getMessage());
			for (Evidence evidence : finding.getEvidence()) {
				assertTrue(lines.get(evidence.getLine() - 1).endsWith(code), code + " cites " + evidence.getLine()
						+ ": " + lines.get(evidence.getLine() - 1));
			}
		}
	}

	private static String unlistFailedFiles(String manifest) {
		return manifest.replaceFirst("\\s*\\{\"path\": \"agent/failed-files/[^}]*\\},?", "");
	}

	/** Lists the agent left in its Temp folder months ago, with clean backups since: history, not a problem. */
	@Test
	void failedFileListsOlderThanACleanBackupAreHistory() {
		String old = "agent/failed-files/LastBackupFailedFiles1c4e7_6_2_2026.txt";
		String list = "Consider adding these to exclusion list of backup policy.----------------------------------------------\n"
				+ "D:\\Shares\\HR\\review.docx\t0x80070005\n" + "-".repeat(103) + "\n";
		Finding byCode = only(run("jobs.failed-files-by-code", healthy().writeWindowsText(old, list)), Outcome.PASS);
		assertTrue(byCode.getMessage().contains("LastBackupFailedFiles1c4e7_6_2_2026.txt name 1 skipped file(s) of an"
				+ " older backup: the backup of 2026-11-19 completed without warnings"), byCode.getMessage());
		assertEquals(List.of(old, JOBS), byCode.getEvidence().stream().map(e -> e.getArtifact()).toList());
		only(run("jobs.completed-with-warnings", healthy().writeWindowsText(old, list)), Outcome.PASS);
		// a list of the day of the newest backup is current
		only(run("jobs.completed-with-warnings", healthy().writeWindowsText(FAILED_FILES, list)), Outcome.WARN);
	}

	@Test
	void unsupportedItemsInPolicy() {
		String id = "jobs.unsupported-items-in-policy";
		only(run(id, healthy()), Outcome.PASS);
		Finding refs = only(run(id, healthy().replace(VOLUMES, D_VOLUME, "\"D\",\"Data\",\"ReFS\",\"Fixed\"")),
				Outcome.FAIL);
		assertEquals("D:\\Shares", refs.getSubjectKey());
		assertEquals(List.of("jobs.exclude-unsupported-item@D:\\Shares"), refs.getQuickFixes());
		assertTrue(refs.getMessage().contains("ReFS"), refs.getMessage());
		only(run(id, healthy().replace(VOLUMES, D_VOLUME, "\"D\",\"Data\",\"NTFS\",\"Removable\"")), Outcome.FAIL);
		Finding oneDrive = only(run(id, healthy().replace(POLICY, "\"D:\\\\Shares\"",
				"\"D:\\\\Users\\\\ann\\\\OneDrive - Contoso\\\\Docs\"")), Outcome.FAIL);
		assertEquals("D:\\Users\\ann\\OneDrive - Contoso\\Docs", oneDrive.getSubjectKey());
		only(run(id, healthy().remove(POLICY)), Outcome.UNKNOWN);
		only(run(id, healthy().remove(VOLUMES)), Outcome.UNKNOWN);
	}

	@Test
	void criticalInconsistency() {
		String id = "jobs.critical-inconsistency";
		only(run(id, healthy()), Outcome.PASS);
		Finding warn = only(run(id, healthy().replace("agent/cloudbackup-events.csv",
				"\"11/18/2026 10:41:21 PM\",\"3\",\"Information\",\"The backup operation completed successfully.\"",
				"\"11/18/2026 10:41:21 PM\",\"3\",\"Warning\",\"A critical inconsistency was detected, therefore changes cannot be replicated.\"")),
				Outcome.WARN);
		assertEquals("agent/cloudbackup-events.csv", warn.getEvidence().get(0).getArtifact());
		only(run(id, healthy().remove(JOBS).remove("agent/cloudbackup-events.csv").remove("agent/logs/CBEngineCurr.errlog")
				.remove("agent/logs/GatewayProvider0.errlog")), Outcome.UNKNOWN);
	}

	@Test
	void scheduledFailing() {
		String id = "jobs.scheduled-failing";
		only(run(id, healthy()), Outcome.PASS);
		Finding none = only(run(id, healthy().replace("manifest.json", "\"collectedAtUtc\": \"2026-11-20T08:15:02Z\"",
				"\"collectedAtUtc\": \"2026-11-23T08:15:02Z\"")), Outcome.WARN);
		assertTrue(none.getMessage().contains("2"), none.getMessage());
		Finding failed = only(run(id, healthy().edit(JOBS,
				t -> t.replaceAll("\"JobStateName\":\\s*\"Completed\"", "\"JobStateName\":  \"Failed\""))), Outcome.WARN);
		assertEquals(JOBS, failed.getEvidence().get(0).getArtifact());
		Finding withCode = only(run(id, healthy().copyFrom("broken-cache-encryption", JOBS)), Outcome.INFO);
		assertTrue(withCode.getMessage().contains("0x1FC07"), withCode.getMessage());
		only(run(id, healthy().remove(JOBS)), Outcome.UNKNOWN);
		only(run(id, healthy().remove(POLICY)), Outcome.UNKNOWN);
		// a policy without schedule days has no scheduled backup to judge
		only(run(id, healthy().edit(POLICY, t -> t.replaceFirst("\"ScheduleRunDays\":\\s*\\[[^\\]]*\\]",
				"\"ScheduleRunDays\":  [\r\n]"))), Outcome.NOT_APPLICABLE);
	}
}
