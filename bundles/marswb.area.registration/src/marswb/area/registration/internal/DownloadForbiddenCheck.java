package marswb.area.registration.internal;

import java.util.List;
import java.util.Set;

import marswb.engine.spi.ErrorEvidence;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Registration;
import marswb.model.server.ServerPackage.Literals;

/**
 * "Failed to download the vault credential file. (ID: 403)" happens in the portal, so the bundle seldom shows it;
 * when a job, event or log line does, the finding lists the article's causes (browser cache, subscription disabled
 * or expired, firewall, the limit of 50 machines per vault, missing Azure Backup permissions), none of which the
 * bundle can decide: WARN, as guidance. An HTTP 403 answer of an endpoint probe is not this error (a probe that gets
 * any HTTP answer reached the endpoint). Not seen: PASS when the server is registered (a credentials file was
 * downloaded once), INFO with the causes when the registry shows no registration.
 */
public final class DownloadForbiddenCheck implements Check {

	static final Set<String> CODES = Set.of();
	static final List<String> TEXTS = List.of("Failed to download the vault credential file", "(ID: 403)",
			"(ID:403)");

	@Override
	public void run(CheckContext context) {
		if (!ErrorEvidence.anyEvidence(context)) {
			context.unknown(ErrorEvidence.EVENTS).add();
			return;
		}
		List<ErrorEvidence.Occurrence> seen = ErrorEvidence.find(context.server(), CODES, TEXTS);
		// a job whose error code is 403
		context.server().getJobs().stream().filter(j -> "403".equals(j.getErrorCode())).forEach(j -> {
			if (seen.stream().noneMatch(o -> o.owner() == j)) {
				seen.add(new ErrorEvidence.Occurrence(j, Literals.JOB__ERROR_CODE));
			}
		});
		if (!seen.isEmpty()) {
			FindingBuilder finding = context.finding(Outcome.WARN).message(Messages.Download403Seen_message)
					.recommendation(Messages.Download403_recommendation);
			ErrorEvidence.addEvidence(finding, seen).add();
			return;
		}
		Registration registration = context.server().getAgent() == null ? null
				: context.server().getAgent().getRegistration();
		boolean registered = registration != null && registration.getVaultName() != null;
		if (!registered && context.usable("agent/registry.reg")) {
			context.finding(Outcome.INFO).message(Messages.Download403NotRegistered_message)
					.recommendation(Messages.Download403_recommendation).add();
		} else {
			context.finding(Outcome.PASS).message(Messages.Download403NotSeen_message).add();
		}
	}
}
