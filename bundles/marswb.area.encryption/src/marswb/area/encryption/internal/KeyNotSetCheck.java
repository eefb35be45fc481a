package marswb.area.encryption.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.ErrorEvidence;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Agent;
import marswb.model.server.ServerPackage.Literals;

/**
 * "Failed to set the encryption key for secure backups": the passphrase was not set during activation, because the
 * server is registered to another vault (registration.vault-mismatch, linked as a cause) or the passphrase was
 * corrupted. Evidence: Get-OBMachineSetting's EncryptionKeyStatus (Set is fine; a known name other than Set is
 * FAIL; a number, whose meaning is not documented, leaves the status UNKNOWN) and the message seen in jobs, events
 * or logs (FAIL; with the status Set now, WARN: it failed before and has been set since).
 */
public final class KeyNotSetCheck implements Check {

	static final String MACHINE_SETTING = "agent/machine-setting.json";
	static final List<String> TEXTS = List.of("Failed to set the encryption key");

	@Override
	public void run(CheckContext context) {
		Agent agent = context.server().getAgent();
		String status = agent == null ? null : agent.getEncryptionKeyStatus();
		String raw = agent == null ? null : agent.getMachineSettingEncryptionRaw();
		List<ErrorEvidence.Occurrence> seen = ErrorEvidence.find(context.server(), Set.of(), TEXTS);
		boolean set = status != null && status.equalsIgnoreCase("Set");
		if (status != null && !set) {
			FindingBuilder finding = context.finding(Outcome.FAIL)
					.message(NLS.bind(Messages.KeyNotSet_message, status))
					.recommendation(Messages.KeyNotSet_recommendation)
					.evidence(agent, Literals.AGENT__ENCRYPTION_KEY_STATUS).causedBy("registration.vault-mismatch");
			ErrorEvidence.addEvidence(finding, seen).add();
		} else if (!seen.isEmpty()) {
			FindingBuilder finding = context.finding(set ? Outcome.WARN : Outcome.FAIL)
					.message(set ? Messages.KeyFailedButSet_message : Messages.KeyFailed_message)
					.recommendation(Messages.KeyNotSet_recommendation).causedBy("registration.vault-mismatch");
			if (set) {
				finding.evidence(agent, Literals.AGENT__ENCRYPTION_KEY_STATUS);
			}
			ErrorEvidence.addEvidence(finding, seen).add();
		} else if (set) {
			context.finding(Outcome.PASS).message(Messages.KeySet_message)
					.evidence(agent, Literals.AGENT__ENCRYPTION_KEY_STATUS).add();
		} else if (raw != null) {
			context.unknown(MACHINE_SETTING).message(NLS.bind(Messages.KeyStatusNumber_message, raw))
					.evidence(agent, Literals.AGENT__MACHINE_SETTING_ENCRYPTION_RAW).add();
		} else {
			context.unknown(MACHINE_SETTING).add();
		}
	}
}
