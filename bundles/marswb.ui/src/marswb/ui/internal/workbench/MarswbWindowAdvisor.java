package marswb.ui.internal.workbench;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import marswb.ui.internal.bundles.BundleDrop;

/** Title, size and bars of the workbench window; bundles dropped anywhere on it open. */
final class MarswbWindowAdvisor extends WorkbenchWindowAdvisor {

	MarswbWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new MarswbActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setTitle(Messages.Window_title);
		configurer.setInitialSize(new Point(1200, 800));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
	}

	@Override
	public void postWindowOpen() {
		// no view control but the Bundle Explorer takes drops itself, so a drop on any other reaches the shell
		BundleDrop.install(getWindowConfigurer().getWindow().getShell());
	}
}
