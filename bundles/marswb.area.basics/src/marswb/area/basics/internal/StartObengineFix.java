package marswb.area.basics.internal;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
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
		boolean disabled = ObengineCheck.service(server, ObengineCheck.SERVICE)
				.map(s -> "Disabled".equalsIgnoreCase(s.getStartMode())).orElse(false);
		String script = (disabled ? "Set-Service -Name obengine -StartupType Automatic\n" : "")
				+ "Start-Service -Name obengine\nGet-Service -Name obengine";
		return new RemediationStep(ObengineCheck.FIX + "@" + ObengineCheck.SERVICE, Messages.FixObengine_comment, script,
				false);
	}
}
