package marswb.ui.internal.plugins;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.plugins.PluginException;
import marswb.plugins.Plugins;

/**
 * Help &gt; Install Check Plugins...: choose a p2 repository folder, see the features it offers, install the chosen
 * ones through p2 in a background job, then restart, which is when they take effect.
 */
public final class InstallPluginsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog chooser = new DirectoryDialog(shell);
		chooser.setText(Messages.Install_title);
		chooser.setMessage(Messages.Install_chooseRepository);
		String folder = chooser.open();
		if (folder == null) {
			return null;
		}
		Path repository = Path.of(folder);
		List<Plugins.Feature> offered;
		try {
			offered = Plugins.running().offered(repository);
		} catch (PluginException e) {
			MessageDialog.openError(shell, Messages.Install_title, e.getMessage());
			return null;
		}
		if (offered.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Install_title, NLS.bind(Messages.Install_noFeature, folder));
			return null;
		}
		ListSelectionDialog dialog = ListSelectionDialog.of(offered).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider() {
					@Override
					public String getText(Object element) {
						Plugins.Feature feature = (Plugins.Feature) element;
						return (feature.name() == null ? feature.id() : feature.name()) + "  (" + feature.id() + " "
								+ feature.version() + ")";
					}
				}).message(NLS.bind(Messages.Install_chooseFeatures, folder)).preselect(offered.toArray())
				.create(shell);
		dialog.setTitle(Messages.Install_title);
		if (dialog.open() != ListSelectionDialog.OK || dialog.getResult().length == 0) {
			return null;
		}
		List<String> ids = Arrays.stream(dialog.getResult()).map(f -> ((Plugins.Feature) f).id()).toList();
		install(shell, repository, ids);
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
