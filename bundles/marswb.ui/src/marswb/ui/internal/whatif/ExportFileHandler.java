package marswb.ui.internal.whatif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * A File > Export ... command that writes one file made from the current bundle. Its optional file parameter skips
 * the save dialog (tests, scripts); without a current bundle the command is disabled.
 */
abstract class ExportFileHandler extends AbstractHandler {

	/** A kind of file the dialog offers: its extension without the dot, and the filter's name. */
	record FileType(String extension, String filterName) {
	}

	private final String fileParameter;
	private final String dialogTitle;
	private final String filePrefix;
	private final List<FileType> types;

	/** The first of {@code types} is the one the dialog proposes. */
	ExportFileHandler(String fileParameter, String dialogTitle, String filePrefix, FileType... types) {
		this.fileParameter = fileParameter;
		this.dialogTitle = dialogTitle;
		this.filePrefix = filePrefix;
		this.types = List.of(types);
	}

	/** Writes what the command exports of {@code current} to {@code file}. */
	abstract void write(OpenBundle current, Path file) throws IOException;

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
		String chosen = event.getParameter(fileParameter);
		if (chosen == null) {
			FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
			dialog.setText(dialogTitle);
			List<String> extensions = new ArrayList<>();
			List<String> names = new ArrayList<>();
			types.forEach(type -> {
				extensions.add("*." + type.extension());
				names.add(type.filterName());
			});
			extensions.add("*");
			names.add(Messages.Plan_allFilter);
			dialog.setFilterExtensions(extensions.toArray(String[]::new));
			dialog.setFilterNames(names.toArray(String[]::new));
			dialog.setFileName(filePrefix + current.name() + "." + types.get(0).extension());
			dialog.setOverwrite(true);
			chosen = dialog.open();
		}
		if (chosen != null) {
			try {
				write(current, Path.of(chosen));
			} catch (IOException e) {
				throw new ExecutionException(NLS.bind(Messages.Plan_exportFailed, chosen, e.getMessage()), e);
			}
		}
		return null;
	}
}
