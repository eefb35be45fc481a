package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.copyWithout;
import static marswb.ui.tests.UiTesting.rows;
import static marswb.ui.tests.UiTesting.waitFor;
import static marswb.ui.tests.UiTesting.widgets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.ui.internal.bundles.OpenBundles;
import marswb.ui.internal.findings.FindingsView;
import marswb.ui.internal.triage.OpenTriageHandler;
import marswb.ui.internal.triage.TriageView;

class TriageUiTest {

	private static final int WORST = 0;
	private static final int FAIL = 1;
	private static final int HOST = 8;
	private static final int BUNDLE = 11;
	private static final int FAILS_OR_REASON = 12;

	/**
	 * File > Open Folder of Bundles... on a folder of three samples and a damaged zip: four rows worst first (the two
	 * broken servers, the unreadable zip with its reason, the healthy server), sorted anew by a clicked header,
	 * filtered by text and by worst outcome, and a double-click opens the bundle with its findings.
	 */
	@Test
	void triagesAFolderSortsAndOpensABundle(@TempDir Path temp) throws Exception {
		Path queue = temp.resolve("queue");
		copyWithout("samples/healthy", queue.resolve("healthy"));
		copyWithout("samples/broken-scheduling", queue.resolve("broken-scheduling"));
		copyWithout("samples/broken-cache-encryption", queue.resolve("broken-cache-encryption"));
		Files.write(queue.resolve("damaged.zip"), new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2 });

		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ICommandService commands = window.getService(ICommandService.class);
		window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
				commands.getCommand(OpenTriageHandler.COMMAND),
				Map.of(OpenTriageHandler.FOLDER_PARAMETER, queue.toString())), null);
		TriageView view = (TriageView) window.getActivePage().findView(TriageView.ID);
		Job job = view.job();
		waitFor(() -> job.getResult() != null);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		Table table = view.viewer().getTable();
		waitFor(() -> table.getItemCount() == 4);

		List<String[]> rows = rows(table);
		assertEquals(List.of("FAIL", "FAIL", "UNREADABLE"), rows.subList(0, 3).stream().map(r -> r[WORST]).toList());
		assertTrue(rows.get(0)[BUNDLE].endsWith("broken-cache-encryption")
				|| rows.get(0)[BUNDLE].endsWith("broken-scheduling"), rows.get(0)[BUNDLE]);
		assertTrue(Integer.parseInt(rows.get(0)[FAIL]) >= Integer.parseInt(rows.get(1)[FAIL]), "most FAILs first");
		assertTrue(rows.get(2)[BUNDLE].endsWith("damaged.zip"), rows.get(2)[BUNDLE]);
		assertTrue(!rows.get(2)[FAILS_OR_REASON].isBlank(), "the reason the zip cannot be read");
		assertTrue(rows.get(3)[BUNDLE].endsWith("healthy"), rows.get(3)[BUNDLE]);
		assertEquals("SRV-FILE01", rows.get(3)[HOST]);
		assertTrue(view.getContentDescription().contains("4"), view.getContentDescription());

		click(table, HOST);
		List<String> hosts = rows(table).stream().map(r -> r[HOST]).toList();
		List<String> sorted = new ArrayList<>(hosts);
		sorted.sort(String.CASE_INSENSITIVE_ORDER);
		assertEquals(sorted, hosts);
		assertEquals(List.of("-", "BJ-FILE03", "SRV-FILE01", "SRV-FILE02"), hosts);
		click(table, HOST);
		assertEquals(List.of("SRV-FILE02", "SRV-FILE01", "BJ-FILE03", "-"),
				rows(table).stream().map(r -> r[HOST]).toList());
		click(table, FAIL);
		List<Integer> fails = rows(table).stream().filter(r -> !r[FAIL].isEmpty())
				.map(r -> Integer.parseInt(r[FAIL])).toList();
		assertEquals(fails.stream().sorted(Comparator.reverseOrder()).toList(), fails, "a count sorts largest first");

		Text text = widgets(table.getParent(), Text.class).get(0);
		text.setText("srv-file0");
		assertEquals(List.of("SRV-FILE01", "SRV-FILE02"), rows(table).stream().map(r -> r[HOST]).sorted().toList());
		text.setText("");
		Combo worst = widgets(table.getParent(), Combo.class).get(0);
		worst.select(worst.getItemCount() - 1);
		worst.notifyListeners(SWT.Selection, new Event());
		assertEquals(1, table.getItemCount(), "the unreadable bundles alone");
		assertTrue(rows(table).get(0)[BUNDLE].endsWith("damaged.zip"));
		worst.select(0);
		worst.notifyListeners(SWT.Selection, new Event());
		assertEquals(4, table.getItemCount());

		int row = rows(table).stream().map(r -> r[BUNDLE]).toList().indexOf(queue.resolve("broken-scheduling").toString());
		table.setSelection(row);
		Event doubleClick = new Event();
		doubleClick.item = table.getItem(row);
		table.notifyListeners(SWT.DefaultSelection, doubleClick);
		Path opened = queue.resolve("broken-scheduling");
		waitFor(() -> OpenBundles.get().current() != null && OpenBundles.get().current().path().endsWith(opened));
		FindingsView findings = (FindingsView) window.getActivePage().findView(FindingsView.ID);
		waitFor(() -> findings.viewer().getInput() != null);
		assertEquals(OpenBundles.get().current().diagnosis().getFindings().size(),
				((List<?>) findings.viewer().getInput()).size());
	}

	private static void click(Table table, int column) {
		table.getColumn(column).notifyListeners(SWT.Selection, new Event());
	}
}
