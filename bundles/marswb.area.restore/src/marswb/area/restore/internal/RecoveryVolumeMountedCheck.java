package marswb.area.restore.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.EventRecord;
import marswb.model.server.Job;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;

/**
 * While a recovery point is mounted as a recovery volume (Instant Restore; up to 6 hours, 24 hours while a copy
 * runs) no backup runs (troubleshoot-restore-problems). The bundle has no direct list of mounted recovery volumes,
 * so the check looks for what can show one: a recovery job still in progress at collection, or an event that
 * speaks of a mounted recovery volume or recovery point. WARN when found; INFO (guidance) otherwise, because the
 * absence of such traces does not prove that nothing is mounted.
 */
public final class RecoveryVolumeMountedCheck implements Check {

	static final String JOBS = "agent/jobs.json";
	static final String EVENTS = "agent/cloudbackup-events.csv";
	private static final Pattern MOUNT = Pattern.compile("recovery (volume|point).*mount|mount.*recovery (volume|point)",
			Pattern.CASE_INSENSITIVE);

	@Override
	public void run(CheckContext context) {
		if (!context.usable(JOBS) && !context.usable(EVENTS)) {
			context.unknown(JOBS).add();
			return;
		}
		Server server = context.server();
		List<Job> jobs = server.getJobs().stream().filter(RecoveryVolumeMountedCheck::recoveryInProgress).toList();
		List<EventRecord> events = server.getEvents().stream()
				.filter(e -> e.getMessage() != null && MOUNT.matcher(e.getMessage()).find()).toList();
		if (jobs.isEmpty() && events.isEmpty()) {
			context.finding(Outcome.INFO).message(Messages.NoMountSeen_message)
					.recommendation(Messages.Mount_recommendation).add();
			return;
		}
		FindingBuilder finding = context.finding(Outcome.WARN).message(Messages.MountSeen_message)
				.recommendation(Messages.Mount_recommendation);
		jobs.stream().limit(3).forEach(j -> finding.evidence(j, Literals.JOB__JOB_STATE));
		events.stream().limit(3).forEach(e -> finding.evidence(e, Literals.EVENT_RECORD__MESSAGE));
		finding.add();
	}

	static boolean recoveryInProgress(Job job) {
		String type = job.getJobType() == null ? "" : job.getJobType().toLowerCase(Locale.ROOT);
		String state = job.getJobState() == null ? "" : job.getJobState().toLowerCase(Locale.ROOT);
		return (type.contains("recover") || type.contains("restore"))
				&& (state.contains("progress") || state.contains("running") || state.contains("mount"));
	}
}
