package marswb.area.jobs.ui.internal;

import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import marswb.model.server.ErrorCodeCount;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.Job;
import marswb.model.server.Server;
import marswb.ui.AreaView;
import marswb.ui.AreaViews;

/**
 * The current bundle's job history, newest first, above the failed files of the last backup counted by error code,
 * most first: whether backups fail always or since a date, and which error dominates.
 */
public class JobsView extends AreaView {

	public static final String ID = "marswb.area.jobs.ui.jobs";

	private TableViewer jobs;
	private TableViewer failed;

	@Override
	protected void createTables(Composite sash) {
		jobs = AreaViews.table(sash);
		AreaViews.<Job>column(jobs, Messages.Jobs_start, 170, Job::getStartTime);
		AreaViews.<Job>column(jobs, Messages.Jobs_end, 170, Job::getEndTime);
		AreaViews.<Job>column(jobs, Messages.Jobs_type, 80, Job::getJobType);
		AreaViews.<Job>column(jobs, Messages.Jobs_state, 110, Job::getJobState);
		AreaViews.<Job>column(jobs, Messages.Jobs_errorCode, 110, Job::getErrorCode);
		AreaViews.<Job>column(jobs, Messages.Jobs_errorMessage, 360, Job::getErrorMessage);
		failed = AreaViews.table(sash);
		AreaViews.<ErrorCodeCount>column(failed, Messages.Failed_code, 120, ErrorCodeCount::getCode);
		AreaViews.<ErrorCodeCount>column(failed, Messages.Failed_count, 100, ErrorCodeCount::getCount);
		AreaViews.<ErrorCodeCount>column(failed, Messages.Failed_firstEntry, 500, ErrorCodeCount::getFirstEntry);
	}

	@Override
	protected void show(Server server) {
		jobs.setInput(server == null ? List.of()
				: server.getJobs().stream().sorted(Comparator.comparing(Job::getStartTime,
						Comparator.nullsLast(Comparator.<Date>reverseOrder()))).toList());
		FailedFilesSummary summary = server == null ? null : server.getFailedFiles();
		failed.setInput(summary == null ? List.of()
				: summary.getCodes().stream()
						.sorted(Comparator.comparingLong(ErrorCodeCount::getCount).reversed()).toList());
		setContentDescription(summary == null ? "" : NLS.bind(Messages.Failed_total, summary.getTotalEntries()));
	}

	public TableViewer jobs() {
		return jobs;
	}

	public TableViewer failed() {
		return failed;
	}
}
