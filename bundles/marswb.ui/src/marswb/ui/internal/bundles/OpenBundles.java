package marswb.ui.internal.bundles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;
import marswb.report.Suppressions;

/**
 * The bundles open in the workbench and the one the views show. Opening reads and analyzes in a job, and so does
 * a what-if (apply, undo, redo); the lists and what the views read of a bundle change and listeners hear of it on
 * the UI thread only, so views need no locking.
 */
public final class OpenBundles {

	/** Told on the UI thread when a bundle opened, its findings changed, or another bundle became current. */
	public interface Listener {
		void changed(OpenBundle bundle);
	}

	/** The family of the what-if jobs, to wait for them or find them running. */
	public static final Object WHAT_IF_FAMILY = new Object();

	private static final OpenBundles INSTANCE = new OpenBundles();

	private final List<OpenBundle> bundles = new ArrayList<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private OpenBundle current;

	private OpenBundles() {
	}

	public static OpenBundles get() {
		return INSTANCE;
	}

	/**
	 * Starts a job that reads and analyzes the bundle, then makes it current; returns the scheduled job. Call on the
	 * UI thread.
	 */
	public Job open(Path path) {
		Display display = Display.getCurrent();
		Job job = Job.create(NLS.bind(Messages.Open_job, path.getFileName()),
				(IJobFunction) monitor -> read(path, display, monitor));
		job.setUser(true);
		job.schedule();
		return job;
	}

	private IStatus read(Path path, Display display, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try {
			Server server = BundleReader.read(path, BundleLimits.DEFAULT, progress.split(9));
			StartupTiming.mark("read");
			progress.subTask(Messages.Open_analyzing);
			progress.checkCanceled();
			WhatIfSession session = WhatIfSession.platform(server);
			StartupTiming.mark("analyzed");
			progress.worked(1);
			OpenBundle bundle = new OpenBundle(path, server, session, Clock.systemUTC());
			onUiThread(display, () -> added(bundle));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (BundleOpenException e) {
			return Status.error(NLS.bind(Messages.Open_failed, path, e.getMessage()), e);
		}
	}

	private void added(OpenBundle bundle) {
		bundles.add(bundle);
		RecentBundles.workbench().opened(bundle.path());
		setCurrent(bundle);
	}

	/**
	 * Starts a job that changes the bundle's working copy ({@code change}: apply, undo or redo a quick-fix) and runs
	 * the checks again, after the bundle's earlier what-ifs; then the views see the new findings. The change is made
	 * on the UI thread, where the views read the working copy, and the checks, which only read it, in the job: so
	 * the model never changes under a view or under the checks. Returns the scheduled job. Call on the UI thread.
	 */
	public Job whatIf(OpenBundle bundle, String name, Consumer<WhatIfSession> change) {
		Display display = Display.getCurrent();
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (display.isDisposed()) {
					return Status.CANCEL_STATUS;
				}
				WhatIfSession session = bundle.session();
				IStatus[] changed = { Status.OK_STATUS };
				display.syncExec(() -> {
					try {
						change.accept(session);
					} catch (IllegalArgumentException e) {
						// an earlier what-if, still running when this one was asked for, took the fix's finding away
						changed[0] = Status.warning(e.getMessage(), e);
					}
				});
				if (changed[0].isOK()) {
					session.rerun();
				}
				OpenBundle.Published state = OpenBundle.Published.of(session);
				onUiThread(display, () -> {
					bundle.publish(state);
					fire(bundle);
				});
				return changed[0];
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == WHAT_IF_FAMILY;
			}
		};
		job.setRule(bundle.whatIfRule());
		job.schedule();
		return job;
	}

	private static void onUiThread(Display display, Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(runnable);
		}
	}

	/**
	 * Writes the bundle's suppressions to the file (atomically), marks its findings with them and tells the views.
	 * Refuses while the file beside the bundle is unreadable, so that a broken file is never overwritten unseen.
	 * Call on the UI thread.
	 */
	public void suppress(OpenBundle bundle, Path file, Suppressions suppressions) throws IOException {
		if (bundle.suppressionsProblem() != null) {
			throw new IOException(bundle.suppressionsProblem());
		}
		suppressions.write(file);
		bundle.setSuppressions(file, suppressions);
		fire(bundle);
	}

	public List<OpenBundle> bundles() {
		return List.copyOf(bundles);
	}

	/** The bundle the configuration, findings and details views show; null before one is open. */
	public OpenBundle current() {
		return current;
	}

	public void setCurrent(OpenBundle bundle) {
		current = bundle;
		fire(bundle);
	}

	/** The open bundle whose current findings contain {@code finding}. */
	public OpenBundle owner(Finding finding) {
		return bundles.stream().filter(b -> b.diagnosis() == finding.eContainer()).findFirst().orElse(null);
	}

	private void fire(OpenBundle bundle) {
		listeners.forEach(listener -> listener.changed(bundle));
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}
}
