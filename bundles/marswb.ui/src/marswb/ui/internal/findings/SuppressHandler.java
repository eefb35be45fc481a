package marswb.ui.internal.findings;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.model.diagnosis.Finding;
import marswb.report.Suppressions;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;

/**
 * Suppress...: acknowledges the selected finding (any outcome but ERROR) for its check and subject in the bundle's
 * suppressions file, with a reason, an author and the last day it holds, asked by {@link SuppressDialog} unless the
 * command's reason and expires parameters give them (tests, scripts). Without a file beside the bundle, a save dialog
 * proposes that place, unless the file parameter names one.
 */
public class SuppressHandler extends AbstractHandler {

	public static final String COMMAND = "marswb.ui.suppressFinding";
	public static final String REASON_PARAMETER = COMMAND + ".reason";
	public static final String EXPIRES_PARAMETER = COMMAND + ".expires";
	public static final String AUTHOR_PARAMETER = COMMAND + ".author";
	public static final String FILE_PARAMETER = COMMAND + ".file";

	@Override
	public void setEnabled(Object evaluationContext) {
		Finding finding = selected(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME));
		setBaseEnabled(finding != null && Suppressions.suppressible(finding));
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Finding finding = selected(HandlerUtil.getCurrentSelection(event));
		OpenBundle bundle = finding == null ? null : OpenBundles.get().owner(finding);
		if (bundle == null || !Suppressions.suppressible(finding)) {
			return null;
		}
		if (bundle.suppressionsProblem() != null) {
			// before any dialog: nothing can be written while the customer's file is broken
			throw new ExecutionException(bundle.suppressionsProblem());
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		Suppressions.Entry entry = entry(event, finding, shell);
		if (entry == null) {
			return null;
		}
		Path file = bundle.suppressionsFile();
		if (file == null) {
			file = chooseFile(event, bundle, shell);
			if (file == null) {
				return null;
			}
		}
		write(bundle, file, bundle.suppressions().with(entry));
		return null;
	}

	/** The entry the parameters or the dialog give; null when the user cancels. */
	private static Suppressions.Entry entry(ExecutionEvent event, Finding finding, Shell shell)
			throws ExecutionException {
		String reason = event.getParameter(REASON_PARAMETER);
		String expires = event.getParameter(EXPIRES_PARAMETER);
		String author = event.getParameter(AUTHOR_PARAMETER);
		if (reason != null && expires != null) {
			try {
				return Suppressions.Entry.of(finding, reason, author == null ? defaultAuthor() : author,
						LocalDate.parse(expires));
			} catch (DateTimeParseException e) {
				throw new ExecutionException(NLS.bind(Messages.Suppress_badDate, expires), e);
			}
		}
		SuppressDialog dialog = new SuppressDialog(shell, finding, defaultAuthor(), Suppressions.today(Clock.systemUTC()));
		return dialog.open() == Window.OK ? Suppressions.Entry.of(finding, dialog.reason(), dialog.author(),
				dialog.expires()) : null;
	}

	private static String defaultAuthor() {
		return System.getProperty("user.name", "");
	}

	private static Path chooseFile(ExecutionEvent event, OpenBundle bundle, Shell shell) {
		String chosen = event.getParameter(FILE_PARAMETER);
		if (chosen == null) {
			FileDialog dialog = new FileDialog(shell, SWT.SAVE);
			dialog.setText(Messages.Suppress_fileDialog);
			dialog.setFilterExtensions(new String[] { "*.json", "*" });
			Path beside = Suppressions.beside(bundle.path());
			dialog.setFilterPath(beside.getParent().toString());
			dialog.setFileName(beside.getFileName().toString());
			chosen = dialog.open();
		}
		return chosen == null ? null : Path.of(chosen);
	}

	static void write(OpenBundle bundle, Path file, Suppressions suppressions) throws ExecutionException {
		try {
			OpenBundles.get().suppress(bundle, file, suppressions);
		} catch (IOException e) {
			throw new ExecutionException(NLS.bind(Messages.Suppress_cannotWrite, file, e.getMessage()), e);
		}
	}

	static Finding selected(Object selection) {
		return selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Finding finding ? finding : null;
	}
}
