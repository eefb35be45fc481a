package marswb.area.scheduling.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;

/** Sets "Do not start a new instance" (IgnoreNew) on the agent's task. */
public final class SetIgnoreNewFix extends TaskFix {

	@Override
	void fix(ScheduledTask task) {
		task.setMultipleInstancesPolicy("IgnoreNew");
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String path = finding.getSubjectKey();
		String script = loadTask(path) + "$task.Settings.MultipleInstances = 'IgnoreNew'\n"
				+ "Set-ScheduledTask -InputObject $task | Out-Null";
		return new RemediationStep(MultipleInstancesPolicyCheck.FIX + "@" + path,
				NLS.bind(Messages.FixIgnoreNew_comment, path), script, false);
	}
}
