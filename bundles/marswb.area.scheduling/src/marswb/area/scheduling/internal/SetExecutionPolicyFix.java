package marswb.area.scheduling.internal;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.ExecutionPolicySetting;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.Server;

/** Sets the LocalMachine execution policy to RemoteSigned, one of the two values the article recommends. */
public final class SetExecutionPolicyFix implements QuickFix {

	static final String POLICY = "RemoteSigned";

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
		return new RemediationStep(ExecutionPolicyRestrictedCheck.FIX, Messages.FixExecutionPolicy_comment,
				"Set-ExecutionPolicy -ExecutionPolicy " + POLICY + " -Scope LocalMachine -Force", false);
	}
}
