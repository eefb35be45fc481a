package marswb.ui.internal.triage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import marswb.model.diagnosis.Outcome;
import marswb.triage.TriageInputs;
import marswb.triage.TriageRow;
import marswb.triage.TriageRun;
import marswb.ui.internal.bundles.FindingWords;
import marswb.ui.internal.bundles.OpenBundles;
import marswb.ui.internal.findings.FindingsView;

/**
 * Every bundle under a folder, one row each, worst first: the {@code triage} command's table in the workbench. The
 * rows come in while a job reads and analyzes the bundles (progress and cancel in the Progress view), sorted by the
 * column whose header was clicked and filtered by worst outcome, a failing check and text. A double-click opens the
 * bundle as File > Open Bundle does.
 */
public class TriageView extends ViewPart {

	public static final String ID = "marswb.ui.triage";

	/** The family of the triage jobs, to wait for them or find them running. */
	public static final Object JOB_FAMILY = new Object();

	private final TriageFilter filter = new TriageFilter();
	private final TriageOrder order = new TriageOrder();
	private final List<TriageRow> rows = new ArrayList<>();
	/** The checks that fail on some server so far, by id, with the title of their first FAIL. */
	private final Map<String, String> failingChecks = new TreeMap<>();
	private List<String> checkChoices = List.of();
	private TableViewer viewer;
	private Combo worst;
	private Combo checks;
	private Text text;
	private Job job;
	private Path folder;
	private int total;
	/** Counted as rows come, not recounted for each: a large folder brings thousands. */
	private int failing;
	private int unreadable;
	private int shown;
	private boolean finished;
	private boolean canceled;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		createFilterBar(parent);
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		for (TriageColumn column : TriageColumn.values()) {
			column(column);
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(order);
		viewer.addFilter(filter);
		viewer.setInput(rows);
		viewer.addDoubleClickListener(event -> open((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(viewer);
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(6, false));
		new Label(bar, SWT.NONE).setText(Messages.Triage_filterWorst);
		worst = new Combo(bar, SWT.READ_ONLY);
		worst.add(Messages.Triage_any);
		Outcome.VALUES.forEach(outcome -> worst.add(FindingWords.outcome(outcome)));
		worst.add(Messages.Triage_unreadable);
		worst.select(0);
		new Label(bar, SWT.NONE).setText(Messages.Triage_filterCheck);
		checks = new Combo(bar, SWT.READ_ONLY);
		checks.add(Messages.Triage_any);
		checks.select(0);
		new Label(bar, SWT.NONE).setText(Messages.Triage_filterText);
		text = new Text(bar, SWT.BORDER | SWT.SEARCH);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		worst.addListener(SWT.Selection, event -> filterChanged());
		checks.addListener(SWT.Selection, event -> filterChanged());
		text.addListener(SWT.Modify, event -> filterChanged());
	}

	private void column(TriageColumn column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.count() ? SWT.RIGHT : SWT.NONE);
		TableColumn header = viewerColumn.getColumn();
		header.setText(column.title);
		header.setWidth(column.width);
		header.addListener(SWT.Selection, event -> {
			order.sortBy(column);
			viewer.getTable().setSortColumn(header);
			viewer.getTable().setSortDirection(order.descending() ? SWT.DOWN : SWT.UP);
			viewer.refresh();
		});
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return column.text((TriageRow) element);
			}
		});
	}

	/**
	 * Empties the view and starts a job that triages every bundle under {@code folder} (a triage still running is
	 * canceled); returns the scheduled job. Call on the UI thread.
	 */
	public Job triage(Path triaged) {
		if (job != null) {
			job.cancel();
		}
		folder = triaged;
		rows.clear();
		failingChecks.clear();
		updateChecks();
		total = 0;
		failing = 0;
		unreadable = 0;
		shown = 0;
		finished = false;
		canceled = false;
		viewer.refresh();
		Display display = Display.getCurrent();
		Job started = new Job(NLS.bind(Messages.Triage_job, triaged)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return TriageView.this.run(this, triaged, display, monitor);
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		started.setUser(true);
		job = started;
		started.schedule();
		updateDescription();
		return started;
	}

	private IStatus run(Job self, Path triaged, Display display, IProgressMonitor monitor) {
		List<Path> bundles = TriageInputs.discover(List.of(triaged)).bundles();
		monitor.beginTask(self.getName(), bundles.size());
		onUiThread(display, self, () -> {
			total = bundles.size();
			updateDescription();
		});
		try {
			TriageRun.run(bundles, Runtime.getRuntime().availableProcessors(), new TriageRun.Listener() {
				@Override
				public void finished(TriageRow row, int done) {
					monitor.worked(1);
					monitor.subTask(row.bundle());
					onUiThread(display, self, () -> added(row));
				}

				@Override
				public boolean canceled() {
					return monitor.isCanceled();
				}
			});
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		boolean stopped = monitor.isCanceled() || Thread.currentThread().isInterrupted();
		onUiThread(display, self, () -> {
			finished = true;
			canceled = stopped;
			updateDescription();
		});
		monitor.done();
		return stopped ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** Runs on the UI thread while the view is open and {@code from} is still its triage. */
	private void onUiThread(Display display, Job from, Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (job == from && !viewer.getControl().isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	private void added(TriageRow row) {
		rows.add(row);
		failing += row.failCount() > 0 ? 1 : 0;
		unreadable += row.error() != null ? 1 : 0;
		shown += filter.matches(row) ? 1 : 0;
		int before = failingChecks.size();
		row.fails().forEach(fail -> failingChecks.putIfAbsent(fail.check(), fail.title()));
		if (failingChecks.size() != before) {
			updateChecks();
		}
		viewer.add(row);
		updateDescription();
	}

	/** The failing-check choices are those of the rows so far; a chosen check stays chosen. */
	private void updateChecks() {
		String chosen = chosenCheck();
		checkChoices = List.copyOf(failingChecks.keySet());
		checks.removeAll();
		checks.add(Messages.Triage_any);
		checkChoices.forEach(check -> checks.add(failingChecks.get(check) + "  (" + check + ")"));
		checks.select(chosen == null ? 0 : checkChoices.indexOf(chosen) + 1);
	}

	private String chosenCheck() {
		return checks.getSelectionIndex() <= 0 ? null : checkChoices.get(checks.getSelectionIndex() - 1);
	}

	private void filterChanged() {
		int chosen = worst.getSelectionIndex();
		Object outcome = chosen <= 0 ? null
				: chosen <= Outcome.VALUES.size() ? Outcome.VALUES.get(chosen - 1) : TriageFilter.UNREADABLE;
		filter.set(outcome, chosenCheck(), text.getText());
		shown = (int) rows.stream().filter(filter::matches).count();
		viewer.refresh();
		updateDescription();
	}

	private void updateDescription() {
		if (folder == null) {
			return;
		}
		String description;
		if (!finished) {
			description = NLS.bind(Messages.Triage_running,
					new Object[] { folder, rows.size(), total, failing, unreadable, shown });
		} else if (canceled) {
			description = NLS.bind(Messages.Triage_canceled,
					new Object[] { folder, rows.size(), total, failing, unreadable, shown });
		} else if (total == 0) {
			description = NLS.bind(Messages.Triage_noBundle, folder);
		} else {
			description = NLS.bind(Messages.Triage_summary, new Object[] { folder, total, failing, unreadable, shown });
		}
		setContentDescription(description);
	}

	/** Opens a readable bundle with all its views; an unreadable one has only its reason, which the row shows. */
	private void open(IStructuredSelection selection) {
		if (selection.getFirstElement() instanceof TriageRow row && row.error() == null) {
			OpenBundles.get().open(Path.of(row.bundle()));
			try {
				getSite().getPage().showView(FindingsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				// the Findings view is part of this plug-in; the bundle opens without it
			}
		}
	}

	/** The rows in the order and with the filter the user sees. */
	public TableViewer viewer() {
		return viewer;
	}

	/** The triage running or last run, null before the first. */
	public Job job() {
		return job;
	}

	@Override
	public void dispose() {
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
