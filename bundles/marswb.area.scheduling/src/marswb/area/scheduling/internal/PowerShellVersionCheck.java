package marswb.area.scheduling.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.ServerPackage.Literals;

/** The scheduled task starts the backup through PowerShell cmdlets, which need PowerShell 3.0 or later. */
public final class PowerShellVersionCheck implements Check {

	static final String ARTIFACT = "system/psversion.txt";

	@Override
	public void run(CheckContext context) {
		PowerShellInfo powerShell = context.server().getPowerShell();
		String version = powerShell == null ? null : powerShell.getVersion();
		Integer major = major(version);
		if (major == null) {
			context.unknown(ARTIFACT).add();
			return;
		}
		if (major < 3) {
			context.finding(Outcome.FAIL).message(NLS.bind(Messages.PowerShellOld_message, version))
					.recommendation(Messages.PowerShellOld_recommendation)
					.evidence(powerShell, Literals.POWER_SHELL_INFO__VERSION).add();
		} else {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.PowerShellOk_message, version))
					.evidence(powerShell, Literals.POWER_SHELL_INFO__VERSION).add();
		}
	}

	static Integer major(String version) {
		if (version == null) {
			return null;
		}
		String first = version.trim().split("\\.")[0];
		try {
			return Integer.valueOf(first);
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
