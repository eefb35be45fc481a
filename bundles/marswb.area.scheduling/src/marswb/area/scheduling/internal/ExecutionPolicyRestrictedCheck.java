package marswb.area.scheduling.internal;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import marswb.engine.Check;
import marswb.engine.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.ExecutionPolicySetting;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.ServerPackage.Literals;

/**
 * With a Restricted execution policy for LocalMachine the PowerShell cmdlet that the scheduled task runs cannot
 * load. A Group Policy setting (MachinePolicy scope) wins over LocalMachine, so a Restricted one counts too.
 */
public final class ExecutionPolicyRestrictedCheck implements Check {

	static final String ARTIFACT = "system/executionpolicy.txt";
	static final String FIX = "scheduling.set-execution-policy";

	@Override
	public void run(CheckContext context) {
		PowerShellInfo powerShell = context.server().getPowerShell();
		if (powerShell == null || powerShell.getExecutionPolicies().isEmpty()) {
			context.unknown(ARTIFACT).add();
			return;
		}
		Optional<ExecutionPolicySetting> machinePolicy = scope(powerShell, "MachinePolicy");
		Optional<ExecutionPolicySetting> localMachine = scope(powerShell, "LocalMachine");
		if (machinePolicy.filter(ExecutionPolicyRestrictedCheck::restricted).isPresent()) {
			context.finding(Outcome.FAIL).message(Messages.PolicyRestrictedByGpo_message)
					.recommendation(Messages.PolicyRestrictedByGpo_recommendation)
					.evidence(machinePolicy.get(), Literals.EXECUTION_POLICY_SETTING__POLICY).add();
		} else if (localMachine.filter(ExecutionPolicyRestrictedCheck::restricted).isPresent()) {
			context.finding(Outcome.FAIL).message(Messages.PolicyRestricted_message)
					.recommendation(Messages.PolicyRestricted_recommendation).quickFix(FIX)
					.evidence(localMachine.get(), Literals.EXECUTION_POLICY_SETTING__POLICY).add();
		} else if (localMachine.isEmpty()) {
			context.unknown(ARTIFACT).add();
		} else {
			context.finding(Outcome.PASS)
					.message(NLS.bind(Messages.PolicyOk_message, localMachine.get().getPolicy()))
					.evidence(localMachine.get(), Literals.EXECUTION_POLICY_SETTING__POLICY).add();
		}
	}

	static Optional<ExecutionPolicySetting> scope(PowerShellInfo powerShell, String scope) {
		return powerShell.getExecutionPolicies().stream().filter(p -> scope.equalsIgnoreCase(p.getScope()))
				.findFirst();
	}

	private static boolean restricted(ExecutionPolicySetting setting) {
		return "Restricted".equalsIgnoreCase(setting.getPolicy());
	}
}
