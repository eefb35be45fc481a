package marswb.area.restore.internal;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;

/** Lets the Microsoft iSCSI Initiator Service start again: start mode Manual, then start it. */
public final class EnableIscsiServiceFix implements QuickFix {

	@Override
	public void apply(Server workingCopy, Finding finding) {
		IscsiServiceCheck.service(workingCopy).ifPresent(s -> {
			s.setStartMode("Manual");
			s.setState("Running");
		});
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		return new RemediationStep(IscsiServiceCheck.FIX, Messages.FixIscsiService_comment,
				"Set-Service -Name MSiSCSI -StartupType Manual\nStart-Service -Name MSiSCSI", false);
	}
}
