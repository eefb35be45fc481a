package marswb.ui.internal.workbench;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import marswb.ui.internal.bundles.BundleDrop;

/** Title, size and bars of the workbench window; bundles dropped anywhere on it open. */
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
		configurer.setInitialSize(initialSize(screen()));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
	}

	@Override
	public void postWindowCreate() {
		Shell shell = getWindowConfigurer().getWindow().getShell();
		Rectangle screen = screen();
		Point size = shell.getSize();
		shell.setLocation(screen.x + Math.max(0, (screen.width - size.x) / 2),
				screen.y + Math.max(0, (screen.height - size.y) / 2));
	}

	/**
	 * Nine tenths of the screen's usable area: a fixed size was cramped on large screens (the findings need the
	 * width) and cut off on small ones.
	 */
	public static Point initialSize(Rectangle screen) {
		return new Point(screen.width * 9 / 10, screen.height * 9 / 10);
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
