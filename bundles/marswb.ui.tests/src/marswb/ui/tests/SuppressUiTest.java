package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.copyWithout;
import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.spin;
import static marswb.ui.tests.UiTesting.widgets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.report.Suppressions;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.findings.FindingColumn;
import marswb.ui.internal.findings.FindingDetailsView;
import marswb.ui.internal.findings.FindingGrouping;
import marswb.ui.internal.findings.FindingsView;
import marswb.ui.internal.findings.SuppressHandler;
import marswb.ui.internal.findings.UnsuppressHandler;

/**
 * Right-click a finding > Suppress... (parameters instead of the dialog), the filter that hides suppressed findings,
 * and Unsuppress; the suppressions file beside the bundle holds what the view shows.
 */
class SuppressUiTest {

	private static final int TITLE = FindingColumn.TITLE.ordinal();

	@Test
	void suppressHideAndUnsuppressAFinding(@TempDir Path temp) throws Exception {
		Path customer = Files.createDirectories(temp.resolve("customer"));
		Path copy = copyWithout("samples/broken-scheduling", customer.resolve("broken-scheduling"));
		OpenBundle bundle = open(copy.toString());
		assertNull(bundle.suppressionsFile(), "no suppressions file beside the bundle yet");
		Finding fail = bundle.diagnosis().getFindings().stream().filter(f -> f.getOutcome() == Outcome.FAIL)
				.findFirst().orElseThrow();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		view.group(FindingGrouping.NONE);
		view.setFilter(null, null, "");
		int rows = view.viewer().getTree().getItemCount();
		view.viewer().setSelection(new StructuredSelection(fail), true);
		spin();

		Path file = customer.resolve(Suppressions.FILE_NAME);
		String expires = Suppressions.today(Clock.systemUTC()).plusDays(1).toString();
		execute(SuppressHandler.COMMAND, Map.of(SuppressHandler.REASON_PARAMETER, "change CHG-7 booked",
				SuppressHandler.EXPIRES_PARAMETER, expires, SuppressHandler.AUTHOR_PARAMETER, "li.wei",
				SuppressHandler.FILE_PARAMETER, file.toString()));
		assertNotNull(fail.getSuppression(), "the finding is marked");
		assertEquals("change CHG-7 booked", fail.getSuppression().getReason());
		assertEquals(file, bundle.suppressionsFile());
		List<Suppressions.Entry> entries = Suppressions.read(file).entries();
		assertEquals(List.of(new Suppressions.Entry(fail.getCheck(), fail.getSubjectKey(), "change CHG-7 booked",
				"li.wei", LocalDate.parse(expires))), entries);
		TreeItem row = item(view, fail);
		assertTrue(row.getText(TITLE).endsWith("(suppressed until " + expires + ")"), row.getText(TITLE));
		assertTrue(view.getContentDescription().endsWith("; 1 suppressed"), view.getContentDescription());
		String details = ((FindingDetailsView) page.showView(FindingDetailsView.ID)).text();
		assertTrue(details.contains("Suppressed until " + expires + " (UTC) by li.wei: change CHG-7 booked"), details);

		view.setFilter(null, null, "", false);
		assertEquals(rows - 1, view.viewer().getTree().getItemCount(), "the filter hides the suppressed finding");
		assertNull(item(view, fail));
		view.setFilter(null, null, "", true);
		assertEquals(rows, view.viewer().getTree().getItemCount());

		page.activate(view);
		view.viewer().setSelection(new StructuredSelection(fail), true);
		spin();
		execute(UnsuppressHandler.COMMAND, Map.of());
		assertNull(fail.getSuppression());
		assertEquals(List.of(), Suppressions.read(file).entries(), "the entry left the file");
		assertFalse(item(view, fail).getText(TITLE).contains("suppressed"));
		page.hideView(view);
	}

