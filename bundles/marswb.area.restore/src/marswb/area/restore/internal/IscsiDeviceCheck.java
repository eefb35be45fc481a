package marswb.area.restore.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.PnpDevice;
import marswb.model.server.ServerPackage.Literals;

/**
 * Instant Restore mounts the recovery point through the Microsoft iSCSI Initiator storage controller (hardware id
 * ROOT\ISCSIPRT; troubleshoot-restore-problems). No such device: FAIL. A device whose status is not OK (Error,
 * Unknown) or that has a problem code: FAIL. Present and OK: PASS.
 */
public final class IscsiDeviceCheck implements Check {

	static final String ARTIFACT = "system/pnp-iscsi.csv";

	@Override
	public void run(CheckContext context) {
		List<PnpDevice> devices = context.server().getIscsiDevices();
		if (devices.isEmpty()) {
			context.finding(Outcome.FAIL).message(Messages.IscsiDeviceMissing_message)
					.recommendation(Messages.IscsiDevice_recommendation)
					.evidence(ARTIFACT, 0, Messages.IscsiDeviceMissing_evidence).add();
			return;
		}
		boolean failed = false;
		for (PnpDevice device : devices) {
			boolean statusOk = "OK".equalsIgnoreCase(device.getStatus());
			boolean problem = hasProblem(device.getProblem());
			if (statusOk && !problem) {
				continue;
			}
			failed = true;
			context.finding(Outcome.FAIL).subject(device.getInstanceId())
					.message(NLS.bind(Messages.IscsiDeviceError_message,
							new Object[] { device.getInstanceId(), device.getStatus(),
									device.getProblem() == null ? "-" : device.getProblem() }))
					.recommendation(Messages.IscsiDevice_recommendation)
					.evidence(device, Literals.PNP_DEVICE__STATUS).add();
		}
		if (!failed) {
			PnpDevice first = devices.get(0);
			context.finding(Outcome.PASS)
					.message(NLS.bind(Messages.IscsiDeviceOk_message, first.getFriendlyName(), first.getInstanceId()))
					.evidence(first, Literals.PNP_DEVICE__STATUS).add();
		}
	}

	static boolean hasProblem(String problem) {
		if (problem == null || problem.isBlank()) {
			return false;
		}
		String p = problem.trim();
		return !(p.equalsIgnoreCase("CM_PROB_NONE") || p.equals("0"));
	}
}
