package marswb.ui.internal.whatif;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;

/**
 * File > Export Remediation Plan... writes the current bundle's plan as a .ps1 (UTF-8 with BOM, CRLF, as
 * Windows PowerShell 5.1 needs). The command's optional {@code file} parameter skips the dialog (tests, scripts).
 */
public class ExportPlanHandler extends AbstractHandler {

	public static final String COMMAND = "marswb.ui.exportPlan";
	public static final String FILE_PARAMETER = "marswb.ui.exportPlan.file";

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(OpenBundles.get().current() != null);
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		OpenBundle current = OpenBundles.get().current();
		if (current == null) {
			return null;
		}
		String chosen = event.getParameter(FILE_PARAMETER);
		if (chosen == null) {
			FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
			dialog.setText(Messages.Plan_exportDialog);
			dialog.setFilterExtensions(new String[] { "*.ps1", "*" });
			dialog.setFilterNames(new String[] { Messages.Plan_ps1Filter, Messages.Plan_allFilter });
			dialog.setFileName("remediation-" + current.name() + ".ps1");
			dialog.setOverwrite(true);
			chosen = dialog.open();
		}
		if (chosen != null) {
			try {
				current.plan().write(Path.of(chosen));
			} catch (IOException e) {
				throw new ExecutionException(NLS.bind(Messages.Plan_exportFailed, chosen, e.getMessage()), e);
			}
		}
		return null;
	}
}
