package marswb.area.jobs.ui.internal;

import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;

import marswb.engine.DisplayValues;
import marswb.model.server.ErrorCodeCount;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.Job;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;
import marswb.ui.AreaView;
import marswb.ui.AreaViews;

/**
 * The current bundle's job history and the failed files of the last backup by error code, first as charts side by
 * side (when backups started failing, which error dominates), then as tables: jobs newest first, codes most first.
 */
public class JobsView extends AreaView {

	public static final String ID = "marswb.area.jobs.ui.jobs";

	private HistoryChart history;
	private CodeBarsChart codes;
	private TableViewer jobs;
	private TableViewer failed;

	@Override
	protected void createTables(Composite sash) {
		SashForm charts = new SashForm(sash, SWT.HORIZONTAL);
		history = new HistoryChart(charts);
		codes = new CodeBarsChart(charts);
		charts.setWeights(3, 2);
		jobs = AreaViews.table(sash);
		AreaViews.<Job>column(jobs, Messages.Jobs_start, 330, j -> DisplayValues.of(j, Literals.JOB__START_TIME));
		AreaViews.<Job>column(jobs, Messages.Jobs_end, 330, j -> DisplayValues.of(j, Literals.JOB__END_TIME));
		AreaViews.<Job>column(jobs, Messages.Jobs_type, 80, j -> DisplayValues.of(j, Literals.JOB__JOB_TYPE));
		AreaViews.<Job>column(jobs, Messages.Jobs_state, 110, j -> DisplayValues.of(j, Literals.JOB__JOB_STATE));
		AreaViews.<Job>column(jobs, Messages.Jobs_errorCode, 110, Job::getErrorCode);
		AreaViews.<Job>column(jobs, Messages.Jobs_errorMessage, 360, Job::getErrorMessage);
		failed = AreaViews.table(sash);
		AreaViews.<ErrorCodeCount>column(failed, Messages.Failed_code, 120, ErrorCodeCount::getCode);
		AreaViews.<ErrorCodeCount>column(failed, Messages.Failed_count, 100, ErrorCodeCount::getCount);
		AreaViews.<ErrorCodeCount>column(failed, Messages.Failed_firstEntry, 500, ErrorCodeCount::getFirstEntry);
		// the charts read first, so they get half the height
		setWeights(2, 1, 1);
	}

	@Override
	protected void show(Server server) {
		List<Job> newestFirst = server == null ? List.of()
				: server.getJobs().stream().sorted(Comparator.comparing(Job::getStartTime,
						Comparator.nullsLast(Comparator.<Date>reverseOrder()))).toList();
		jobs.setInput(newestFirst);
		history.show(newestFirst, ChartNotes.history(server));
		FailedFilesSummary summary = server == null ? null : server.getFailedFiles();
		List<ErrorCodeCount> mostFirst = summary == null ? List.of()
				: summary.getCodes().stream().sorted(Comparator.comparingLong(ErrorCodeCount::getCount).reversed())
						.toList();
		failed.setInput(mostFirst);
		codes.show(mostFirst, ChartNotes.failedFiles(server));
		setContentDescription(summary == null ? "" : NLS.bind(Messages.Failed_total, summary.getTotalEntries()));
	}

	public HistoryChart history() {
		return history;
	}

	public CodeBarsChart codes() {
		return codes;
	}

	public TableViewer jobs() {
		return jobs;
	}

	public TableViewer failed() {
		return failed;
	}
}
