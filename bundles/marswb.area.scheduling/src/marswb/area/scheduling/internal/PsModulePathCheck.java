package marswb.area.scheduling.internal;

import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Agent;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.ServerPackage.Literals;

/**
 * The scheduled task imports the MSOnlineBackup module by name, so the machine PSModulePath must lead to
 * {@code <InstallPath>\bin\Modules\MSOnlineBackup}: either that folder or its parent {@code bin\Modules}.
 */
public final class PsModulePathCheck implements Check {

	static final String ENVIRONMENT = "system/environment.reg";
	static final String AGENT_REGISTRY = "agent/registry.reg";
	static final String FIX = "scheduling.add-module-path";

	@Override
	public void run(CheckContext context) {
		Agent agent = context.server().getAgent();
		String installPath = agent == null ? null : agent.getInstallPath();
		if (installPath == null) {
			context.unknown(AGENT_REGISTRY).add();
			return;
		}
		PowerShellInfo powerShell = context.server().getPowerShell();
		String modulePath = powerShell == null ? null : powerShell.getMachinePSModulePath();
		if (modulePath == null) {
			context.unknown(ENVIRONMENT).add();
			return;
		}
		boolean covered = Arrays.stream(modulePath.split(";")).filter(e -> !e.isBlank())
				.anyMatch(entry -> ModulePaths.coversMarsModule(entry, installPath));
		String expected = installPath.replaceAll("\\\\+$", "") + "\\bin\\Modules\\MSOnlineBackup";
		if (covered) {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.ModulePathOk_message, expected))
					.evidence(powerShell, Literals.POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH).add();
		} else {
			context.finding(Outcome.FAIL).message(NLS.bind(Messages.ModulePathMissing_message, expected))
					.recommendation(Messages.ModulePathMissing_recommendation).quickFix(FIX)
					.evidence(powerShell, Literals.POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH)
					.evidence(agent, Literals.AGENT__INSTALL_PATH).add();
		}
	}
}
