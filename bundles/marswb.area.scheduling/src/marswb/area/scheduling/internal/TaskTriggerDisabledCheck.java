package marswb.area.scheduling.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.BackupPolicy;
import marswb.model.server.Registration;
import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.TaskTrigger;

/**
 * Scheduled backups cannot start when the agent's backup task is missing, or when the task or every trigger of it
 * is disabled. The task is missing only for an agent that should have it: one that is registered to a vault or has
 * a backup policy with a schedule.
 */
public final class TaskTriggerDisabledCheck implements Check {

	static final String FIX = "scheduling.enable-task-trigger";
	/** The task that starts scheduled backups; the agent creates it when the schedule is saved. */
	static final String BACKUP_TASK = Tasks.ONLINE_BACKUP_FOLDER + "Microsoft-OnlineBackup";

	@Override
	public void run(CheckContext context) {
		Server server = context.server();
		List<ScheduledTask> tasks = Tasks.onlineBackup(server);
		if (Tasks.byPath(server, BACKUP_TASK).isEmpty() && missingTask(context, server)) {
			return;
		}
		if (tasks.isEmpty()) {
			context.finding(Outcome.WARN).message(Messages.NoOnlineBackupTask_message)
					.recommendation(Messages.NoOnlineBackupTask_recommendation).add();
			return;
		}
		boolean anyDisabled = false;
		for (ScheduledTask task : tasks) {
			List<TaskTrigger> disabled = task.getTriggers().stream()
					.filter(t -> Boolean.FALSE.equals(t.getEnabled())).toList();
			boolean taskDisabled = Boolean.FALSE.equals(task.getEnabled());
			boolean noActiveTrigger = disabled.size() == task.getTriggers().size();
			if (!taskDisabled && !noActiveTrigger) {
				continue;
			}
			anyDisabled = true;
			FindingBuilder finding = context.finding(Outcome.FAIL).subject(task.getPath())
					.recommendation(Messages.TriggerDisabled_recommendation).quickFix(FIX);
			if (taskDisabled) {
				finding.message(NLS.bind(Messages.TaskDisabled_message, task.getPath()))
						.evidence(task, Literals.SCHEDULED_TASK__ENABLED);
			} else if (task.getTriggers().isEmpty()) {
				finding.message(NLS.bind(Messages.NoTrigger_message, task.getPath())).evidence(task);
			} else {
				finding.message(NLS.bind(Messages.TriggerDisabled_message, task.getPath()));
			}
			disabled.forEach(t -> finding.evidence(t, Literals.TASK_TRIGGER__ENABLED));
			finding.add();
		}
		if (!anyDisabled) {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.TriggerEnabled_message, tasks.size())).add();
		}
	}

	/**
	 * FAIL when the agent is registered or has a scheduled policy and its backup task is not among the tasks; the
	 * evidence is the task list and what says the agent needs the task. False when nothing says it does.
	 */
	private static boolean missingTask(CheckContext context, Server server) {
		Registration registration = server.getAgent() == null ? null : server.getAgent().getRegistration();
		String vault = registration == null ? null
				: registration.getVaultName() != null ? registration.getVaultName() : registration.getMachineId();
		BackupPolicy policy = server.getPolicy();
		boolean scheduled = policy != null && !policy.getScheduleDays().isEmpty() && !policy.getScheduleTimes().isEmpty();
		if (vault == null && !scheduled) {
			return false;
		}
		String taskList = server.getTasks().isEmpty() ? Messages.NoTasks
				: String.join(", ", server.getTasks().stream().map(ScheduledTask::getPath).toList());
		FindingBuilder finding = context.finding(Outcome.FAIL).subject(BACKUP_TASK)
				.recommendation(Messages.NoOnlineBackupTask_recommendation);
		if (vault != null) {
			finding.message(NLS.bind(Messages.MissingBackupTaskRegistered_message,
					new Object[] { vault, BACKUP_TASK, taskList }));
			finding.evidence(registration, registration.getVaultName() != null
					? Literals.REGISTRATION__VAULT_NAME : Literals.REGISTRATION__MACHINE_ID);
		} else {
			finding.message(NLS.bind(Messages.MissingBackupTaskScheduled_message, new Object[] {
					String.join(", ", policy.getScheduleDays()) + " " + String.join(", ", policy.getScheduleTimes()),
					BACKUP_TASK, taskList }));
		}
		if (scheduled) {
			finding.evidence(policy, Literals.BACKUP_POLICY__SCHEDULE_TIMES);
		}
		server.getTasks().forEach(t -> finding.evidence(t, Literals.SCHEDULED_TASK__PATH));
		finding.add();
		return true;
	}
}
