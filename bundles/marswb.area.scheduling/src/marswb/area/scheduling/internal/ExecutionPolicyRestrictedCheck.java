package marswb.area.scheduling.internal;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.ExecutionPolicySetting;
import marswb.model.server.OperatingSystem;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.ServerPackage.Literals;

/**
 * The execution policy that the agent's scheduled task gets, judged the way PowerShell decides it for that task.
 * The task runs as SYSTEM, so only the machine-wide scopes count: Group Policy (MachinePolicy) wins, then
 * LocalMachine; the UserPolicy, Process and CurrentUser scopes in the bundle are those of whoever collected it. When
 * both are Undefined, the operating system's default applies: RemoteSigned on Windows Server 2012 R2 and later,
 * Restricted on Windows client editions and older servers. With Restricted the task's cmdlet cannot load.
 */
public final class ExecutionPolicyRestrictedCheck implements Check {

	static final String ARTIFACT = "system/executionpolicy.txt";
	static final String SYSTEM_INFO = "system/systeminfo.csv";
	static final String FIX = "scheduling.set-execution-policy";
	private static final String UNDEFINED = "Undefined";
	private static final String RESTRICTED = "Restricted";

	@Override
	public void run(CheckContext context) {
		PowerShellInfo powerShell = context.server().getPowerShell();
		if (powerShell == null || powerShell.getExecutionPolicies().isEmpty()) {
			context.unknown(ARTIFACT).add();
			return;
		}
		Optional<ExecutionPolicySetting> machinePolicy = scope(powerShell, "MachinePolicy").filter(s -> !undefined(s));
		Optional<ExecutionPolicySetting> localMachine = scope(powerShell, "LocalMachine");
		if (machinePolicy.isPresent()) {
			ExecutionPolicySetting gpo = machinePolicy.get();
			FindingBuilder finding = restricted(gpo.getPolicy())
					? context.finding(Outcome.FAIL).message(Messages.PolicyRestrictedByGpo_message)
							.recommendation(Messages.PolicyRestrictedByGpo_recommendation)
					: context.finding(Outcome.PASS).message(NLS.bind(Messages.PolicyByGpo_message, gpo.getPolicy()));
			finding.evidence(gpo, Literals.EXECUTION_POLICY_SETTING__POLICY).add();
		} else if (localMachine.isEmpty()) {
			context.unknown(ARTIFACT).add();
		} else if (!undefined(localMachine.get())) {
			FindingBuilder finding = restricted(localMachine.get().getPolicy())
					? context.finding(Outcome.FAIL).message(Messages.PolicyRestricted_message)
							.recommendation(Messages.PolicyRestricted_recommendation).quickFix(FIX)
					: context.finding(Outcome.PASS)
							.message(NLS.bind(Messages.PolicyOk_message, localMachine.get().getPolicy()));
			finding.evidence(localMachine.get(), Literals.EXECUTION_POLICY_SETTING__POLICY).add();
		} else {
			byOperatingSystem(context, localMachine.get());
		}
	}

	/** Every scope that applies to the task is Undefined: the default of the operating system decides. */
	private static void byOperatingSystem(CheckContext context, ExecutionPolicySetting localMachine) {
		OperatingSystem os = context.server().getOperatingSystem();
		String name = os == null ? null : os.getName();
		Optional<String> osDefault = name == null ? Optional.empty() : defaultPolicy(name);
		if (osDefault.isEmpty()) {
			context.unknown(SYSTEM_INFO).add();
			return;
		}
		FindingBuilder finding = restricted(osDefault.get())
				? context.finding(Outcome.FAIL).message(NLS.bind(Messages.PolicyDefaultRestricted_message, name))
						.recommendation(Messages.PolicyRestricted_recommendation).quickFix(FIX)
				: context.finding(Outcome.PASS).message(NLS.bind(Messages.PolicyDefaultOk_message, name, osDefault.get()));
		finding.evidence(localMachine, Literals.EXECUTION_POLICY_SETTING__POLICY)
				.evidence(os, Literals.OPERATING_SYSTEM__NAME).add();
	}

	/**
	 * PowerShell's default execution policy for a systeminfo OS name: RemoteSigned on Windows Server 2012 R2 and
	 * later, Restricted on client editions and older servers; empty for a name not recognized.
	 */
	static Optional<String> defaultPolicy(String osName) {
		String name = osName.toLowerCase(Locale.ROOT);
		if (name.matches(".*server (2012 r2|2016|2019|2022|2025)( .*|$)")) {
			return Optional.of("RemoteSigned");
		}
		if (name.matches(".*server (2012|2008 r2|2008)( .*|$)") || name.matches(".*windows (11|10|8\\.1|8|7)( .*|$)")) {
			return Optional.of(RESTRICTED);
		}
		return Optional.empty();
	}

	static Optional<ExecutionPolicySetting> scope(PowerShellInfo powerShell, String scope) {
		return powerShell.getExecutionPolicies().stream().filter(p -> scope.equalsIgnoreCase(p.getScope()))
				.findFirst();
	}

	private static boolean undefined(ExecutionPolicySetting setting) {
		return setting.getPolicy() == null || UNDEFINED.equalsIgnoreCase(setting.getPolicy());
	}

	private static boolean restricted(String policy) {
		return RESTRICTED.equalsIgnoreCase(policy);
	}
}
