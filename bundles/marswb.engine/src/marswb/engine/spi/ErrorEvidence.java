package marswb.engine.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import marswb.engine.internal.Messages;

import marswb.model.server.EventRecord;
import marswb.model.server.Job;
import marswb.model.server.LogHit;
import marswb.model.server.Located;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;

/**
 * Where an error of the article shows in the bundle: a job's error code or text, a CloudBackup event's text, or a
 * signature the errlog parser found on a log line that reports a failure. Codes are matched as whole tokens, texts
 * without regard to case. Codes on log lines that report no failure (the parser's ignored hits) are never
 * occurrences; {@link #withIgnored} tells how many there were.
 *
 * @since 0.1
 */
public final class ErrorEvidence {

	public static final String JOBS = "agent/jobs.json";
	public static final String EVENTS = "agent/cloudbackup-events.csv";
	public static final String LOGS = "agent/logs/*.errlog";

	/** One place that shows the error. */
	public record Occurrence(Located owner, EStructuralFeature feature) {
	}

	private ErrorEvidence() {
	}

	/** True when at least one of jobs, events and logs was read, so that "not seen" means something. */
	public static boolean anyEvidence(CheckContext context) {
		return context.usable(JOBS) || context.usable(EVENTS) || context.usable(LOGS);
	}

	/**
	 * Occurrences of an error given by its codes (as the article writes them, matched against job error codes, log
	 * signatures and whole tokens of texts) and by verbatim message fragments.
	 */
	public static List<Occurrence> find(Server server, Set<String> codes, List<String> texts) {
		List<Pattern> tokens = codes.stream().map(code -> Pattern.compile(
				"(?<![0-9A-Za-z])" + Pattern.quote(code) + "(?![0-9A-Za-z])", Pattern.CASE_INSENSITIVE)).toList();
		List<Occurrence> found = new ArrayList<>();
		for (Job job : server.getJobs()) {
			if (job.getErrorCode() != null && codes.stream().anyMatch(c -> c.equalsIgnoreCase(job.getErrorCode()))) {
				found.add(new Occurrence(job, Literals.JOB__ERROR_CODE));
			} else if (matches(job.getErrorMessage(), tokens, texts)) {
				found.add(new Occurrence(job, Literals.JOB__ERROR_MESSAGE));
			}
		}
		for (EventRecord event : server.getEvents()) {
			if (matches(event.getMessage(), tokens, texts)) {
				found.add(new Occurrence(event, Literals.EVENT_RECORD__MESSAGE));
			}
		}
		if (server.getLogs() != null) {
			for (LogHit hit : server.getLogs().getHits()) {
				if (hit.getSignature() != null
						&& codes.stream().anyMatch(c -> c.equalsIgnoreCase(hit.getSignature()))) {
					found.add(new Occurrence(hit, Literals.LOG_HIT__SIGNATURE));
				} else if (matches(hit.getFirstText(), tokens, texts)) {
					found.add(new Occurrence(hit, Literals.LOG_HIT__FIRST_TEXT));
				}
			}
		}
		return found;
	}

	public static boolean matches(String text, List<Pattern> tokens, List<String> texts) {
		if (text == null) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		return tokens.stream().anyMatch(p -> p.matcher(text).find())
				|| texts.stream().anyMatch(t -> lower.contains(t.toLowerCase(Locale.ROOT)));
	}

	/**
	 * The message, followed by how many occurrences of the signatures the errlog parser ignored as harmless and why,
	 * with the first such line; the message alone when there were none.
	 */
	public static String withIgnored(String message, Server server, Set<String> signatures) {
		if (server.getLogs() == null) {
			return message;
		}
		List<LogHit> ignored = server.getLogs().getIgnoredHits().stream().filter(h -> h.getSignature() != null
				&& signatures.stream().anyMatch(s -> s.equalsIgnoreCase(h.getSignature()))).toList();
		if (ignored.isEmpty()) {
			return message;
		}
		long count = ignored.stream().mapToLong(LogHit::getCount).sum();
		String names = String.join(", ", ignored.stream().map(LogHit::getSignature).distinct().toList());
		return message + " " + NLS.bind(Messages.Ignored_note,
				new Object[] { count, names, ignored.get(0).getFirstText() });
	}

	/** Adds up to five occurrences as evidence. */
	public static FindingBuilder addEvidence(FindingBuilder finding, List<Occurrence> occurrences) {
		occurrences.stream().limit(5).forEach(o -> finding.evidence(o.owner(), o.feature()));
		return finding;
	}
}
