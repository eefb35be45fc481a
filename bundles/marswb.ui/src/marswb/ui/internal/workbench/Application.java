package marswb.ui.internal.workbench;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import marswb.ui.internal.bundles.OpenBundles;
import marswb.ui.internal.bundles.StartupTiming;

/** The workbench application: {@code -application marswb.ui.application [bundle ...]}. */
public class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		StartupTiming.mark("application");
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> bundles = LaunchArguments.bundles(arguments == null ? new String[0] : arguments);
		Display display = PlatformUI.createDisplay();
		// read and check the bundles while the workbench starts: on two cores this hides most of their opening
		List<Job> opening = bundles.stream().map(bundle -> OpenBundles.get().open(Path.of(bundle))).toList();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new MarswbWorkbenchAdvisor(opening));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
