package marswb.area.registration.internal;

import static marswb.engine.spi.RemediationStep.quote;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;

/**
 * Renames the server back to the name it registered with (the finding's subject). The new name takes effect at the
 * next restart, which the plan leaves to the administrator; re-registering under the new name is the alternative
 * the comment names.
 */
public final class RenameComputerBackFix implements QuickFix {

	/** Where Windows keeps the name it takes at the next restart. */
	private static final String PENDING = "Registry::HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName";

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
		return RemediationStep.builder(NLS.bind(Messages.FixRename_comment, current, old)).destructive()
				.guard("$env:COMPUTERNAME -eq " + quote(current), NLS.bind(Messages.FixRename_guard, current))
				.backup("computer-name", "$env:COMPUTERNAME", "\"Rename-Computer -NewName $(Quote $saved) -Force\"")
				.change("Rename-Computer -NewName " + old, "Rename-Computer -NewName " + quote(old) + " -Force")
				.verify("(Get-ItemProperty -LiteralPath " + quote(PENDING) + ").ComputerName -eq " + quote(old),
						"ComputerName")
				.note(Messages.FixRename_restart).build();
	}

	private static String name(Finding finding) {
		return ServerRenamedCheck.oldName(finding.getSubjectKey())
				.orElseThrow(() -> new IllegalArgumentException("the finding names no registered host name"));
	}
}
