package marswb.area.scheduling.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;

/** Runs the agent's task as SYSTEM, the account the agent's installer gives it. */
public final class RunAsSystemFix extends TaskFix {

	static final String SYSTEM_SID = "S-1-5-18";

	@Override
	void fix(ScheduledTask task) {
		task.setPrincipalUserId(SYSTEM_SID);
		task.setPrincipalGroupId(null);
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String path = finding.getSubjectKey();
		String script = "$principal = New-ScheduledTaskPrincipal -UserId '" + SYSTEM_SID
				+ "' -LogonType ServiceAccount -RunLevel Highest\n" + "Set-ScheduledTask -TaskPath "
				+ Tasks.quote(Tasks.folderOf(path)) + " -TaskName " + Tasks.quote(Tasks.nameOf(path))
				+ " -Principal $principal | Out-Null";
		return new RemediationStep(TaskRunAsAccountCheck.FIX + "@" + path,
				NLS.bind(Messages.FixRunAsSystem_comment, path), script, true);
	}
}
