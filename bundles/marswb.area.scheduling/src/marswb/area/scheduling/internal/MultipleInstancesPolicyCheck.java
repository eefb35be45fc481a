package marswb.area.scheduling.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.EventRecord;
import marswb.model.server.Job;
import marswb.model.server.ScheduledTask;
import marswb.model.server.ServerPackage.Literals;

/**
 * Every task of the agent must not start a second instance while one runs (MultipleInstancesPolicy IgnoreNew);
 * otherwise a duplicate start ends with the warning that another job was in progress. Jobs and events that show
 * the warning are evidence that it happened; with every task right they only leave guidance.
 */
public final class MultipleInstancesPolicyCheck implements Check {

	static final String FIX = "scheduling.set-ignore-new";
	/** The warning the agent writes, as it appears in job history and events. */
	static final String ANOTHER_JOB_IN_PROGRESS = "another job was in progress";

	@Override
	public void run(CheckContext context) {
		List<ScheduledTask> tasks = Tasks.onlineBackup(context.server());
		List<Job> jobs = context.server().getJobs().stream()
				.filter(j -> mentionsAnotherJob(j.getErrorMessage())).toList();
		List<EventRecord> events = context.server().getEvents().stream()
				.filter(e -> mentionsAnotherJob(e.getMessage())).toList();
		boolean anyWrong = false;
		for (ScheduledTask task : tasks) {
			String policy = task.getMultipleInstancesPolicy();
			if (policy == null || policy.equalsIgnoreCase("IgnoreNew")) {
				continue;
			}
			anyWrong = true;
			FindingBuilder finding = context.finding(Outcome.FAIL).subject(task.getPath()).quickFix(FIX)
					.message(NLS.bind(Messages.MultipleInstances_message, task.getPath(), policy))
					.recommendation(Messages.MultipleInstances_recommendation)
					.evidence(task, Literals.SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY);
			addOccurrences(finding, jobs, events);
			finding.add();
		}
		if (anyWrong) {
			return;
		}
		if (!jobs.isEmpty() || !events.isEmpty()) {
			// the tasks are right now; the warning may predate a correction, so this is guidance, not a cause
			FindingBuilder finding = context.finding(Outcome.INFO).message(Messages.AnotherJobSeen_message)
					.recommendation(Messages.AnotherJobSeen_recommendation);
			addOccurrences(finding, jobs, events);
			finding.add();
		} else if (tasks.isEmpty()) {
			context.finding(Outcome.INFO).message(Messages.NoOnlineBackupTask_message).add();
		} else {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.MultipleInstancesOk_message, tasks.size())).add();
		}
	}

	private static void addOccurrences(FindingBuilder finding, List<Job> jobs, List<EventRecord> events) {
		jobs.stream().limit(3).forEach(j -> finding.evidence(j, Literals.JOB__ERROR_MESSAGE));
		events.stream().limit(3).forEach(e -> finding.evidence(e, Literals.EVENT_RECORD__MESSAGE));
	}

	private static boolean mentionsAnotherJob(String text) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(ANOTHER_JOB_IN_PROGRESS);
	}
}
