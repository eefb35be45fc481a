package marswb.area.jobs.ui.internal;

import marswb.area.jobs.JobHistory;

/** What a job's state says, as the history chart colors it; the state names are read as the jobs area reads them. */
public enum JobKind {

	SUCCEEDED(Messages.Chart_succeeded), WARNINGS(Messages.Chart_warnings), FAILED(Messages.Chart_failed),
	OTHER(Messages.Chart_other);

	final String label;

	JobKind(String label) {
		this.label = label;
	}

	/** "Completed with warnings" is a kind of its own although it starts like "Completed". */
	public static JobKind of(String state) {
		if (JobHistory.completedWithWarnings(state)) {
			return WARNINGS;
		}
		if (JobHistory.failed(state)) {
			return FAILED;
		}
		return JobHistory.succeeded(state) ? SUCCEEDED : OTHER;
	}
}
