package marswb.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.compare.Baseline;

/**
 * Save as Baseline...: the selected bundle's server as read (what-ifs are not the server's state) to a
 * {@code .baseline} file, by default beside the bundle and named after it. The command's optional {@code file}
 * parameter skips the dialog (tests, scripts).
 */
public class SaveBaselineHandler extends AbstractHandler {

	public static final String COMMAND = "marswb.ui.saveBaseline";
	public static final String FILE_PARAMETER = "marswb.ui.saveBaseline.file";

	@Override
	public void setEnabled(Object evaluationContext) {
		Object window = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_WORKBENCH_WINDOW_NAME);
		setBaseEnabled(window instanceof IWorkbenchWindow w && BundleExplorerView.selected(w).size() == 1);
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		List<OpenBundle> selected = BundleExplorerView.selected(window);
		if (selected.size() != 1) {
			return null;
		}
		OpenBundle bundle = selected.get(0);
		String chosen = event.getParameter(FILE_PARAMETER);
		if (chosen == null) {
			FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
			dialog.setText(Messages.Baseline_saveDialog);
			dialog.setFilterExtensions(new String[] { "*" + Baseline.EXTENSION, "*" });
			dialog.setFilterNames(new String[] { Messages.Baseline_filter, Messages.Open_allFilter });
			dialog.setFilterPath(bundle.path().toAbsolutePath().getParent().toString());
			dialog.setFileName(bundle.name().replaceFirst("(?i)\\.zip$", "") + Baseline.EXTENSION);
			dialog.setOverwrite(true);
			chosen = dialog.open();
		}
		if (chosen != null) {
			Path file = Path.of(chosen);
			String name = file.getFileName().toString().replaceFirst("\\" + Baseline.EXTENSION + "$", "");
			try {
				Baseline.save(bundle.server(), name, file);
			} catch (IOException e) {
				throw new ExecutionException(NLS.bind(Messages.Baseline_saveFailed, chosen, e.getMessage()), e);
			}
		}
		return null;
	}
}
