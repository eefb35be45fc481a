package marswb.ui.internal.comparison;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.compare.Baseline;
import marswb.ui.internal.bundles.BundleExplorerView;
import marswb.ui.internal.bundles.OpenBundle;

/**
 * A command on the one bundle selected in the Bundle Explorer and a baseline file: the file comes from the command's
 * optional file parameter (tests, scripts) or from a file dialog opened beside the bundle.
 */
abstract class BaselineFileHandler extends AbstractHandler {

	private final String fileParameter;
	private final int dialogStyle;
	private final String dialogTitle;

	BaselineFileHandler(String fileParameter, int dialogStyle, String dialogTitle) {
		this.fileParameter = fileParameter;
		this.dialogStyle = dialogStyle;
		this.dialogTitle = dialogTitle;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		Object window = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_WORKBENCH_WINDOW_NAME);
		setBaseEnabled(window instanceof IWorkbenchWindow w && BundleExplorerView.selected(w).size() == 1);
	}

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		List<OpenBundle> selected = BundleExplorerView.selected(window);
		if (selected.size() != 1) {
			return null;
		}
		OpenBundle bundle = selected.get(0);
		String chosen = event.getParameter(fileParameter);
		if (chosen == null) {
			FileDialog dialog = new FileDialog(window.getShell(), dialogStyle);
			dialog.setText(dialogTitle);
			dialog.setFilterExtensions(new String[] { "*" + Baseline.EXTENSION, "*" });
			dialog.setFilterNames(new String[] { Messages.Baseline_filter, Messages.Baseline_allFilter });
			dialog.setFilterPath(bundle.path().toAbsolutePath().getParent().toString());
			configure(dialog, bundle);
			chosen = dialog.open();
		}
		if (chosen != null) {
			run(window, bundle, Path.of(chosen));
		}
		return null;
	}

	/** Settings of the dialog beyond the common ones, e.g. a proposed file name. */
	void configure(FileDialog dialog, OpenBundle bundle) {
	}

	abstract void run(IWorkbenchWindow window, OpenBundle bundle, Path file) throws ExecutionException;
}
