package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import marswb.compare.Difference;
import marswb.compare.State;
import marswb.ui.internal.bundles.BundleExplorerView;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.comparison.CompareBaselineHandler;
import marswb.ui.internal.comparison.ComparisonView;
import marswb.ui.internal.comparison.Messages;
import marswb.ui.internal.comparison.SaveBaselineHandler;

/**
 * Compares bundles in the running workbench as a user does: select two in the Bundle Explorer, Compare With > Each
 * Other through the handler service, read the Comparison view's rows and findings, walk the differences with its
 * toolbar; save a bundle as a baseline and compare the bundle with it.
 */
class CompareUiTest {

	/** The rows name what differs as people read it (display names), with the keys of listed objects. */
	private static final String TASKS = "Scheduled tasks [\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup";

	@Test
	void healthyAgainstBrokenSchedulingShowsTheSeededDifferencesAndWalksThem() throws Exception {
		OpenBundle healthy = open("samples/healthy");
		OpenBundle broken = open("samples/broken-scheduling");
		ComparisonView view = compareEachOther(healthy, broken);
		IAction only = action(view, ComparisonView.ONLY_DIFFERENCES);
		only.setChecked(true);
		only.run();

		List<String[]> rows = rows(view.values().getTree());
		String[] policy = row(rows, TASKS + "-SystemStateBackup] \u203a If the task is already running");
		assertEquals("IgnoreNew", policy[1]);
		assertEquals("Parallel", policy[2]);
		assertEquals("DIFFERENT", policy[3]);
		String[] execution = row(rows, "PowerShell \u203a Execution policies [LocalMachine] \u203a Policy");
		assertEquals("DIFFERENT", execution[3]);
		assertNotEquals(execution[1], execution[2]);
		assertEquals("ONLY_LEFT", row(rows,
				"Module files [C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\Modules\\MSOnlineBackup\\MSOnlineBackup.psd1]")[3]);
		assertEquals(9, rows.size(), "the seeded differences only: " + rows.stream().map(r -> r[0]).toList());
		rows.forEach(r -> assertTrue(Set.of("DIFFERENT", "ONLY_LEFT", "ONLY_RIGHT").contains(r[3]), r[0] + " " + r[3]));
		assertEquals(List.of("scheduling", "jobs"), areas(view.values().getTree()));
		assertTrue(view.getContentDescription().contains("scheduling: 5"), view.getContentDescription());

		// the scheduling FAILs of the broken server are its own
		TableItem[] findings = view.findings().getTable().getItems();
		assertTrue(findings.length > 0);
		for (TableItem finding : findings) {
			assertEquals("scheduling", finding.getText(1), finding.getText(2));
		}
		assertTrue(Arrays.stream(findings).anyMatch(f -> f.getText(0).equals(Messages.Compare_onlyRight)
				&& f.getText(5).equals("FAIL")));

		view.values().setSelection(StructuredSelection.EMPTY);
		IAction next = action(view, ComparisonView.NEXT);
		next.run();
		Difference first = selected(view);
		next.run();
		Difference second = selected(view);
		assertNotEquals(first, second, "Next Difference moves the selection");
		action(view, ComparisonView.PREVIOUS).run();
		assertEquals(first, selected(view), "Previous Difference goes back");

		// every value side by side: Next Difference skips those that are the same
		only.setChecked(false);
		only.run();
		assertTrue(rows(view.values().getTree()).stream().anyMatch(r -> r[3].equals("SAME")));
		view.values().setSelection(StructuredSelection.EMPTY);
		next.run();
		assertNotEquals(State.SAME, selected(view).state());
	}

	@Test
	void aBundleComparedWithItselfOrItsBaselineShowsNoDifference(@TempDir Path temp) throws Exception {
		OpenBundle one = open("samples/healthy");
		OpenBundle other = open("samples/healthy");
		ComparisonView view = compareEachOther(one, other);
		view.setOnlyDifferences(true);
		assertEquals(0, view.values().getTree().getItemCount());
		assertEquals(0, view.findings().getTable().getItemCount());
		view.setOnlyDifferences(false);
		assertFalse(rows(view.values().getTree()).stream()
				.anyMatch(r -> Set.of("DIFFERENT", "ONLY_LEFT", "ONLY_RIGHT").contains(r[3])));

		// one bundle selected: Each Other is not enabled, Save as Baseline and Compare With > Baseline are
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		select(one);
		IHandlerService handlers = window.getService(IHandlerService.class);
		assertThrows(NotEnabledException.class, () -> handlers.executeCommand("marswb.ui.compareEachOther", null));
		Path baseline = temp.resolve("healthy.baseline");
		execute(SaveBaselineHandler.COMMAND, SaveBaselineHandler.FILE_PARAMETER, baseline);
		assertTrue(Files.size(baseline) > 0);
		execute(CompareBaselineHandler.COMMAND, CompareBaselineHandler.FILE_PARAMETER, baseline);
		view.setOnlyDifferences(true);
		assertEquals(0, view.values().getTree().getItemCount());
		assertEquals(0, view.findings().getTable().getItemCount());
	}

	private static ComparisonView compareEachOther(OpenBundle left, OpenBundle right) throws Exception {
		select(left, right);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getService(IHandlerService.class).executeCommand("marswb.ui.compareEachOther", null);
		spin();
		return (ComparisonView) window.getActivePage().findView(ComparisonView.ID);
	}

	private static void select(OpenBundle... bundles) throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		BundleExplorerView explorer = (BundleExplorerView) page.showView(BundleExplorerView.ID);
		explorer.viewer().setSelection(new StructuredSelection(List.of(bundles)), true);
		spin();
	}

	private static void execute(String command, String parameter, Path file) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ICommandService commands = window.getService(ICommandService.class);
		window.getService(IHandlerService.class).executeCommand(ParameterizedCommand
				.generateCommand(commands.getCommand(command), Map.of(parameter, file.toString())), null);
		spin();
	}

	private static IAction action(ComparisonView view, String id) {
		return ((ActionContributionItem) view.getViewSite().getActionBars().getToolBarManager().find(id)).getAction();
	}

	private static Difference selected(ComparisonView view) {
		Object selected = view.values().getStructuredSelection().getFirstElement();
		assertTrue(selected instanceof Difference, String.valueOf(selected));
		return (Difference) selected;
	}

	/** The rows under the area nodes: path / feature, left, right, state. */
	private static List<String[]> rows(Tree tree) {
		List<String[]> rows = new ArrayList<>();
		for (TreeItem area : tree.getItems()) {
			for (TreeItem item : area.getItems()) {
				rows.add(new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3) });
			}
		}
		return rows;
	}

	private static List<String> areas(Tree tree) {
		List<String> areas = new ArrayList<>();
		for (TreeItem area : tree.getItems()) {
			areas.add(area.getText(0));
		}
		return areas;
	}

	private static String[] row(List<String[]> rows, String subject) {
		return rows.stream().filter(r -> r[0].equals(subject)).findFirst()
				.orElseThrow(() -> new AssertionFailedError("no row " + subject));
	}

}
