package marswb.area.registration.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.VaultCredentials;

/**
 * A vault credentials file the agent rejects with 34513 because it is not one: a name without the
 * {@code .VaultCredentials} extension, XML that cannot be read (artifact status unreadable: corrupt, truncated, or
 * another kind of credentials such as Site Recovery's), or a file without the management certificate the agent
 * registers with. Without any file in the bundle there is nothing to judge (INFO, see
 * {@link VaultCredentialsExpiredCheck}). A management certificate that is present but could not be decoded is not
 * held against the file: it may be in a form this tool does not decode.
 */
public final class VaultCredentialsInvalidFileCheck implements Check {

	@Override
	public void run(CheckContext context) {
		List<Artifact> files = Credentials.files(context.server());
		if (Credentials.noneToJudge(context)) {
			return;
		}
		boolean anyInvalid = false;
		int valid = 0;
		for (Artifact file : files) {
			String name = Credentials.fileName(file.getPath());
			if (!Credentials.hasExtension(file.getPath())) {
				anyInvalid = true;
				context.finding(Outcome.FAIL).subject(name)
						.message(NLS.bind(Messages.WrongExtension_message, name, Credentials.EXTENSION))
						.recommendation(Messages.WrongExtension_recommendation)
						.evidence(file.getPath(), 0, name).add();
			} else if (file.getStatus() == ArtifactStatus.UNREADABLE) {
				anyInvalid = true;
				context.finding(Outcome.FAIL).subject(name)
						.message(NLS.bind(Messages.Corrupt_message, name, file.getMessage()))
						.recommendation(Messages.CredentialsExpired_recommendation)
						.evidence(file.getPath(), 0, file.getStatus().getLiteral()).add();
			} else if (file.getStatus() == ArtifactStatus.FAILED) {
				context.unknown(file.getPath()).subject(name).add();
			} else {
				VaultCredentials parsed = parsed(context, name);
				if (parsed != null && !parsed.isManagementCertPresent()) {
					anyInvalid = true;
					context.finding(Outcome.FAIL).subject(name)
							.message(NLS.bind(Messages.NoManagementCert_message, name))
							.recommendation(Messages.CredentialsExpired_recommendation).evidence(parsed).add();
				} else if (parsed != null) {
					valid++;
				} else {
					// a file that no parser read (e.g. refused, or listed only by the manifest)
					context.unknown(file.getPath()).subject(name)
							.message(NLS.bind(Messages.CredentialsNotRead_message, name)).add();
				}
			}
		}
		if (!anyInvalid && valid > 0) {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.CredentialsFileOk_message, valid)).add();
		}
	}

	private static VaultCredentials parsed(CheckContext context, String name) {
		return Credentials.parsed(context.server()).stream().filter(c -> name.equals(c.getFileName())).findFirst()
				.orElse(null);
	}
}
