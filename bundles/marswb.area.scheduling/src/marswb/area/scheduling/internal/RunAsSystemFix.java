package marswb.area.scheduling.internal;

import static marswb.engine.spi.RemediationStep.quote;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;

/** Runs the agent's task as SYSTEM, the account the agent's installer gives it. */
public final class RunAsSystemFix extends TaskFix {

	static final String SYSTEM_SID = "S-1-5-18";
	/** The forms Get-ScheduledTask may give SYSTEM's user id in. */
	private static final String SYSTEM_NAMES = "@('SYSTEM', 'NT AUTHORITY\\SYSTEM', '" + SYSTEM_SID + "')";

	@Override
	void fix(ScheduledTask task) {
		task.setPrincipalUserId(SYSTEM_SID);
		task.setPrincipalGroupId(null);
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String path = finding.getSubjectKey();
		return step(NLS.bind(Messages.FixRunAsSystem_comment, path), path).destructive()
				.guard(SYSTEM_NAMES + " -notcontains [string]$task.Principal.UserId",
						NLS.bind(Messages.FixRunAsSystem_guard, path))
				.change(path + ": run as " + SYSTEM_SID,
						"$principal = New-ScheduledTaskPrincipal -UserId " + quote(SYSTEM_SID)
								+ " -LogonType ServiceAccount -RunLevel Highest\n"
								+ "Set-ScheduledTask -TaskPath " + quote(Tasks.folderOf(path)) + " -TaskName "
								+ quote(Tasks.nameOf(path)) + " -Principal $principal | Out-Null")
				.readBack(load("$after", path))
				.verify(SYSTEM_NAMES + " -contains [string]$after.Principal.UserId", path).build();
	}
}
