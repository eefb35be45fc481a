package marswb.ui.internal.triage;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Open Folder of Bundles...: the Triage view over every bundle under the folder chosen, or under the
 * command's folder parameter when given (tests).
 */
public class OpenTriageHandler extends AbstractHandler {

	public static final String COMMAND = "marswb.ui.openTriage";
	public static final String FOLDER_PARAMETER = COMMAND + ".folder";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String chosen = event.getParameter(FOLDER_PARAMETER);
		if (chosen == null) {
			DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShellChecked(event));
			dialog.setText(Messages.Triage_folderDialog);
			chosen = dialog.open();
		}
		if (chosen != null) {
			try {
				TriageView view = (TriageView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
						.showView(TriageView.ID);
				view.triage(Path.of(chosen));
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
		}
		return null;
	}
}
