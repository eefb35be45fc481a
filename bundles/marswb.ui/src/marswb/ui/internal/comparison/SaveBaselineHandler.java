package marswb.ui.internal.comparison;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

import marswb.compare.Baseline;
import marswb.ui.internal.bundles.OpenBundle;

/**
 * Save as Baseline...: the selected bundle's server as read (what-ifs are not the server's state) to a
 * {@code .baseline} file, by default beside the bundle and named after it. The command's optional {@code file}
 * parameter skips the dialog (tests, scripts).
 */
public class SaveBaselineHandler extends BaselineFileHandler {

	public static final String COMMAND = "marswb.ui.saveBaseline";
	public static final String FILE_PARAMETER = "marswb.ui.saveBaseline.file";

	public SaveBaselineHandler() {
		super(FILE_PARAMETER, SWT.SAVE, Messages.Baseline_saveDialog);
	}

	@Override
	void configure(FileDialog dialog, OpenBundle bundle) {
		dialog.setFileName(bundle.name().replaceFirst("(?i)\\.zip$", "") + Baseline.EXTENSION);
		dialog.setOverwrite(true);
	}

	@Override
	void run(IWorkbenchWindow window, OpenBundle bundle, Path file) throws ExecutionException {
		String name = file.getFileName().toString().replaceFirst("\\" + Baseline.EXTENSION + "$", "");
		try {
			Baseline.save(bundle.server(), name, file);
		} catch (IOException e) {
			throw new ExecutionException(NLS.bind(Messages.Baseline_saveFailed, file, e.getMessage()), e);
		}
	}
}
