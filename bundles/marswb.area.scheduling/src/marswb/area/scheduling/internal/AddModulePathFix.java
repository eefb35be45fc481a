package marswb.area.scheduling.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.Server;

/** Appends {@code <InstallPath>\bin\Modules} to the machine PSModulePath, keeping what is there. */
public final class AddModulePathFix implements QuickFix {

	@Override
	public void apply(Server workingCopy, Finding finding) {
		PowerShellInfo powerShell = workingCopy.getPowerShell();
		String current = powerShell.getMachinePSModulePath();
		powerShell.setMachinePSModulePath(current.endsWith(";") ? current + modules(workingCopy)
				: current + ";" + modules(workingCopy));
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String modules = modules(server);
		String script = "$modules = " + Tasks.quote(modules) + "\n"
				+ "$current = [Environment]::GetEnvironmentVariable('PSModulePath', 'Machine')\n"
				+ "if (($current -split ';') -notcontains $modules) {\n"
				+ "    [Environment]::SetEnvironmentVariable('PSModulePath', ($current.TrimEnd(';') + ';' + $modules), 'Machine')\n"
				+ "}";
		return new RemediationStep(PsModulePathCheck.FIX, NLS.bind(Messages.FixModulePath_comment, modules), script,
				false);
	}

	private static String modules(Server server) {
		return server.getAgent().getInstallPath().replaceAll("\\\\+$", "") + "\\bin\\Modules";
	}
}
