package marswb.ui.internal.bundles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;
import marswb.redact.BundleRedaction;
import marswb.redact.RedactionMap;

/**
 * File > Export Redacted Bundle... writes a redacted copy of the current bundle as {@code ./marswb redact} does, in a
 * job, with the private map the user names (read and extended when it exists, so that a customer's bundles keep
 * their pseudonyms). The command's optional {@code file} and {@code map} parameters skip the dialogs (tests,
 * scripts); it returns the scheduled job, or null when nothing was chosen.
 */
public class ExportRedactedHandler extends AbstractHandler {

	public static final String COMMAND = "marswb.ui.exportRedacted";
	public static final String FILE_PARAMETER = "marswb.ui.exportRedacted.file";
	public static final String MAP_PARAMETER = "marswb.ui.exportRedacted.map";

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(OpenBundles.get().current() != null);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		OpenBundle current = OpenBundles.get().current();
		if (current == null) {
			return null;
		}
		String zip = event.getParameter(FILE_PARAMETER);
		if (zip == null) {
			zip = ask(HandlerUtil.getActiveShell(event), Messages.Redact_exportDialog, "*.zip",
					Messages.Redact_zipFilter, current.name() + "-redacted.zip", true);
		}
		String map = zip == null ? null : event.getParameter(MAP_PARAMETER);
		if (zip != null && map == null) {
			// an existing map is extended, not replaced: no overwrite question
			map = ask(HandlerUtil.getActiveShell(event), Messages.Redact_mapDialog, "*.json",
					Messages.Redact_mapFilter, current.name() + "-map.json", false);
		}
		if (map == null) {
			return null;
		}
		Path out = Path.of(zip);
		Path mapFile = Path.of(map);
		Job job = Job.create(NLS.bind(Messages.Redact_job, current.name()),
				(IJobFunction) monitor -> redact(current.path(), out, mapFile));
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static String ask(Shell shell, String title, String extension, String filterName, String fileName,
			boolean overwrite) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(title);
		dialog.setFilterExtensions(new String[] { extension, "*" });
		dialog.setFilterNames(new String[] { filterName, Messages.Open_allFilter });
		dialog.setFileName(fileName);
		dialog.setOverwrite(overwrite);
		return dialog.open();
	}

	private static IStatus redact(Path bundle, Path out, Path mapFile) {
		try {
			RedactionMap map = Files.exists(mapFile) ? RedactionMap.load(mapFile) : new RedactionMap();
			BundleRedaction.write(bundle, out, map, false, BundleLimits.DEFAULT);
			map.save(mapFile);
			return Status.OK_STATUS;
		} catch (BundleOpenException | IOException e) {
			return Status.error(NLS.bind(Messages.Redact_failed, out, e.getMessage()), e);
		}
	}
}
