package marswb.area.scheduling.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.engine.Check;
import marswb.engine.CheckContext;
import marswb.engine.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.ScheduledTask;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.TaskTrigger;

/** Scheduled backups cannot start when the agent's task, or every trigger of it, is disabled. */
public final class TaskTriggerDisabledCheck implements Check {

	static final String FIX = "scheduling.enable-task-trigger";

	@Override
	public void run(CheckContext context) {
		if (!context.usable(Tasks.ARTIFACT)) {
			context.unknown(Tasks.ARTIFACT).add();
			return;
		}
		List<ScheduledTask> tasks = Tasks.onlineBackup(context.server());
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
}
