package marswb.area.connectivity.internal;

import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
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
		StringBuilder script = new StringBuilder();
		if (!missing.paths().isEmpty()) {
			script.append("Add-MpPreference -ExclusionPath ").append(quoted(missing.paths())).append('\n');
		}
		if (!missing.processes().isEmpty()) {
			script.append("Add-MpPreference -ExclusionProcess ").append(quoted(missing.processes())).append('\n');
		}
		script.append("Get-MpPreference | Select-Object ExclusionPath, ExclusionProcess");
		return new RemediationStep(AntivirusExclusionsCheck.FIX,
				NLS.bind(Messages.FixDefender_comment, missing.paths().size() + missing.processes().size()),
				script.toString(), false);
	}

	private static String quoted(java.util.List<String> values) {
		return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(","));
	}
}
