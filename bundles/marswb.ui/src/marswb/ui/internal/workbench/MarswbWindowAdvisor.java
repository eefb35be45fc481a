package marswb.ui.internal.workbench;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.osgi.framework.FrameworkUtil;

import marswb.ui.internal.bundles.BundleDrop;

/** Title, place and bars of the workbench window ({@link WindowPlacement}); bundles dropped anywhere on it open. */
public final class MarswbWindowAdvisor extends WorkbenchWindowAdvisor {

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
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
	}

	@Override
	public void postWindowCreate() {
		WindowPlacement.apply(getWindowConfigurer().getWindow().getShell(), settings(), screen());
	}

	private static IDialogSettings settings() {
		return PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(MarswbWindowAdvisor.class))
				.getDialogSettings();
	}

	/** The primary monitor's area less task bars and docks. */
	public static Rectangle screen() {
		return Display.getCurrent().getPrimaryMonitor().getClientArea();
	}

	@Override
	public void postWindowOpen() {
		// no view control but the Bundle Explorer takes drops itself, so a drop on any other reaches the shell
		BundleDrop.install(getWindowConfigurer().getWindow().getShell());
	}
}
