package marswb.area.registration.internal;

import java.util.List;
import java.util.Set;

import marswb.engine.spi.ErrorEvidence;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;

/**
 * Error 34513 ("Invalid vault credentials provided") seen in jobs, events or logs. The article lists its causes;
 * each is another check's fact, linked as a cause: the file's age, name and content, the agent version and tenant
 * restrictions (this area), proxy, firewall, endpoints and antivirus exclusions (connectivity), and the clock and
 * TLS 1.2 (basics). Without a credentials file in the bundle the finding asks for it.
 */
public final class InvalidCredentialsErrorCheck implements Check {

	static final Set<String> CODES = Set.of("34513");
	static final List<String> TEXTS = List.of("Invalid vault credentials provided");

	@Override
	public void run(CheckContext context) {
		if (!ErrorEvidence.anyEvidence(context)) {
			context.unknown(ErrorEvidence.LOGS).add();
			return;
		}
		List<ErrorEvidence.Occurrence> seen = ErrorEvidence.find(context.server(), CODES, TEXTS);
		if (seen.isEmpty()) {
			context.finding(Outcome.PASS)
					.message(ErrorEvidence.withIgnored(Messages.Error34513NotSeen_message, context.server(), CODES))
					.add();
			return;
		}
		boolean noFile = Credentials.files(context.server()).isEmpty();
		FindingBuilder finding = context.finding(Outcome.FAIL)
				.message(ErrorEvidence.withIgnored(
						noFile ? Messages.Error34513SeenNoFile_message : Messages.Error34513Seen_message,
						context.server(), CODES))
				.recommendation(Messages.Error34513_recommendation)
				.causedBy("registration.vault-credentials-expired", "registration.vault-credentials-invalid-file",
						"registration.agent-too-old-for-credentials", "registration.tenant-restrictions",
						"registration.windows-temp-tmp-files", "connectivity.proxy-settings-contradict",
						"connectivity.endpoint-unreachable", "connectivity.proxy-authentication-required",
						"connectivity.connection-errors-in-logs", "connectivity.antivirus-exclusions-missing",
						"basics.clock-timezone-mismatch", "basics.tls12-disabled");
		ErrorEvidence.addEvidence(finding, seen).add();
	}
}
