package marswb.area.connectivity.internal;

import static marswb.engine.spi.RemediationStep.literals;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.AntivirusSettings;
import marswb.model.server.Server;

/** Adds the missing folders and processes to Microsoft Defender's exclusions (Add-MpPreference). */
public final class AddDefenderExclusionsFix implements QuickFix {

	@Override
	public void apply(Server workingCopy, Finding finding) {
		AntivirusExclusionsCheck.Missing missing = AntivirusExclusionsCheck.missing(workingCopy);
		AntivirusSettings av = workingCopy.getAntivirus();
		av.getExclusionPaths().addAll(missing.paths());
		av.getExclusionProcesses().addAll(missing.processes());
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		AntivirusExclusionsCheck.Missing missing = AntivirusExclusionsCheck.missing(server);
		RemediationStep.Builder step = RemediationStep.builder(
				NLS.bind(Messages.FixDefender_comment, missing.paths().size() + missing.processes().size()))
				.read("$pref = Get-MpPreference\n$paths = " + array(missing.paths()) + "\n$processes = "
						+ array(missing.processes()))
				.guard("@($paths | Where-Object { $pref.ExclusionPath -notcontains $_ }).Count + "
						+ "@($processes | Where-Object { $pref.ExclusionProcess -notcontains $_ }).Count -gt 0",
						Messages.FixDefender_guard)
				// undo removes only what this step adds: the exclusions that were missing
				.backup("defender-exclusions", "$pref | Select-Object -Property 'ExclusionPath', 'ExclusionProcess'",
						"@($paths | Where-Object { $saved.ExclusionPath -notcontains $_ } | ForEach-Object { "
								+ "\"Remove-MpPreference -ExclusionPath $(Quote $_)\" }) + "
								+ "@($processes | Where-Object { $saved.ExclusionProcess -notcontains $_ } | ForEach-Object { "
								+ "\"Remove-MpPreference -ExclusionProcess $(Quote $_)\" })");
		if (!missing.paths().isEmpty()) {
			step.change("Add-MpPreference -ExclusionPath " + String.join(", ", missing.paths()),
					"Add-MpPreference -ExclusionPath $paths");
		}
		if (!missing.processes().isEmpty()) {
			step.change("Add-MpPreference -ExclusionProcess " + String.join(", ", missing.processes()),
					"Add-MpPreference -ExclusionProcess $processes");
		}
		return step.readBack("$after = Get-MpPreference")
				.verify("@($paths | Where-Object { $after.ExclusionPath -notcontains $_ }).Count + "
						+ "@($processes | Where-Object { $after.ExclusionProcess -notcontains $_ }).Count -eq 0",
						"Get-MpPreference ExclusionPath, ExclusionProcess")
				.build();
	}

	/** A PowerShell array of the values ({@code @()} when none). */
	private static String array(List<String> values) {
		return literals(values.toArray(String[]::new));
	}
}
