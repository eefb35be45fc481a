package marswb.area.encryption.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.ErrorEvidence;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;

/**
 * An encryption error of the article seen in jobs, events or logs: FAIL, with the article's causes linked from the
 * checks that own them (scratch free space, location and folder from cache; OnlineBackup.KEK from this area). The
 * recommendation gives the FAQ's procedure to move the cache correctly; re-pointing the registry value is cache's
 * quick-fix, not this area's.
 */
abstract class ErrorSeenCheck implements Check {

	static final String[] CAUSES = { "cache.scratch-free-space-low", "cache.scratch-location-mismatch",
			"cache.scratch-folder-missing", "encryption.kek-missing" };

	/** Codes as the article writes them and as they appear in texts. */
	abstract Set<String> codes();

	/** Verbatim fragments of the agent's message. */
	abstract List<String> texts();

	abstract String seenMessage();

	abstract String notSeenMessage();

	@Override
	public void run(CheckContext context) {
		if (!ErrorEvidence.anyEvidence(context)) {
			context.unknown(ErrorEvidence.JOBS).add();
			return;
		}
		List<ErrorEvidence.Occurrence> seen = ErrorEvidence.find(context.server(), codes(), texts());
		if (seen.isEmpty()) {
			context.finding(Outcome.PASS)
					.message(ErrorEvidence.withIgnored(notSeenMessage(), context.server(), codes())).add();
			return;
		}
		FindingBuilder finding = context.finding(Outcome.FAIL)
				.message(ErrorEvidence.withIgnored(NLS.bind(seenMessage(), seen.size()), context.server(), codes()))
				.recommendation(Messages.EncryptionError_recommendation).causedBy(CAUSES);
		ErrorEvidence.addEvidence(finding, seen).add();
	}
}
