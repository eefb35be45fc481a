package marswb.area.jobs.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import marswb.area.jobs.JobHistory;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.engine.DisplayValues;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.BackupPolicy;
import marswb.model.server.Job;
import marswb.model.server.ServerPackage.Literals;

/**
 * The bundle cannot tell a scheduled job from a manual one. What it can show: no backup started for longer than the
 * schedule allows, or the newest backups failed without an error of their own. Both point at the schedule, whose
 * settings the scheduling area checks; this finding names those checks as causes.
 */
public final class ScheduledFailingCheck implements Check {

	static final String[] SCHEDULING = { "scheduling.task-trigger-disabled", "scheduling.execution-policy-restricted",
			"scheduling.psmodulepath-missing-mars-module", "scheduling.module-files-missing-or-corrupt",
			"scheduling.powershell-version-too-old", "scheduling.task-run-as-account" };

	@Override
	public void run(CheckContext context) {
		BackupPolicy policy = context.server().getPolicy();
		if (!context.usable(JobStates.POLICY) || policy == null) {
			context.unknown(JobStates.POLICY).add();
			return;
		}
		int gapDays = longestGapDays(policy.getScheduleDays());
		if (gapDays == 0) {
			context.notApplicable(Messages.Scheduled_noSchedule).evidence(policy).add();
			return;
		}
		Instant collected = context.server().getCollectedAtUtc() == null ? null
				: context.server().getCollectedAtUtc().toInstant();
		List<Job> backups = JobStates.backups(context.server());
		int windowDays = gapDays + 1;
		Job newest = backups.stream().filter(j -> j.getStartTime() != null).findFirst().orElse(null);
		if (collected != null && (newest == null
				|| Duration.between(newest.getStartTime().toInstant(), collected).toDays() >= windowDays)) {
			FindingBuilder finding = context.finding(Outcome.WARN).causedBy(SCHEDULING)
					.message(newest == null ? NLS.bind(Messages.Scheduled_noJobs, windowDays)
							: NLS.bind(Messages.Scheduled_noRecentJob, windowDays, DisplayValues.time(newest.getStartTime(), context.server())))
					.recommendation(Messages.Scheduled_recommendation);
			if (newest != null) {
				finding.evidence(newest, Literals.JOB__START_TIME);
			}
			policy.getScheduleDays().stream().limit(1).forEach(d -> finding.evidence(policy, Literals.BACKUP_POLICY__SCHEDULE_DAYS));
			finding.add();
			return;
		}
		if (newest == null) {
			context.unknown(JobHistory.JOBS).add();
			return;
		}
		if (JobHistory.failed(newest.getJobState())) {
			if (JobStates.hasErrorCode(newest)) {
				// the job started, so the schedule worked; its own error code names the cause
				context.finding(Outcome.INFO)
						.message(NLS.bind(Messages.Scheduled_failedWithCode, newest.getJobState(), newest.getErrorCode()))
						.recommendation(Messages.Scheduled_failedWithCodeRecommendation)
						.evidence(newest, Literals.JOB__ERROR_CODE).add();
			} else {
				context.finding(Outcome.WARN).causedBy(SCHEDULING)
						.message(NLS.bind(Messages.Scheduled_failedNoCode, newest.getJobState(),
								DisplayValues.time(newest.getStartTime(), context.server())))
						.recommendation(Messages.Scheduled_recommendation)
						.evidence(newest, Literals.JOB__JOB_STATE).add();
			}
			return;
		}
		context.finding(Outcome.PASS)
				.message(NLS.bind(Messages.Scheduled_ok, DisplayValues.time(newest.getStartTime(), context.server()), newest.getJobState()))
				.evidence(newest, Literals.JOB__START_TIME).add();
	}

	/** The most days between two scheduled runs (7 for once a week), 0 when the policy has no schedule days. */
	static int longestGapDays(List<String> days) {
		TreeSet<Integer> set = new TreeSet<>();
		for (String day : days) {
			Integer value = dayNumber(day);
			if (value != null) {
				set.add(value);
			}
		}
		if (set.isEmpty()) {
			return 0;
		}
		int longest = 0;
		Integer previous = set.last() - 7;
		for (int day : set) {
			longest = Math.max(longest, day - previous);
			previous = day;
		}
		return longest;
	}

	private static Integer dayNumber(String day) {
		if (day == null) {
			return null;
		}
		String d = day.strip();
		if (d.matches("[0-6]")) {
			return Integer.valueOf(d);
		}
		try {
			return DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT)).getValue() % 7;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
