package marswb.area.restore.internal;

import static marswb.engine.spi.RemediationStep.quote;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;
import marswb.model.server.Service;

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
		String mode = IscsiServiceCheck.service(server).map(Service::getStartMode).orElse("Disabled");
		return RemediationStep.builder(Messages.FixIscsiService_comment)
				.read("$service = Get-Service -Name " + quote(IscsiServiceCheck.SERVICE) + " -ErrorAction SilentlyContinue")
				.guard("$null -ne $service -and [string]$service.StartType -eq 'Disabled'",
						NLS.bind(Messages.FixIscsiService_guard, mode))
				.startService(IscsiServiceCheck.SERVICE, "Manual").build();
	}
}
