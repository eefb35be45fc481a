package marswb.area.scheduling.internal;

import static marswb.engine.spi.RemediationStep.quote;
import static marswb.engine.spi.RemediationStep.registryPath;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.Server;

/**
 * Appends {@code <InstallPath>\bin\Modules} to the machine PSModulePath, keeping what is there. The value is read
 * and written in the registry as REG_EXPAND_SZ without expanding it: .NET's environment API would store it
 * expanded (and may turn it into REG_SZ), freezing {@code %ProgramFiles%} and {@code %SystemRoot%} into fixed paths.
 */
public final class AddModulePathFix implements QuickFix {

	static final String ENVIRONMENT = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment";
	static final String VALUE = "PSModulePath";
	static final String KIND = "ExpandString";

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
		String shown = server.getPowerShell().getMachinePSModulePath();
		String key = quote(registryPath(ENVIRONMENT));
		return RemediationStep.builder(NLS.bind(Messages.FixModulePath_comment, modules))
				.read("$environment = Get-Item -LiteralPath " + key + "\n"
						+ "$current = $environment.GetValue(" + quote(VALUE) + ", $null, 'DoNotExpandEnvironmentNames')\n"
						+ "$modules = " + quote(modules))
				.guard("$current -ceq " + quote(shown), NLS.bind(Messages.FixModulePath_guard, shown))
				.guard("$environment.GetValueKind(" + quote(VALUE) + ") -eq " + quote(KIND),
						NLS.bind(Messages.FixModulePath_guardKind, KIND))
				.backupRegistry(ENVIRONMENT, VALUE)
				.change(VALUE + " += " + modules, "$new = $current.TrimEnd(';') + ';' + $modules")
				.setRegistryValue(ENVIRONMENT, VALUE, KIND, "$new", "'" + shown + ";" + modules + "'")
				.verifyRegistryValue(ENVIRONMENT, VALUE, KIND, "$new").note(Messages.FixModulePath_restart).build();
	}

	private static String modules(Server server) {
		return server.getAgent().getInstallPath().replaceAll("\\\\+$", "") + "\\bin\\Modules";
	}
}
