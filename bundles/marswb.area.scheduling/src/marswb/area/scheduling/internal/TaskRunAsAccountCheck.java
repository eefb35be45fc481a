package marswb.area.scheduling.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.ScheduledTask;
import marswb.model.server.ServerPackage.Literals;

/** The agent's tasks must run as SYSTEM or as the local Administrators group. */
public final class TaskRunAsAccountCheck implements Check {

	static final String FIX = "scheduling.run-as-system";

	private static final Set<String> SYSTEM = Set.of("s-1-5-18", "system", "nt authority\\system", "localsystem");
	private static final Set<String> ADMINISTRATORS = Set.of("s-1-5-32-544", "administrators",
			"builtin\\administrators");

	@Override
	public void run(CheckContext context) {
		List<ScheduledTask> tasks = Tasks.onlineBackup(context.server());
		if (tasks.isEmpty()) {
			context.finding(Outcome.INFO).message(Messages.NoOnlineBackupTask_message).add();
			return;
		}
		boolean anyWrong = false;
		for (ScheduledTask task : tasks) {
			String user = task.getPrincipalUserId();
			String group = task.getPrincipalGroupId();
			if (user != null && SYSTEM.contains(user.toLowerCase(Locale.ROOT))
					|| group != null && ADMINISTRATORS.contains(group.toLowerCase(Locale.ROOT))) {
				continue;
			}
			anyWrong = true;
			var finding = context.finding(Outcome.FAIL).subject(task.getPath()).quickFix(FIX)
					.message(NLS.bind(Messages.RunAs_message, task.getPath(),
							user != null ? user : group != null ? group : Messages.RunAs_none))
					.recommendation(Messages.RunAs_recommendation);
			if (user != null) {
				finding.evidence(task, Literals.SCHEDULED_TASK__PRINCIPAL_USER_ID);
			} else if (group != null) {
				finding.evidence(task, Literals.SCHEDULED_TASK__PRINCIPAL_GROUP_ID);
			} else {
				finding.evidence(task);
			}
			finding.add();
		}
		if (!anyWrong) {
			context.finding(Outcome.PASS).message(Messages.RunAs_ok).add();
		}
	}
}
