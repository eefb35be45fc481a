package marswb.area.registration.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;

/** Deletes the *.tmp files of C:\Windows\Temp; files that are in use stay and are skipped. */
public final class DeleteWindowsTempTmpFilesFix implements QuickFix {

	static final String SCRIPT = "Get-ChildItem -Path 'C:\\Windows\\Temp' -Filter '*.tmp' -File -Force"
			+ " -ErrorAction SilentlyContinue |\n"
			+ "    Remove-Item -Force -ErrorAction SilentlyContinue\n"
			+ "(Get-ChildItem -Path 'C:\\Windows\\Temp' -Filter '*.tmp' -File -Force).Count";

	@Override
	public void apply(Server workingCopy, Finding finding) {
		workingCopy.setWindowsTempTmpCount(0L);
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		Long count = server.getWindowsTempTmpCount();
		return new RemediationStep(WindowsTempTmpFilesCheck.FIX,
				NLS.bind(Messages.FixTmpFiles_comment, WindowsTempTmpFilesCheck.format(count == null ? 0 : count)),
				SCRIPT, true);
	}
}
