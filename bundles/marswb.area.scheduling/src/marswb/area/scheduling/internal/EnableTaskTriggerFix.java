package marswb.area.scheduling.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;

/** Enables the agent's task and its triggers. */
public final class EnableTaskTriggerFix extends TaskFix {

	private static final String DISABLED = "(-not $%1$s.Settings.Enabled -or @($%1$s.Triggers | Where-Object { -not $_.Enabled }).Count -gt 0)";

	@Override
	void fix(ScheduledTask task) {
		task.setEnabled(Boolean.TRUE);
		task.getTriggers().forEach(t -> t.setEnabled(Boolean.TRUE));
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String path = finding.getSubjectKey();
		return step(NLS.bind(Messages.FixEnableTrigger_comment, path), path)
				.guard(DISABLED.formatted("task"), NLS.bind(Messages.FixEnableTrigger_guard, path))
				.change("Enable " + path + " and its triggers",
						"$task.Triggers | ForEach-Object { $_.Enabled = $true }\n"
								+ "Set-ScheduledTask -InputObject $task | Out-Null\n"
								+ "$task | Enable-ScheduledTask | Out-Null")
				.readBack(load("$after", path)).verify("-not " + DISABLED.formatted("after"), path).build();
	}
}
