package marswb.area.scheduling.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;

/** Enables the agent's task and its triggers. */
public final class EnableTaskTriggerFix extends TaskFix {

	@Override
	void fix(ScheduledTask task) {
		task.setEnabled(Boolean.TRUE);
		task.getTriggers().forEach(t -> t.setEnabled(Boolean.TRUE));
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String path = finding.getSubjectKey();
		String script = loadTask(path) + "$task.Triggers | ForEach-Object { $_.Enabled = $true }\n"
				+ "Set-ScheduledTask -InputObject $task | Out-Null\n" + "Enable-ScheduledTask -TaskPath "
				+ Tasks.quote(Tasks.folderOf(path)) + " -TaskName " + Tasks.quote(Tasks.nameOf(path)) + " | Out-Null";
		return new RemediationStep(TaskTriggerDisabledCheck.FIX + "@" + path,
				NLS.bind(Messages.FixEnableTrigger_comment, path), script, false);
	}
}
