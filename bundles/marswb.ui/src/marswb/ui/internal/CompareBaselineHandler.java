package marswb.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.compare.Baseline;
import marswb.compare.BaselineException;
import marswb.compare.Comparison;
import marswb.compare.ModelComparer;
import marswb.engine.Analyzer;

/**
 * Compare With > Baseline...: the bundle selected in the Bundle Explorer on the left, a saved baseline on the right
 * (as {@code marswb compare <bundle> <baseline>} puts them). The command's optional {@code file} parameter skips
 * the dialog (tests, scripts).
 */
public class CompareBaselineHandler extends AbstractHandler {

	public static final String COMMAND = "marswb.ui.compareBaseline";
	public static final String FILE_PARAMETER = "marswb.ui.compareBaseline.file";

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
			FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
			dialog.setText(Messages.Baseline_compareDialog);
			dialog.setFilterExtensions(new String[] { "*" + Baseline.EXTENSION, "*" });
			dialog.setFilterNames(new String[] { Messages.Baseline_filter, Messages.Open_allFilter });
			dialog.setFilterPath(bundle.path().toAbsolutePath().getParent().toString());
			chosen = dialog.open();
		}
		if (chosen == null) {
			return null;
		}
		Baseline baseline;
		try {
			baseline = Baseline.load(Path.of(chosen));
		} catch (BaselineException e) {
			// the engineer picked the file: tell them, the message says what is wrong with it
			MessageDialog.openError(window.getShell(), Messages.Baseline_compareDialog, e.getMessage());
			return null;
		}
		Comparison[] comparison = new Comparison[1];
		// a baseline keeps the model only: its findings come from the checks installed now
		BusyIndicator.showWhile(window.getShell().getDisplay(),
				() -> comparison[0] = ModelComparer.compare(bundle.session().workingCopy(), baseline.server(),
						bundle.diagnosis(), Analyzer.platform().analyze(baseline.server()).diagnosis()));
		String right = NLS.bind(Messages.Compare_baselineSide, baseline.name(), baseline.server().getHostName());
		try {
			ComparisonView.open(window.getActivePage()).show(bundle.label(), right, comparison[0]);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
