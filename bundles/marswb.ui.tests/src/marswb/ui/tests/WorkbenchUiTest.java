package marswb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.ui.internal.ConfigurationView;
import marswb.ui.internal.FindingDetailsView;
import marswb.ui.internal.FindingsView;
import marswb.ui.internal.OpenBundle;
import marswb.ui.internal.OpenBundles;

/**
 * Drives the running workbench (UI harness, UI thread) the way a user does, through the same service and commands
 * the menus use: open a sample bundle, read the findings table, apply a quick-fix and undo it.
 */
class WorkbenchUiTest {

	private static final Path REPO = Path.of(System.getProperty("marswb.repo"));

	@Test
	void opensSampleShowsFindingsAppliesAndUndoesQuickFix() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		assertEquals("MARS Support Workbench", window.getShell().getText());

		Job job = OpenBundles.get().open(REPO.resolve("samples/broken-scheduling"));
		waitFor(() -> job.getResult() != null);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		waitFor(() -> OpenBundles.get().current() != null);
		OpenBundle bundle = OpenBundles.get().current();
		assertEquals("broken-scheduling", bundle.name());

		ConfigurationView configuration = (ConfigurationView) page.findView(ConfigurationView.ID);
		TreeItem server = configuration.viewer().getTree().getItem(0);
		assertTrue(Arrays.stream(server.getItems()).anyMatch(item -> item.getText().equals("hostName = SRV-FILE02")),
				"the configuration tree shows the server's attributes");

		FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
		findings.setFilter(Outcome.FAIL, null, "");
		List<String[]> fails = rows(findings.viewer().getTable());
		assertEquals(5, fails.size(), "FAIL rows, as ./marswb analyze samples/broken-scheduling shows");
		fails.forEach(row -> assertEquals("scheduling", row[2], String.join(" | ", row)));

		Finding fixable = bundle.diagnosis().getFindings().stream()
				.filter(f -> f.getOutcome() == Outcome.FAIL && !f.getQuickFixes().isEmpty()).findFirst()
				.orElseThrow(() -> new AssertionFailedError("a FAIL with a quick-fix"));
		page.activate(findings);
		findings.viewer().setSelection(new StructuredSelection(fixable), true);
		FindingDetailsView details = (FindingDetailsView) page.findView(FindingDetailsView.ID);
		spin();
		assertTrue(details.text().contains(fixable.getQuickFixes().get(0)), details.text());

		IHandlerService handlers = window.getService(IHandlerService.class);
		handlers.executeCommand("marswb.ui.applyQuickFix", null);
		spin();
		assertEquals(4, rows(findings.viewer().getTable()).size(), "the fixed FAIL cleared");
		assertTrue(bundle.session().canUndo());

		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		spin();
		assertEquals(5, rows(findings.viewer().getTable()).size(), "undo brings the FAIL back");

		if (Boolean.getBoolean("marswb.screenshots")) {
			findings.setFilter(null, null, "");
			findings.viewer().setSelection(new StructuredSelection(bundle.diagnosis().getFindings().get(0)), true);
			screenshot(window.getShell(), REPO.resolve("docs/screenshots/workbench-findings.png"));
		}
	}

	private static List<String[]> rows(Table table) {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			String[] cells = new String[table.getColumnCount()];
			for (int i = 0; i < cells.length; i++) {
				cells[i] = item.getText(i);
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The window as it stands on the (virtual) screen, saved as PNG. */
	private static void screenshot(Shell shell, Path file) throws Exception {
		Display display = shell.getDisplay();
		shell.setSize(1280, 860);
		shell.setLocation(0, 0);
		shell.forceActive();
		spin();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Lets the workbench paint and run what jobs posted to the UI thread. */
	private static void spin() {
		long until = System.currentTimeMillis() + 500;
		waitFor(() -> System.currentTimeMillis() > until);
	}

	private static void waitFor(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 120_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionFailedError("timed out");
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionFailedError("interrupted", e);
				}
			}
		}
	}
}
