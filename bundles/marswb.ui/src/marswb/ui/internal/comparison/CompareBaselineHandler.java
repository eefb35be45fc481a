package marswb.ui.internal.comparison;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import marswb.compare.Baseline;
import marswb.compare.BaselineException;
import marswb.compare.Comparison;
import marswb.compare.ModelComparer;
import marswb.engine.Analyzer;
import marswb.ui.internal.bundles.OpenBundle;

/**
 * Compare With > Baseline...: the bundle selected in the Bundle Explorer on the left, a saved baseline on the right
 * (as {@code marswb compare <bundle> <baseline>} puts them). The command's optional {@code file} parameter skips
 * the dialog (tests, scripts).
 */
public class CompareBaselineHandler extends BaselineFileHandler {

	public static final String COMMAND = "marswb.ui.compareBaseline";
	public static final String FILE_PARAMETER = "marswb.ui.compareBaseline.file";

	public CompareBaselineHandler() {
		super(FILE_PARAMETER, SWT.OPEN, Messages.Baseline_compareDialog);
	}

	@Override
	void run(IWorkbenchWindow window, OpenBundle bundle, Path file) throws ExecutionException {
		Baseline baseline;
		try {
			baseline = Baseline.load(file);
		} catch (BaselineException e) {
			// the engineer picked the file: tell them, the message says what is wrong with it
			MessageDialog.openError(window.getShell(), Messages.Baseline_compareDialog, e.getMessage());
			return;
		}
		if (!baseline.skipped().isEmpty()) {
			MessageDialog.openWarning(window.getShell(), Messages.Baseline_compareDialog,
					NLS.bind(Messages.Baseline_skipped, String.join("\n", baseline.skipped())));
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
	}
}
