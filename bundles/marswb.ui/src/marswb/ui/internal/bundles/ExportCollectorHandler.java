package marswb.ui.internal.bundles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.collector.CollectorScript;

/**
 * File > Export Collector Script... writes Collect-MarsBundle.ps1 for the customer, as {@code ./marswb collector}
 * does. The command's optional {@code file} parameter skips the dialog (tests, scripts).
 */
public class ExportCollectorHandler extends AbstractHandler {

	public static final String COMMAND = "marswb.ui.exportCollector";
	public static final String FILE_PARAMETER = "marswb.ui.exportCollector.file";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String chosen = event.getParameter(FILE_PARAMETER);
		if (chosen == null) {
			FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
			dialog.setText(Messages.Collector_exportDialog);
			dialog.setFilterExtensions(new String[] { "*.ps1", "*" });
			dialog.setFilterNames(new String[] { Messages.Collector_ps1Filter, Messages.Open_allFilter });
			dialog.setFileName(CollectorScript.FILE_NAME);
			dialog.setOverwrite(true);
			chosen = dialog.open();
		}
		if (chosen != null) {
			try {
				Files.write(Path.of(chosen), CollectorScript.bytes());
			} catch (IOException e) {
				throw new ExecutionException(NLS.bind(Messages.Collector_exportFailed, chosen, e.getMessage()), e);
			}
		}
		return null;
	}
}
