package marswb.ui.internal.workbench;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import marswb.ui.internal.bundles.OpenBundles;
import marswb.ui.internal.bundles.StartupTiming;

/** Starts in the troubleshooting perspective and opens the bundles named on the command line. */
final class MarswbWorkbenchAdvisor extends WorkbenchAdvisor {

	private final List<String> bundles;

	MarswbWorkbenchAdvisor(List<String> bundles) {
		this.bundles = bundles;
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
		bundles.forEach(bundle -> OpenBundles.get().open(Path.of(bundle)));
	}
}
