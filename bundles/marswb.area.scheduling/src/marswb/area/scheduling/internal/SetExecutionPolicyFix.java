package marswb.area.scheduling.internal;

import static marswb.engine.spi.RemediationStep.quote;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.ExecutionPolicySetting;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.Server;

/** Sets the LocalMachine execution policy to RemoteSigned, one of the two values the article recommends. */
public final class SetExecutionPolicyFix implements QuickFix {

	static final String POLICY = "RemoteSigned";
	/** Where Windows PowerShell keeps the LocalMachine policy; undo.ps1 restores the exported key. */
	static final String SHELL_KEY = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PowerShell\\1\\ShellIds\\Microsoft.PowerShell";

	@Override
	public void apply(Server workingCopy, Finding finding) {
		PowerShellInfo powerShell = workingCopy.getPowerShell();
		for (ExecutionPolicySetting setting : powerShell.getExecutionPolicies()) {
			if ("LocalMachine".equalsIgnoreCase(setting.getScope())) {
				setting.setPolicy(POLICY);
			}
		}
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String shown = ExecutionPolicyRestrictedCheck.scope(server.getPowerShell(), "LocalMachine")
				.map(ExecutionPolicySetting::getPolicy).orElse("Restricted");
		return RemediationStep.builder(Messages.FixExecutionPolicy_comment)
				.read("$policy = [string](Get-ExecutionPolicy -Scope LocalMachine)")
				.guard("$policy -eq " + quote(shown), NLS.bind(Messages.FixExecutionPolicy_guard, shown))
				.backupRegistry(SHELL_KEY, "ExecutionPolicy")
				.change("LocalMachine execution policy = " + POLICY,
						"Set-ExecutionPolicy -ExecutionPolicy " + POLICY + " -Scope LocalMachine -Force")
				.verify("[string](Get-ExecutionPolicy -Scope LocalMachine) -eq " + quote(POLICY),
						"Get-ExecutionPolicy -Scope LocalMachine")
				.build();
	}
}
