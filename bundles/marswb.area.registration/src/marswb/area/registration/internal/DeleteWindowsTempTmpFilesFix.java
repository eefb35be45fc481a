package marswb.area.registration.internal;

import static marswb.engine.spi.RemediationStep.quote;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;

/**
 * Moves the *.tmp files of C:\Windows\Temp into the plan's backup folder (files in use stay and are counted):
 * registration works again, and undo.ps1 can move them back until the folder is deleted.
 */
public final class DeleteWindowsTempTmpFilesFix implements QuickFix {

	static final String TEMP = "C:\\Windows\\Temp";
	private static final String LIST = "@(Get-ChildItem -LiteralPath " + quote(TEMP) + " -Filter '*.tmp' -File -Force)";

	@Override
	public void apply(Server workingCopy, Finding finding) {
		workingCopy.setWindowsTempTmpCount(0L);
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		Long count = server.getWindowsTempTmpCount();
		String limit = Long.toString(WindowsTempTmpFilesCheck.LIMIT);
		return RemediationStep.builder(
				NLS.bind(Messages.FixTmpFiles_comment, WindowsTempTmpFilesCheck.format(count == null ? 0 : count)))
				.destructive().read("$tmp = " + LIST)
				.guard("$tmp.Count -gt " + limit, NLS.bind(Messages.FixTmpFiles_guard,
						WindowsTempTmpFilesCheck.format(WindowsTempTmpFilesCheck.LIMIT), TEMP))
				.backup("windows-temp-tmp-files", "$tmp | Select-Object -Property 'FullName', 'Length', 'LastWriteTime'",
						"\"Get-ChildItem -LiteralPath $(Quote (Join-Path $backup 'windows-temp')) -File -Force | "
								+ "Move-Item -Destination " + quote(TEMP) + "\"")
				.change("Move-Item " + TEMP + "\\*.tmp -> <backup>\\windows-temp",
						"$moved = New-Item -ItemType Directory -Path (Join-Path $backup 'windows-temp') -Force\n"
								+ "$inUse = 0\n"
								+ "foreach ($file in $tmp) {\n"
								+ "    try { Move-Item -LiteralPath $file.FullName -Destination $moved.FullName }\n"
								+ "    catch { $inUse++ }\n"
								+ "}\n"
								+ "Write-Host ('  ' + (" + quote(Messages.FixTmpFiles_inUse) + " -f $inUse))")
				.readBack("$left = " + LIST)
				.verify("$left.Count -le " + limit, TEMP + "\\*.tmp").build();
	}
}
