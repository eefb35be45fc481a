package marswb.area.scheduling.tests;

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
class SchedulingChecksTest {

	private static final String ONLINE_BACKUP = "tasks/Microsoft-OnlineBackup.xml";
	private static final String SYSTEM_STATE = "tasks/Microsoft-OnlineBackup-SystemStateBackup.xml";
	private static final String TASK_PATH = "\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup";

	private static SampleVariant healthy() {
		return SampleVariant.of("healthy");
	}

	private static SampleVariant withoutTasks() {
		return healthy().remove(ONLINE_BACKUP).remove(SYSTEM_STATE);
	}


	@Test
	void triggerDisabled() {
		String id = "scheduling.task-trigger-disabled";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace(ONLINE_BACKUP,
				"<Enabled>true</Enabled>\r\n        <ScheduleByWeek>", "<Enabled>false</Enabled>\r\n        <ScheduleByWeek>")),
				Outcome.FAIL);
		assertEquals(TASK_PATH, fail.getSubjectKey());
		assertEquals(List.of("scheduling.enable-task-trigger@" + TASK_PATH), fail.getQuickFixes());
		assertEquals(ONLINE_BACKUP, fail.getEvidence().get(0).getArtifact());
		assertTrue(fail.getEvidence().get(0).getLine() > 0);
		assertEquals("backups-dont-run-according-to-schedule", fail.getKb());
		only(run(id, healthy().replace(ONLINE_BACKUP, "<Settings>\r\n", "<Settings>\r\n      <Enabled>false</Enabled>\r\n")
				.replace(ONLINE_BACKUP, "      <Enabled>true</Enabled>\r\n      <Hidden>", "      <Hidden>")), Outcome.FAIL);
		only(run(id, withoutTasks()), Outcome.UNKNOWN);
	}

	/** Only the system state task was collected: the registered agent's backup task is missing. */
	@Test
	void theBackupTaskMissingFromARegisteredAgentFails() {
		String id = "scheduling.task-trigger-disabled";
		Finding fail = only(run(id, healthy().remove(ONLINE_BACKUP)), Outcome.FAIL);
		assertEquals(TASK_PATH, fail.getSubjectKey());
		assertTrue(fail.getMessage().contains("contoso-rsv-sea"), fail.getMessage());
		assertTrue(fail.getMessage().contains(TASK_PATH + "-SystemStateBackup"), fail.getMessage());
		List<String> evidence = fail.getEvidence().stream().map(e -> e.getArtifact()).toList();
		assertEquals(List.of("agent/registry.reg", "agent/policy.json", SYSTEM_STATE), evidence);
		// a policy with a schedule alone asks for the task too
		Finding scheduled = only(run(id, healthy().remove(ONLINE_BACKUP).remove("agent/registry.reg")),
				Outcome.FAIL);
		assertTrue(scheduled.getMessage().startsWith("The backup policy has a schedule"), scheduled.getMessage());
		// nothing says the agent is set up: the missing task is no proof of a problem, the task there is judged
		only(run(id, healthy().remove(ONLINE_BACKUP).remove("agent/registry.reg").remove("agent/policy.json")),
				Outcome.PASS);
	}

	@Test
	void runAsAccount() {
		String id = "scheduling.task-run-as-account";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace(ONLINE_BACKUP, "<UserId>S-1-5-18</UserId>",
				"<UserId>CONTOSO\\backup-operator</UserId>")), Outcome.FAIL);
		assertTrue(fail.getMessage().contains("CONTOSO\\backup-operator"), fail.getMessage());
		only(run(id, healthy().replace(ONLINE_BACKUP, "<UserId>S-1-5-18</UserId>", "<GroupId>S-1-5-32-544</GroupId>")),
				Outcome.PASS);
		only(run(id, withoutTasks()), Outcome.UNKNOWN);
	}

	@Test
	void powerShellVersion() {
		String id = "scheduling.powershell-version-too-old";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace("system/psversion.txt", "PSVersion                      5.1.20348.2849",
				"PSVersion                      2.0")), Outcome.FAIL);
		assertEquals("system/psversion.txt", fail.getEvidence().get(0).getArtifact());
		only(run(id, healthy().remove("system/psversion.txt")), Outcome.UNKNOWN);
	}

	@Test
	void psModulePath() {
		String id = "scheduling.psmodulepath-missing-mars-module";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().copyFrom("broken-scheduling", "system/environment.reg")), Outcome.FAIL);
		assertEquals(List.of("scheduling.add-module-path"), fail.getQuickFixes());
		Finding unknown = only(run(id, healthy().remove("system/environment.reg")), Outcome.UNKNOWN);
		assertTrue(unknown.getMessage().contains("system/environment.reg"), unknown.getMessage());
		only(run(id, healthy().remove("agent/registry.reg")), Outcome.UNKNOWN);
	}

	@Test
	void executionPolicy() {
		String id = "scheduling.execution-policy-restricted";
		only(run(id, healthy()), Outcome.PASS);
		only(run(id, healthy().replace("system/executionpolicy.txt", " LocalMachine    RemoteSigned",
				" LocalMachine      Restricted")), Outcome.FAIL);
		Finding gpo = only(run(id, healthy().replace("system/executionpolicy.txt", "MachinePolicy       Undefined",
				"MachinePolicy      Restricted")), Outcome.FAIL);
		assertTrue(gpo.getQuickFixes().isEmpty(), "Set-ExecutionPolicy cannot override Group Policy");
		only(run(id, healthy().remove("system/executionpolicy.txt")), Outcome.UNKNOWN);
	}

	private static SampleVariant allUndefined(SampleVariant variant) {
		return variant.replace("system/executionpolicy.txt", " LocalMachine    RemoteSigned",
				" LocalMachine       Undefined");
	}

	private static SampleVariant windows11(SampleVariant variant) {
		return variant.replace("system/systeminfo.csv", "\"Microsoft Windows Server 2022 Standard\"",
				"\"Microsoft Windows 11 Pro\"");
	}

	@Test
	void executionPolicyOfTheTaskIsTheOperatingSystemsDefaultWhenNoMachineScopeSetsOne() {
		String id = "scheduling.execution-policy-restricted";
		Finding server = only(run(id, allUndefined(healthy())), Outcome.PASS);
		assertTrue(server.getMessage().contains("Microsoft Windows Server 2022 Standard applies: RemoteSigned"),
				server.getMessage());
		assertEquals(List.of("system/executionpolicy.txt", "system/systeminfo.csv"),
				server.getEvidence().stream().map(e -> e.getArtifact()).toList());
		Finding client = only(run(id, windows11(allUndefined(healthy()))), Outcome.FAIL);
		assertTrue(client.getMessage().contains("Microsoft Windows 11 Pro applies: Restricted"), client.getMessage());
		assertEquals(List.of("scheduling.set-execution-policy"), client.getQuickFixes());
		// the collecting user's own scope does not reach the task, which runs as SYSTEM
		only(run(id, windows11(allUndefined(healthy())).replace("system/executionpolicy.txt",
				"  CurrentUser       Undefined", "  CurrentUser    RemoteSigned")), Outcome.FAIL);
		only(run(id, allUndefined(healthy()).remove("system/systeminfo.csv")), Outcome.UNKNOWN);
	}

	@Test
	void executionPolicySetByGroupPolicyWinsAndIsNamed() {
		String id = "scheduling.execution-policy-restricted";
		Finding gpo = only(run(id, healthy().replace("system/executionpolicy.txt", " LocalMachine    RemoteSigned",
				" LocalMachine      Restricted").replace("system/executionpolicy.txt", "MachinePolicy       Undefined",
						"MachinePolicy    RemoteSigned")), Outcome.PASS);
		assertTrue(gpo.getMessage().startsWith("Group Policy (MachinePolicy scope) sets"), gpo.getMessage());
		assertEquals(4, gpo.getEvidence().get(0).getLine(), "the MachinePolicy line");
	}

	@Test
	void moduleFiles() {
		String id = "scheduling.module-files-missing-or-corrupt";
		only(run(id, healthy()), Outcome.PASS);
		only(run(id, healthy().edit("agent/module-files.csv",
				text -> text.replaceAll("(?m)^.*MSOnlineBackup\\.psd1.*\\r?\\n", ""))), Outcome.FAIL);
		Finding empty = only(run(id, healthy().replace("agent/module-files.csv",
				"7DB821E1BB0543D5D9FC6C8094B0B50EEA6B28D257BE240CC4FDDD919DE2FA5D",
				"E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")), Outcome.FAIL);
		assertTrue(empty.getSubjectKey().endsWith("MSOnlineBackup.format.ps1xml"), empty.getSubjectKey());
		only(run(id, healthy().remove("agent/module-files.csv")), Outcome.UNKNOWN);
	}

	@Test
	void windowsServerBackupConflict() {
		String id = "scheduling.wsb-schedule-conflict";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().writeWindowsText("tasks/Microsoft-Windows-WindowsBackup.xml",
				windowsBackupTask("2025-11-01T22:30:00"))), Outcome.FAIL);
		assertEquals(2, fail.getEvidence().size());
		only(run(id, healthy().writeWindowsText("tasks/Microsoft-Windows-WindowsBackup.xml",
				windowsBackupTask("2025-11-01T03:00:00"))), Outcome.PASS);
		only(run(id, withoutTasks()), Outcome.UNKNOWN);
	}

	@Test
	void multipleInstancesPolicy() {
		String id = "scheduling.multiple-instances-not-ignore-new";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace(SYSTEM_STATE, "<MultipleInstancesPolicy>IgnoreNew<",
				"<MultipleInstancesPolicy>Parallel<")), Outcome.FAIL);
		assertEquals("job-could-not-be-started-as-another-job-was-in-progress", fail.getKb());
		assertEquals(List.of("scheduling.set-ignore-new@\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup-SystemStateBackup"),
				fail.getQuickFixes());
		Finding seen = only(run(id, healthy().copyFrom("broken-scheduling", "agent/jobs.json")), Outcome.INFO);
		assertEquals("agent/jobs.json", seen.getEvidence().get(0).getArtifact());
		only(run(id, withoutTasks()), Outcome.UNKNOWN);
	}

	/** A Windows Server Backup task with a daily trigger at the given start. */
	static String windowsBackupTask(String start) {
		return """
				<?xml version="1.0" encoding="UTF-16"?>
				<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
				  <RegistrationInfo>
				    <URI>\\Microsoft\\Windows\\Backup\\Microsoft-Windows-WindowsBackup</URI>
				  </RegistrationInfo>
				  <Triggers>
				    <CalendarTrigger>
				      <StartBoundary>%s</StartBoundary>
				      <Enabled>true</Enabled>
				      <ScheduleByDay>
				        <DaysInterval>1</DaysInterval>
				      </ScheduleByDay>
				    </CalendarTrigger>
				  </Triggers>
				  <Principals>
				    <Principal id="Author">
				      <UserId>S-1-5-18</UserId>
				    </Principal>
				  </Principals>
				  <Settings>
				    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
				  </Settings>
				  <Actions Context="Author">
				    <Exec>
				      <Command>C:\\Windows\\system32\\wbadmin.exe</Command>
				    </Exec>
				  </Actions>
				</Task>
				""".formatted(start);
	}
}
