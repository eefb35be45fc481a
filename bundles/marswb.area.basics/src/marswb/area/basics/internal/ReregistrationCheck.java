package marswb.area.basics.internal;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.VaultCredentials;

/**
 * A vault credentials file in the bundle means registration is being done or redone; the article's procedure for
 * re-registering then applies. Without one the guidance does not apply, provided the collector's manifest shows that
 * the bundle is a collection at all (the collector copies every credentials file it is given).
 */
public final class ReregistrationCheck implements Check {

	static final String VAULT_CREDENTIALS = "agent/vault-credentials/*.VaultCredentials";

	@Override
	public void run(CheckContext context) {
		if (context.server().getVaultCredentials().isEmpty()) {
			if (context.artifact(VAULT_CREDENTIALS).filter(a -> a.getStatus() != ArtifactStatus.MISSING).isPresent()) {
				// a file is there, but no credentials could be read from it
				context.unknown(VAULT_CREDENTIALS).add();
			} else if (context.collectionListed()) {
				context.notApplicable(Messages.Rereg_none).add();
			} else {
				context.unknown(context.usable(ClockTimeZoneCheck.MANIFEST) ? VAULT_CREDENTIALS
						: ClockTimeZoneCheck.MANIFEST).add();
			}
			return;
		}
		VaultCredentials file = context.server().getVaultCredentials().get(0);
		context.finding(Outcome.INFO).subject(file.getFileName()).message(Messages.Rereg_message)
				.recommendation(Messages.Rereg_recommendation).evidence(file, Literals.VAULT_CREDENTIALS__FILE_NAME)
				.add();
	}
}
