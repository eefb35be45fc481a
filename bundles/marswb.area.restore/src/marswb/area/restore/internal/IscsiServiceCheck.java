package marswb.area.restore.internal;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Service;
import marswb.model.server.ServerPackage.Literals;

/**
 * Instant Restore needs the Microsoft iSCSI Initiator Service (MSiSCSI) to start when a recovery point is mounted
 * (troubleshoot-restore-problems: restart the service). Disabled: FAIL. Stopped with start mode Manual is its normal
 * state on servers that use no iSCSI: PASS with a note. Not in the service list: FAIL.
 */
public final class IscsiServiceCheck implements Check {

	static final String ARTIFACT = "system/services.csv";
	static final String SERVICE = "MSiSCSI";
	static final String FIX = "restore.enable-iscsi-service";

	@Override
	public void run(CheckContext context) {
		Optional<Service> found = service(context.server());
		if (found.isEmpty()) {
			context.finding(Outcome.FAIL).message(Messages.IscsiServiceAbsent_message)
					.recommendation(Messages.IscsiServiceAbsent_recommendation).evidence(ARTIFACT, 0,
							NLS.bind(Messages.IscsiServiceAbsent_evidence, context.server().getServices().size(), SERVICE))
					.add();
			return;
		}
		Service service = found.get();
		if ("Disabled".equalsIgnoreCase(service.getStartMode())) {
			context.finding(Outcome.FAIL).quickFix(FIX).message(Messages.IscsiServiceDisabled_message)
					.recommendation(Messages.IscsiServiceDisabled_recommendation)
					.evidence(service, Literals.SERVICE__START_MODE).add();
		} else {
			context.finding(Outcome.PASS)
					.message(NLS.bind(Messages.IscsiServiceOk_message, service.getState(), service.getStartMode()))
					.evidence(service, Literals.SERVICE__START_MODE).add();
		}
	}

	static Optional<Service> service(marswb.model.server.Server server) {
		return server.getServices().stream().filter(s -> SERVICE.equalsIgnoreCase(s.getName())).findFirst();
	}
}
