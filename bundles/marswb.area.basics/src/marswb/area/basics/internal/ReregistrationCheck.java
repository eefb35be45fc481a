package marswb.area.basics.internal;

import marswb.engine.Check;
import marswb.engine.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.VaultCredentials;

/**
 * A vault credentials file in the bundle means registration is being done or redone; the article's procedure for
 * re-registering then applies. Without one there is nothing to say beyond a PASS.
 */
public final class ReregistrationCheck implements Check {

	@Override
	public void run(CheckContext context) {
		if (context.server().getVaultCredentials().isEmpty()) {
			context.finding(Outcome.PASS).message(Messages.Rereg_none).add();
			return;
		}
		VaultCredentials file = context.server().getVaultCredentials().get(0);
		context.finding(Outcome.INFO).subject(file.getFileName()).message(Messages.Rereg_message)
				.recommendation(Messages.Rereg_recommendation).evidence(file, Literals.VAULT_CREDENTIALS__FILE_NAME)
				.add();
	}
}
