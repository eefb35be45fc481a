package marswb.area.basics.internal;

import static marswb.engine.spi.RemediationStep.quote;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;
import marswb.model.server.Service;

/** Starts obengine, after setting it to start automatically if it was disabled. */
public final class StartObengineFix implements QuickFix {

	@Override
	public void apply(Server workingCopy, Finding finding) {
		Service service = ObengineCheck.service(workingCopy, ObengineCheck.SERVICE)
				.orElseThrow(() -> new IllegalArgumentException("no service obengine in the model"));
		if ("Disabled".equalsIgnoreCase(service.getStartMode())) {
			service.setStartMode("Auto");
		}
		service.setState("Running");
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		Service service = ObengineCheck.service(server, ObengineCheck.SERVICE).orElseThrow();
		boolean disabled = "Disabled".equalsIgnoreCase(service.getStartMode());
		return RemediationStep.builder(Messages.FixObengine_comment)
				.read("$service = Get-Service -Name " + quote(ObengineCheck.SERVICE) + " -ErrorAction SilentlyContinue")
				.guard("$null -ne $service -and [string]$service.Status -ne 'Running'"
						+ (disabled ? " -and [string]$service.StartType -eq 'Disabled'" : ""),
						NLS.bind(Messages.FixObengine_guard, service.getState(), service.getStartMode()))
				.startService(ObengineCheck.SERVICE, disabled ? "Automatic" : null).build();
	}
}
