package marswb.area.registration.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;

/**
 * Renames the server back to the name it registered with (the finding's subject). Rename-Computer restarts the
 * server; re-registering under the new name is the alternative the comment names.
 */
public final class RenameComputerBackFix implements QuickFix {

	@Override
	public void apply(Server workingCopy, Finding finding) {
		String old = name(finding);
		workingCopy.setHostName(old);
		if (workingCopy.getOperatingSystem() != null) {
			workingCopy.getOperatingSystem().setHostName(old);
		}
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String old = name(finding);
		String current = server.getOperatingSystem() != null && server.getOperatingSystem().getHostName() != null
				? server.getOperatingSystem().getHostName()
				: server.getHostName();
		String script = "Rename-Computer -NewName '" + old.replace("'", "''") + "' -Restart";
		return new RemediationStep(ServerRenamedCheck.FIX + "@" + old,
				NLS.bind(Messages.FixRename_comment, current, old), script, true);
	}

	private static String name(Finding finding) {
		return ServerRenamedCheck.oldName(finding.getSubjectKey())
				.orElseThrow(() -> new IllegalArgumentException("the finding names no registered host name"));
	}
}
