package com.example.marswb.vss.internal;

import static marswb.engine.spi.RemediationStep.quote;

import org.eclipse.osgi.util.NLS;

import com.example.marswb.vss.VssWriter;
import com.example.marswb.vss.VssWriters;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;

/**
 * Restarts the service that hosts a failed writer; the writer registers again, stable and without error. The
 * restart stops the services that depend on it for a moment, so the step is marked destructive.
 */
public final class RestartWriterServiceFix implements QuickFix {

	@Override
	public void apply(Server workingCopy, Finding finding) {
		VssWriter writer = writer(workingCopy, finding);
		writer.setStateCode(1);
		writer.setState("Stable");
		writer.setLastError(VssWriters.NO_ERROR);
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		VssWriter writer = writer(server, finding);
		String service = VssWriters.service(writer.getName()).orElseThrow(
				() -> new IllegalArgumentException("no service known for writer " + writer.getName()));
		return RemediationStep.builder(NLS.bind(Messages.FixRestart_comment, writer.getName(), service)).destructive()
				.read("$service = Get-Service -Name " + quote(service) + " -ErrorAction SilentlyContinue")
				.guard("$null -ne $service", NLS.bind(Messages.FixRestart_guard, service))
				.backupService(service)
				.change("Restart-Service " + service + " -Force", "Restart-Service -Name " + quote(service) + " -Force")
				.readBack("$after = Get-Service -Name " + quote(service))
				.verify("[string]$after.Status -eq 'Running'", service + " Status")
				.note(NLS.bind(Messages.FixRestart_note, writer.getName())).build();
	}

	private static VssWriter writer(Server server, Finding finding) {
		return VssWriters.named(server, finding.getSubjectKey()).orElseThrow(
				() -> new IllegalArgumentException("no writer " + finding.getSubjectKey() + " in the model"));
	}
}
