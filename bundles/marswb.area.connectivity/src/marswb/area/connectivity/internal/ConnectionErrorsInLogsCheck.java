package marswb.area.connectivity.internal;

import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.ErrorEvidence;
import marswb.engine.spi.FindingBuilder;
import marswb.engine.DisplayValues;
import marswb.model.diagnosis.Outcome;
import marswb.model.provenance.Provenance;
import marswb.model.server.EventRecord;
import marswb.model.server.LogHit;
import marswb.model.server.Origin;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;

/**
 * Connection failures the agent's engine logged (CBEngine*.errlog): "connection attempt failed", a port 443 that
 * failed, the article's ID 100050 and the WinINet HRESULTs for "cannot connect" (0x80072EFD), "timed out"
 * (0x80072EE2) and "name not resolved" (0x80072EE7), each only on a line that reports a failure; CloudBackup events
 * with ID 100050 count too. The parser gives every line with any of these the "connection-failed" signature once,
 * so its count is the number of failed lines, however many signs a line holds; each evidence line is cited once.
 * FAIL when any is found, with the first and last occurrence; the causes are the other connectivity checks and TLS
 * 1.2 (owned by basics).
 */
public final class ConnectionErrorsInLogsCheck implements Check {

	static final String CONNECTION_FAILED = "connection-failed";
	static final Set<String> SIGNATURES = Set.of(CONNECTION_FAILED, "100050", "0x80072EFD", "0x80072EE2",
			"0x80072EE7");

	@Override
	public void run(CheckContext context) {
		Server server = context.server();
		List<LogHit> hits = server.getLogs() == null ? List.of()
				: server.getLogs().getHits().stream().filter(h -> SIGNATURES.contains(h.getSignature()))
						.filter(ConnectionErrorsInLogsCheck::fromEngineLog).toList();
		List<EventRecord> events = server.getEvents().stream().filter(e -> e.getMessage() != null
				&& e.getMessage().toLowerCase(Locale.ROOT).contains("id: 100050")).toList();
		if (hits.isEmpty() && events.isEmpty()) {
			context.finding(Outcome.PASS)
					.message(ErrorEvidence.withIgnored(Messages.NoConnectionErrors_message, server, SIGNATURES)).add();
			return;
		}
		long count = hits.stream().filter(h -> CONNECTION_FAILED.equals(h.getSignature()))
				.mapToLong(LogHit::getCount).sum() + events.size();
		Date first = hits.stream().map(LogHit::getFirstTime).filter(Objects::nonNull).min(Date::compareTo)
				.orElse(null);
		Date last = hits.stream().map(h -> h.getLastTime() != null ? h.getLastTime() : h.getFirstTime())
				.filter(Objects::nonNull).max(Date::compareTo).orElse(null);
		for (EventRecord e : events) {
			if (e.getTimeCreated() != null) {
				first = first == null || e.getTimeCreated().before(first) ? e.getTimeCreated() : first;
				last = last == null || e.getTimeCreated().after(last) ? e.getTimeCreated() : last;
			}
		}
		String signatures = String.join(", ", hits.stream().map(LogHit::getSignature)
				.filter(s -> !CONNECTION_FAILED.equals(s)).distinct().toList());
		FindingBuilder finding = context.finding(Outcome.FAIL)
				.message(ErrorEvidence.withIgnored(NLS.bind(Messages.ConnectionErrors_message,
						new Object[] { count, signatures.isEmpty() ? CONNECTION_FAILED : signatures,
								time(first, server), time(last, server) }),
						server, SIGNATURES))
				.recommendation(Messages.ConnectionErrors_recommendation)
				.causedBy("basics.tls12-disabled", "connectivity.endpoint-unreachable",
						"connectivity.proxy-authentication-required", "connectivity.proxy-settings-contradict");
		Set<String> cited = new HashSet<>();
		hits.stream().filter(h -> cited.add(firstLine(h))).forEach(h -> finding.evidence(h, Literals.LOG_HIT__FIRST_TEXT));
		events.stream().limit(3).forEach(e -> finding.evidence(e, Literals.EVENT_RECORD__MESSAGE));
		finding.add();
	}

	/** Artifact and line of a hit's first occurrence: hits of one line are one piece of evidence. */
	private static String firstLine(LogHit hit) {
		return Provenance.of(hit, Literals.LOG_HIT__FIRST_TEXT).map(o -> o.getArtifact() + ":" + o.getLine())
				.orElse(hit.getSignature());
	}

	/** The hit was read from an engine log (CBEngine*.errlog); hits without a known origin count too. */
	static boolean fromEngineLog(LogHit hit) {
		for (Origin origin : hit.getOrigins()) {
			if (origin.getArtifact() != null) {
				String name = origin.getArtifact().substring(origin.getArtifact().lastIndexOf('/') + 1);
				return name.toLowerCase(Locale.ROOT).startsWith("cbengine");
			}
		}
		return true;
	}

	private static String time(Date date, Server server) {
		return date == null ? "-" : DisplayValues.time(date, server);
	}
}
