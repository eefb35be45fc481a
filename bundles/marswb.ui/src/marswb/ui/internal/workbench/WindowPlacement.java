package marswb.ui.internal.workbench;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/**
 * Where the workbench window stands: maximized the first time (a fixed size was cramped on large screens, where
 * the findings need the width, and cut off on small ones), then as the user left it, kept in the dialog settings.
 */
public final class WindowPlacement {

	static final String SECTION = "window";
	private static final String X = "x";
	private static final String Y = "y";
	private static final String WIDTH = "width";
	private static final String HEIGHT = "height";
	private static final String MAXIMIZED = "maximized";

	private WindowPlacement() {
	}

	/**
	 * Places the shell as {@code settings} remember it, inside {@code screen} (the monitor may have changed since);
	 * the first time, over the whole screen and maximized. From then on every move, resize and maximize is kept.
	 */
	public static void apply(Shell shell, IDialogSettings settings, Rectangle screen) {
		shell.setBounds(bounds(settings, screen));
		IDialogSettings saved = settings.getSection(SECTION);
		shell.setMaximized(saved == null || saved.getBoolean(MAXIMIZED));
		shell.addListener(SWT.Resize, event -> remember(shell, settings));
		shell.addListener(SWT.Move, event -> remember(shell, settings));
	}

	/** The remembered bounds, moved and cut to fit the screen; the screen the first time. */
	public static Rectangle bounds(IDialogSettings settings, Rectangle screen) {
		IDialogSettings saved = settings.getSection(SECTION);
		if (saved == null) {
			return screen;
		}
		try {
			int width = Math.min(saved.getInt(WIDTH), screen.width);
			int height = Math.min(saved.getInt(HEIGHT), screen.height);
			int x = Math.max(screen.x, Math.min(saved.getInt(X), screen.x + screen.width - width));
			int y = Math.max(screen.y, Math.min(saved.getInt(Y), screen.y + screen.height - height));
			return new Rectangle(x, y, width, height);
		} catch (NumberFormatException e) {
			// settings written by hand or by another version: start as the first time
			return screen;
		}
	}

	/** Keeps the shell's state; the bounds only while it is not maximized, to restore it to them later. */
	public static void remember(Shell shell, IDialogSettings settings) {
		if (shell.isDisposed() || shell.getMinimized()) {
			return;
		}
		IDialogSettings section = settings.getSection(SECTION);
		if (section == null) {
			section = settings.addNewSection(SECTION);
		}
		section.put(MAXIMIZED, shell.getMaximized());
		if (!shell.getMaximized()) {
			Rectangle bounds = shell.getBounds();
			section.put(X, bounds.x);
			section.put(Y, bounds.y);
			section.put(WIDTH, bounds.width);
			section.put(HEIGHT, bounds.height);
		}
	}
}
