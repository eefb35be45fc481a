package marswb.ui.internal.plugins;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.plugins.PluginException;
import marswb.plugins.Plugins;

/**
 * Help &gt; Install Check Plugins...: choose a p2 repository (a folder or a zip), see the features it offers,
 * install the chosen ones through p2 in a background job, then restart, which is when they take effect.
 */
public final class InstallPluginsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		InstallPluginsDialog dialog = new InstallPluginsDialog(shell, Plugins.running());
		if (dialog.open() == Window.OK) {
			install(shell, dialog.repository(), dialog.featureIds());
		}
		return null;
	}

	private static void install(Shell shell, Path repository, List<String> ids) {
		Job job = Job.create(Messages.Install_job, (IProgressMonitor monitor) -> {
			String report;
			boolean any;
			try {
				List<Plugins.Result> results = Plugins.running().install(repository, ids);
				any = results.stream().anyMatch(Plugins.Result::done);
				StringBuilder text = new StringBuilder();
				for (Plugins.Result result : results) {
					text.append(result.done() ? NLS.bind(Messages.Install_done, result.featureId())
							: NLS.bind(Messages.Install_notDone, result.featureId(), result.message())).append('\n');
				}
				report = text.toString().strip();
			} catch (PluginException e) {
				any = false;
				report = e.getMessage();
			}
			String message = report;
			boolean restart = any;
			shell.getDisplay().asyncExec(() -> finished(shell, message, restart));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	private static void finished(Shell shell, String report, boolean installed) {
		if (shell.isDisposed()) {
			return;
		}
		if (!installed) {
			MessageDialog.openError(shell, Messages.Install_title, report);
		} else if (MessageDialog.openQuestion(shell, Messages.Install_title,
				report + "\n\n" + Messages.Install_restart)) {
			PlatformUI.getWorkbench().restart();
		}
	}
}