	/** Without parameters Suppress... asks: OK waits for a reason, the expiry proposed is 30 days on, the author the OS user. */
	@Test
	void theDialogAsksForAReasonAndProposesAnExpiryAndTheAuthor(@TempDir Path temp) throws Exception {
		Path copy = copyWithout("samples/broken-scheduling", temp.resolve("broken-scheduling"));
		OpenBundle bundle = open(copy.toString());
		Finding warn = bundle.diagnosis().getFindings().stream().filter(f -> f.getOutcome() != Outcome.ERROR)
				.findFirst().orElseThrow();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		view.setFilter(null, null, "");
		view.viewer().setSelection(new StructuredSelection(warn), true);
		spin();
		Display display = Display.getCurrent();
		List<String> seen = new ArrayList<>();
		display.asyncExec(() -> {
			// runs inside the dialog's own event loop
			Shell dialog = List.of(display.getShells()).stream().filter(sh -> sh.getText().equals("Suppress Finding"))
					.findFirst().orElse(null);
			if (dialog == null) {
				seen.add("no dialog");
				return;
			}
			try {
				seen.add(dialog.getText());
				List<Text> texts = widgets(dialog, Text.class).stream().filter(Text::getEditable).toList();
				DateTime expires = widgets(dialog, DateTime.class).get(0);
				Button ok = widgets(dialog, Button.class).stream().filter(b -> b.getText().equals("OK")).findFirst()
						.orElseThrow();
				seen.add("ok enabled without a reason: " + ok.isEnabled());
				seen.add(expires.getYear() + "-" + (expires.getMonth() + 1) + "-" + expires.getDay());
				seen.add(texts.get(1).getText());
				texts.get(0).setText("known since the last visit");
				seen.add("ok enabled with a reason: " + ok.isEnabled());
				ok.notifyListeners(SWT.Selection, new Event());
			} finally {
				if (!dialog.isDisposed()) {
					dialog.close();
				}
			}
		});
		execute(SuppressHandler.COMMAND, Map.of(SuppressHandler.FILE_PARAMETER,
				temp.resolve(Suppressions.FILE_NAME).toString()));
		LocalDate proposed = Suppressions.today(Clock.systemUTC()).plusDays(30);
		assertEquals(List.of("Suppress Finding", "ok enabled without a reason: false",
				proposed.getYear() + "-" + proposed.getMonthValue() + "-" + proposed.getDayOfMonth(),
				System.getProperty("user.name"), "ok enabled with a reason: true"), seen);
		assertNotNull(warn.getSuppression());
		assertEquals("known since the last visit", warn.getSuppression().getReason());
		assertEquals(System.getProperty("user.name"), warn.getSuppression().getAuthor());
		assertEquals(proposed.toString(), warn.getSuppression().getExpires());
		assertEquals(1, Suppressions.read(temp.resolve(Suppressions.FILE_NAME)).entries().size());
		page.hideView(view);
	}

	/** A suppressions file that does not read is named above the findings and never written over. */
	@Test
	void aBrokenSuppressionsFileIsShownAndKept(@TempDir Path temp) throws Exception {
		Path copy = copyWithout("samples/broken-scheduling", temp.resolve("broken-scheduling"));
		Path file = Files.writeString(temp.resolve(Suppressions.FILE_NAME), "{\"format\": \"marswb-suppressions/1\",\n\"x\": 1}");
		OpenBundle bundle = open(copy.toString());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		view.setFilter(null, null, "");
		assertTrue(view.getContentDescription().contains(file + ", line 2"), view.getContentDescription());
		Finding finding = bundle.diagnosis().getFindings().get(0);
		view.viewer().setSelection(new StructuredSelection(finding), true);
		spin();
		assertThrows(ExecutionException.class, () -> execute(SuppressHandler.COMMAND, Map.of(
				SuppressHandler.REASON_PARAMETER, "r", SuppressHandler.EXPIRES_PARAMETER, "2099-01-01")));
		assertNull(finding.getSuppression());
		assertEquals("{\"format\": \"marswb-suppressions/1\",\n\"x\": 1}", Files.readString(file));
		page.hideView(view);
	}

	private static TreeItem item(FindingsView view, Finding finding) {
		for (TreeItem item : view.viewer().getTree().getItems()) {
			if (item.getData() == finding) {
				return item;
			}
		}
		return null;
	}

	private static void execute(String command, Map<String, String> parameters) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ICommandService commands = window.getService(ICommandService.class);
		window.getService(IHandlerService.class).executeCommand(
				ParameterizedCommand.generateCommand(commands.getCommand(command), parameters), null);
		spin();
	}
}
