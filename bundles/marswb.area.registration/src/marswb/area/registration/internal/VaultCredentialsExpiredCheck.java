package marswb.area.registration.internal;

import java.util.Date;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.engine.ServerDates;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Artifact;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.VaultCredentials;

/**
 * Vault credentials downloaded from the portal are valid for 10 days; a file older than that at collection time
 * fails registration with 34513. The date comes from the management certificate's NotBefore (when the certificate
 * could be read: it is issued when the file is generated) or else from the date in the file name (the day of
 * download, local time); the finding says which. Without a vault credentials file in the bundle there is nothing
 * to judge: that is normal once a server is registered (the file is only needed to register), so the check
 * reports INFO asking for the file when registration fails, rather than UNKNOWN on every healthy bundle.
 */
public final class VaultCredentialsExpiredCheck implements Check {

	@Override
	public void run(CheckContext context) {
		Server server = context.server();
		List<Artifact> files = Credentials.files(server);
		if (Credentials.noneToJudge(context)) {
			return;
		}
		List<VaultCredentials> parsed = Credentials.parsed(server);
		if (parsed.isEmpty()) {
			context.unknown(files.get(0).getPath()).add();
			return;
		}
		Date collected = server.getCollectedAtUtc();
		if (collected == null) {
			context.unknown(Credentials.MANIFEST).add();
			return;
		}
		for (VaultCredentials credentials : parsed) {
			judge(context, credentials, collected);
		}
	}

	private static void judge(CheckContext context, VaultCredentials credentials, Date collected) {
		Date certificate = credentials.getCertNotBefore();
		Date fileName = credentials.getFileNameDate();
		String subject = credentials.getFileName();
		if (certificate == null && fileName == null) {
			context.unknown(Credentials.path(credentials)).subject(subject)
					.message(NLS.bind(Messages.CredentialsNoDate_message, subject))
					.recommendation(Messages.CredentialsExpired_recommendation).add();
			return;
		}
		// the certificate is issued when the file is generated; the file name only has the day of download
		Date date = certificate != null ? certificate : fileName;
		String source = certificate != null ? Messages.DateSource_certificate : Messages.DateSource_fileName;
		long days = Credentials.days(date, collected);
		boolean expired = days > Credentials.VALID_DAYS;
		FindingBuilder finding = context.finding(expired ? Outcome.FAIL : Outcome.PASS).subject(subject)
				.message(NLS.bind(expired ? Messages.CredentialsExpired_message : Messages.CredentialsFresh_message,
						new Object[] { subject, ServerDates.day(date, context.server()), source, days,
								Credentials.VALID_DAYS }));
		if (certificate != null) {
			finding.evidence(credentials, Literals.VAULT_CREDENTIALS__CERT_NOT_BEFORE);
		}
		if (fileName != null) {
			finding.evidence(credentials, Literals.VAULT_CREDENTIALS__FILE_NAME_DATE);
		}
		if (expired) {
			finding.recommendation(Messages.CredentialsExpired_recommendation);
		}
		finding.add();
	}
}
