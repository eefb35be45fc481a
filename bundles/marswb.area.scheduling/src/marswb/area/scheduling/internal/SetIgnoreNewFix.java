package marswb.area.scheduling.internal;

import static marswb.engine.spi.RemediationStep.quote;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;

/** Sets "Do not start a new instance" (IgnoreNew) on the agent's task. */
public final class SetIgnoreNewFix extends TaskFix {

	static final String IGNORE_NEW = "IgnoreNew";

	@Override
	void fix(ScheduledTask task) {
		task.setMultipleInstancesPolicy(IGNORE_NEW);
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String path = finding.getSubjectKey();
		String shown = task(server, finding).getMultipleInstancesPolicy();
		String guard = shown == null ? "[string]$task.Settings.MultipleInstances -ne " + quote(IGNORE_NEW)
				: "[string]$task.Settings.MultipleInstances -eq " + quote(shown);
		return step(NLS.bind(Messages.FixIgnoreNew_comment, path), path)
				.guard(guard, NLS.bind(Messages.FixIgnoreNew_guard, path, shown == null ? "?" : shown))
				.change(path + ": MultipleInstances = " + IGNORE_NEW,
						"$task.Settings.MultipleInstances = " + quote(IGNORE_NEW) + "\n"
								+ "Set-ScheduledTask -InputObject $task | Out-Null")
				.readBack(load("$after", path))
				.verify("[string]$after.Settings.MultipleInstances -eq " + quote(IGNORE_NEW), path).build();
	}
}
