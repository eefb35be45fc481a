package marswb.area.jobs.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import marswb.area.jobs.JobHistory;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.EventRecord;
import marswb.model.server.Job;
import marswb.model.server.LogHit;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;

/**
 * The agent warns "A critical inconsistency was detected, therefore changes cannot be replicated." when a protected
 * top-level folder was deleted and created again with the same name.
 */
public final class CriticalInconsistencyCheck implements Check {

	/** The distinctive part of the agent's warning. */
	static final String WARNING = "critical inconsistency was detected";

	@Override
	public void run(CheckContext context) {
		boolean jobs = context.usable(JobHistory.JOBS);
		boolean events = context.usable(JobStates.EVENTS);
		boolean logs = context.usable(JobStates.LOGS);
		if (!jobs && !events && !logs) {
			context.unknown(JobHistory.JOBS).add();
			return;
		}
		Server server = context.server();
		List<Job> inJobs = server.getJobs().stream().filter(j -> mentions(j.getErrorMessage())).toList();
		List<EventRecord> inEvents = server.getEvents().stream().filter(e -> mentions(e.getMessage())).toList();
		List<LogHit> inLogs = server.getLogs() == null ? List.of()
				: server.getLogs().getHits().stream().filter(h -> mentions(h.getFirstText())).toList();
		int seen = inJobs.size() + inEvents.size() + inLogs.size();
		if (seen > 0) {
			FindingBuilder finding = context.finding(Outcome.WARN).message(NLS.bind(Messages.Inconsistency_message, seen))
					.recommendation(Messages.Inconsistency_recommendation);
			inJobs.stream().limit(3).forEach(j -> finding.evidence(j, Literals.JOB__ERROR_MESSAGE));
			inEvents.stream().limit(3).forEach(e -> finding.evidence(e, Literals.EVENT_RECORD__MESSAGE));
			inLogs.stream().limit(3).forEach(h -> finding.evidence(h, Literals.LOG_HIT__FIRST_TEXT));
			finding.add();
			return;
		}
		context.finding(Outcome.PASS).message(
				NLS.bind(Messages.Inconsistency_ok, server.getJobs().size(), server.getEvents().size())).add();
	}

	static boolean mentions(String text) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(WARNING);
	}
}
