package marswb.area.cache.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.ErrorEvidence;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.EventRecord;
import marswb.model.server.Job;
import marswb.model.server.LogHit;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;

/**
 * One cache error of the article, found in the agent's logs (signature hits), CloudBackup events or job errors:
 * SalChecksumStoreInitializationFailed, SalVhdInitializationError, SalLowDiskSpace, SalBitmapError, and "The system
 * cannot find the file specified" (0x80070002 / 0x80070003), each only from log lines that report a failure (the
 * parser keeps codes of other lines apart; the message says how many). The check id (from its contribution) selects which;
 * each finding is linked to the checks of the causes the article names for it. The failed-files lists are not
 * read here: per-file codes belong to jobs.failed-files-by-code.
 */
public final class CacheErrorCheck implements Check {

	/** Signatures, the cause checks and the message key per check id. */
	record Spec(List<String> signatures, List<String> causes) {
	}

	static final List<String> SCRATCH_CAUSES = List.of("connectivity.antivirus-exclusions-missing",
			"cache.scratch-folder-missing", "cache.scratch-location-mismatch",
			"cache.scratch-folder-attributes-unsupported");

	static final Map<String, Spec> SPECS = Map.of(
			"cache.sal-checksum-store-initialization-failed",
			new Spec(List.of("SalChecksumStoreInitializationFailed"), SCRATCH_CAUSES),
			"cache.sal-vhd-initialization-error", new Spec(List.of("SalVhdInitializationError"), SCRATCH_CAUSES),
			"cache.sal-low-disk-space",
			new Spec(List.of("SalLowDiskSpace"), List.of("cache.scratch-free-space-low", "basics.agent-version-outdated")),
			"cache.sal-bitmap-error",
			new Spec(List.of("SalBitmapError"), List.of("cache.scratch-free-space-low", "cache.shadow-storage-too-small",
					"basics.agent-version-outdated")),
			"cache.file-not-found-errors",
			new Spec(List.of("0x80070002", "0x80070003"), List.of("cache.scratch-free-space-low",
					"cache.scratch-folder-missing", "cache.scratch-location-mismatch",
					"connectivity.antivirus-exclusions-missing")));

	@Override
	public void run(CheckContext context) {
		Spec spec = SPECS.get(context.descriptor().id());
		if (spec == null) {
			throw new IllegalStateException("no cache error is known for " + context.descriptor().id());
		}
		boolean logs = context.usable(Scratch.LOGS);
		boolean events = context.usable(Scratch.EVENTS);
		boolean jobs = context.usable(Scratch.JOBS);
		if (!logs && !events && !jobs) {
			context.unknown(Scratch.LOGS).add();
			return;
		}
		Server server = context.server();
		List<LogHit> hits = server.getLogs() == null ? List.of()
				: server.getLogs().getHits().stream().filter(h -> matches(spec, h.getSignature())).toList();
		List<EventRecord> eventHits = server.getEvents().stream().filter(e -> mentions(spec, e.getMessage())).toList();
		List<Job> jobHits = server.getJobs().stream()
				.filter(j -> matches(spec, j.getErrorCode()) || mentions(spec, j.getErrorMessage())).toList();
		String signatures = String.join(", ", spec.signatures());
		if (hits.isEmpty() && eventHits.isEmpty() && jobHits.isEmpty()) {
			context.finding(Outcome.PASS).message(ErrorEvidence.withIgnored(
					NLS.bind(Messages.CacheErrorNone_message, signatures), server, Set.copyOf(spec.signatures()))).add();
			return;
		}
		long count = hits.stream().mapToLong(LogHit::getCount).sum() + eventHits.size() + jobHits.size();
		String found = String.join(", ", hits.stream().map(LogHit::getSignature).distinct().toList());
		FindingBuilder finding = context.finding(Outcome.FAIL)
				.message(ErrorEvidence.withIgnored(
						NLS.bind(Messages.CacheErrorFound_message, found.isEmpty() ? signatures : found, count), server,
						Set.copyOf(spec.signatures())))
				.recommendation(recommendation(context.descriptor().id()))
				.causedBy(spec.causes().toArray(String[]::new));
		if (!found.isEmpty()) {
			finding.errorCode(hits.get(0).getSignature());
		}
		hits.forEach(h -> finding.evidence(h, Literals.LOG_HIT__FIRST_TEXT));
		eventHits.stream().limit(3).forEach(e -> finding.evidence(e, Literals.EVENT_RECORD__MESSAGE));
		jobHits.stream().limit(3).forEach(j -> finding.evidence(j, Literals.JOB__ERROR_CODE));
		finding.add();
	}

	private static String recommendation(String id) {
		return switch (id) {
		case "cache.sal-low-disk-space" -> Messages.SalLowDiskSpace_recommendation;
		case "cache.sal-bitmap-error" -> Messages.SalBitmap_recommendation;
		case "cache.file-not-found-errors" -> Messages.FileNotFound_recommendation;
		default -> Messages.SalScratch_recommendation;
		};
	}

	private static boolean matches(Spec spec, String code) {
		return code != null && spec.signatures().stream().anyMatch(s -> s.equalsIgnoreCase(code.trim()));
	}

	private static boolean mentions(Spec spec, String text) {
		if (text == null) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		return spec.signatures().stream().anyMatch(s -> lower.contains(s.toLowerCase(Locale.ROOT)));
	}
}
