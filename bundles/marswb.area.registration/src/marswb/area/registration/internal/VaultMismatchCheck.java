package marswb.area.registration.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Registration;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.VaultCredentials;

/**
 * Error 100110: the vault credentials file is from another vault than the one the server is registered to. The
 * file's ResourceName is compared with the registered ServiceResourceName, and its ResourceId with the registered
 * ResourceId when both are known (names are compared without regard to case, as Azure resource names are). Without
 * a file there is nothing to compare (INFO, see {@link VaultCredentialsExpiredCheck}); an unregistered server has no
 * vault to differ from (INFO).
 */
public final class VaultMismatchCheck implements Check {

	static final String REGISTRY = "agent/registry.reg";

	@Override
	public void run(CheckContext context) {
		if (Credentials.noneToJudge(context)) {
			return;
		}
		List<VaultCredentials> parsed = Credentials.parsed(context.server());
		if (parsed.isEmpty()) {
			context.unknown(Credentials.files(context.server()).get(0).getPath()).add();
			return;
		}
		if (!context.usable(REGISTRY)) {
			context.unknown(REGISTRY).add();
			return;
		}
		Registration registration = context.server().getAgent() == null ? null
				: context.server().getAgent().getRegistration();
		if (registration == null || registration.getVaultName() == null) {
			context.notApplicable(Messages.NotRegistered_message).add();
			return;
		}
		for (VaultCredentials credentials : parsed) {
			judge(context, credentials, registration);
		}
	}

	private static void judge(CheckContext context, VaultCredentials credentials, Registration registration) {
		String subject = credentials.getFileName();
		String vault = credentials.getResourceName();
		boolean nameDiffers = vault != null && !vault.equalsIgnoreCase(registration.getVaultName());
		boolean idDiffers = credentials.getResourceId() != null && registration.getResourceId() != null
				&& !credentials.getResourceId().equalsIgnoreCase(registration.getResourceId());
		if (vault == null && !idDiffers) {
			context.unknown(Credentials.path(credentials)).subject(subject)
					.message(NLS.bind(Messages.NoResourceName_message, subject)).add();
			return;
		}
		if (!nameDiffers && !idDiffers) {
			context.finding(Outcome.PASS).subject(subject)
					.message(NLS.bind(Messages.VaultMatches_message, subject, registration.getVaultName()))
					.evidence(credentials, Literals.VAULT_CREDENTIALS__RESOURCE_NAME)
					.evidence(registration, Literals.REGISTRATION__VAULT_NAME).add();
			return;
		}
		FindingBuilder finding = context.finding(Outcome.FAIL).subject(subject)
				.recommendation(NLS.bind(Messages.VaultMismatch_recommendation, registration.getVaultName()));
		if (nameDiffers) {
			finding.message(NLS.bind(Messages.VaultMismatch_message, subject, vault, registration.getVaultName()))
					.evidence(credentials, Literals.VAULT_CREDENTIALS__RESOURCE_NAME)
					.evidence(registration, Literals.REGISTRATION__VAULT_NAME);
		} else {
			finding.message(NLS.bind(Messages.VaultIdMismatch_message,
					new Object[] { subject, credentials.getResourceId(), registration.getResourceId() }));
		}
		if (idDiffers) {
			finding.evidence(credentials, Literals.VAULT_CREDENTIALS__RESOURCE_ID)
					.evidence(registration, Literals.REGISTRATION__RESOURCE_ID);
		}
		finding.add();
	}
}
