package marswb.ui.internal.workbench;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.statushandlers.StatusManager;

import marswb.ui.internal.bundles.StartupTiming;

/**
 * Starts in the troubleshooting perspective. The bundles named on the command line are being opened while the
 * workbench starts (see {@link Application}); one that failed before the workbench could say so is reported once
 * it is up, as the workbench reports the jobs that end later.
 */
final class MarswbWorkbenchAdvisor extends WorkbenchAdvisor {

	private final List<Job> opening;

	MarswbWorkbenchAdvisor(List<Job> opening) {
		this.opening = opening;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		// the open bundles are not remembered (yet), so a restored layout would show empty views
		configurer.setSaveAndRestore(false);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return Perspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new MarswbWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		StartupTiming.mark("workbench");
		for (Job job : opening) {
			IStatus result = job.getResult();
			if (result != null && result.matches(IStatus.ERROR | IStatus.WARNING)) {
				StatusManager.getManager().handle(result, StatusManager.SHOW | StatusManager.LOG);
			}
		}
	}
}
