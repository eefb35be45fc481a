package marswb.area.jobs.internal;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import marswb.area.jobs.JobHistory;
import marswb.model.server.FailedFilesList;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.Job;
import marswb.model.server.Server;

/** Which jobs of the history the checks look at, beside how their states read ({@link JobHistory}). */
final class JobStates {

	static final String POLICY = "agent/policy.json";
	static final String MANIFEST = "manifest.json";
	static final String VOLUMES = "system/volumes.csv";
	static final String EVENTS = "agent/cloudbackup-events.csv";
	static final String LOGS = "agent/logs/*.errlog";
	/** The scheduling area owns this warning (MultipleInstancesPolicy); such a job is a duplicate start, not a backup. */
	static final String ANOTHER_JOB_IN_PROGRESS = "another job was in progress";

	private JobStates() {
	}

	static boolean isNumeric(String state) {
		return state != null && state.strip().matches("-?[0-9]+");
	}

	/** Jobs that are backups: restores are left out, and so are duplicate starts the scheduling area explains. */
	static List<Job> backups(Server server) {
		return server.getJobs().stream().filter(j -> !isRestore(j)).filter(j -> !duplicateStart(j))
				.sorted(Comparator.comparing(Job::getStartTime, Comparator.nullsFirst(Comparator.naturalOrder()))
						.reversed())
				.toList();
	}

	static boolean isRestore(Job job) {
		String type = JobHistory.normalized(job.getJobType());
		return type.contains("restore") || type.contains("recover");
	}

	static boolean duplicateStart(Job job) {
		return job.getErrorMessage() != null
				&& job.getErrorMessage().toLowerCase(Locale.ROOT).contains(ANOTHER_JOB_IN_PROGRESS);
	}

	/** An error code that says what went wrong (0 means none). */
	static boolean hasErrorCode(Job job) {
		String code = job.getErrorCode();
		return code != null && !code.isBlank() && !code.strip().equals("0") && !code.strip().equalsIgnoreCase("0x0");
	}

	/** A day in ms: a list is named after its backup's day, so a later backup starts at least a day after that. */
	private static final long DAY = 24L * 60 * 60 * 1000;

	/**
	 * The newest backup that completed without warnings after every failed-file list that names files was written:
	 * those lists are left over from older backups (the agent keeps them in its Temp folder), and the files they name
	 * were backed up since, or are no longer in the policy. Empty when a list with entries has no date in its name
	 * or is not older than every such backup.
	 */
	static Optional<Job> supersedingBackup(Server server) {
		FailedFilesSummary files = server.getFailedFiles();
		List<FailedFilesList> named = files == null ? List.of()
				: files.getLists().stream().filter(l -> l.getEntries() > 0).toList();
		if (named.isEmpty() || named.stream().anyMatch(l -> l.getFileNameDate() == null)) {
			return Optional.empty();
		}
		Date newestList = named.stream().map(FailedFilesList::getFileNameDate).max(Date::compareTo).orElseThrow();
		return backups(server).stream()
				.filter(j -> JobHistory.succeeded(j.getJobState())
						&& !JobHistory.completedWithWarnings(j.getJobState()))
				.filter(j -> j.getStartTime() != null && j.getStartTime().getTime() >= newestList.getTime() + DAY)
				.findFirst();
	}
}
