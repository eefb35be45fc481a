package marswb.area.connectivity.internal;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import marswb.engine.Check;
import marswb.engine.CheckContext;
import marswb.engine.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.EventRecord;
import marswb.model.server.LogHit;
import marswb.model.server.Origin;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;

/**
 * Connection failures the agent's engine logged (CBEngine*.errlog): the "connection-failed" signature, the article's
 * ID 100050 and the WinINet HRESULTs for "cannot connect" (0x80072EFD), "timed out" (0x80072EE2) and "name not
 * resolved" (0x80072EE7); CloudBackup events with ID 100050 count too. FAIL when any is found, with the first and
 * last occurrence; the causes are the other connectivity checks and TLS 1.2 (owned by basics).
 */
public final class ConnectionErrorsInLogsCheck implements Check {

	static final Set<String> SIGNATURES = Set.of("connection-failed", "100050", "0x80072EFD", "0x80072EE2",
			"0x80072EE7");

	@Override
	public void run(CheckContext context) {
		if (!context.usable(Net.LOGS)) {
			context.unknown(Net.LOGS).add();
			return;
		}
		Server server = context.server();
		List<LogHit> hits = server.getLogs() == null ? List.of()
				: server.getLogs().getHits().stream().filter(h -> SIGNATURES.contains(h.getSignature()))
						.filter(ConnectionErrorsInLogsCheck::fromEngineLog).toList();
		List<EventRecord> events = server.getEvents().stream().filter(e -> e.getMessage() != null
				&& e.getMessage().toLowerCase(Locale.ROOT).contains("id: 100050")).toList();
		if (hits.isEmpty() && events.isEmpty()) {
			context.finding(Outcome.PASS).message(Messages.NoConnectionErrors_message).add();
			return;
		}
		long count = hits.stream().mapToLong(LogHit::getCount).sum() + events.size();
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
		String signatures = String.join(", ", hits.stream().map(LogHit::getSignature).distinct().toList());
		FindingBuilder finding = context.finding(Outcome.FAIL)
				.message(NLS.bind(Messages.ConnectionErrors_message,
						new Object[] { count, signatures.isEmpty() ? "100050" : signatures, Format.time(first),
								Format.time(last) }))
				.recommendation(Messages.ConnectionErrors_recommendation)
				.causedBy("basics.tls12-disabled", "connectivity.endpoint-unreachable",
						"connectivity.proxy-authentication-required", "connectivity.proxy-settings-contradict");
		hits.forEach(h -> finding.evidence(h, Literals.LOG_HIT__FIRST_TEXT));
		events.stream().limit(3).forEach(e -> finding.evidence(e, Literals.EVENT_RECORD__MESSAGE));
		finding.add();
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
}
