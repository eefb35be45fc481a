package marswb.ui.internal.bundles;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Open Bundle... asks for a .zip, File > Open Bundle Folder... for a folder (GTK has no dialog that offers
 * both); plugin.xml says which by the data after the class name.
 */
public class OpenBundleHandler extends AbstractHandler implements IExecutableExtension {

	private boolean folder;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		folder = "folder".equals(data);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		String chosen;
		if (folder) {
			DirectoryDialog dialog = new DirectoryDialog(shell);
			dialog.setText(Messages.Open_folderDialog);
			chosen = dialog.open();
		} else {
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText(Messages.Open_zipDialog);
			dialog.setFilterExtensions(new String[] { "*.zip", "*" });
			dialog.setFilterNames(new String[] { Messages.Open_zipFilter, Messages.Open_allFilter });
			chosen = dialog.open();
		}
		if (chosen != null) {
			OpenBundles.get().open(Path.of(chosen));
		}
		return null;
	}
}
