package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.rows;
import static marswb.ui.tests.UiTesting.spin;
import static marswb.ui.tests.UiTesting.tables;
import static marswb.ui.tests.UiTesting.whatIfsDone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import marswb.ui.internal.bundles.BundleExplorerView;
import marswb.ui.internal.bundles.BundleFrame;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;
import marswb.ui.internal.configuration.ConfigurationView;
import marswb.ui.internal.findings.FindingDetailsView;
import marswb.ui.internal.findings.FindingsView;
import marswb.ui.internal.whatif.RemediationPlanView;

/**
 * While a quick-fix is applied, every view of the bundle says that it shows a what-if state, the values the fix
 * changed are marked with the value as read beside them, the Bundle Explorer marks the bundle; Undo all takes
 * every fix back and the marks go.
 */
class WhatIfUiTest {

	private static final String FIX = "cache.align-scratch-location";
	private static final String BANNER = "What-if: 1 fix applied. This is not the server's real state.";
	/** The cache area's view, which its own bundle keeps internal. */
	private static final String CACHE = "marswb.area.cache.ui.cache";

	@Test
	void aFixMarksEveryViewAndUndoAllTakesItBack() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		OpenBundle bundle = open("samples/broken-cache-encryption");
		List<IWorkbenchPart> views = new ArrayList<>();
		for (String id : List.of(FindingsView.ID, FindingDetailsView.ID, ConfigurationView.ID, RemediationPlanView.ID,
				CACHE)) {
			IWorkbenchPart part = page.showView(id);
			views.add(part);
		}
		Table scratchTable = tables(page.findView(CACHE)).get(0);
		ConfigurationView configuration = (ConfigurationView) page.findView(ConfigurationView.ID);
		BundleExplorerView explorer = (BundleExplorerView) page.showView(BundleExplorerView.ID);
		views.forEach(view -> assertEquals("", frame(view).bannerText(), view.getTitle()));
		views.forEach(view -> assertFalse(frame(view).undoAllLink().getParent().getVisible(), "no banner: " + view.getTitle()));
		List<String[]> scratchAsRead = rows(scratchTable);

		String fix = bundle.session().offeredFixes().stream().filter(f -> f.startsWith(FIX)).findFirst().orElseThrow();
		OpenBundles.get().whatIf(bundle, "apply", session -> session.applyChange(fix));
		whatIfsDone();

		views.forEach(view -> assertEquals(BANNER, frame(view).bannerText(), view.getTitle()));
		assertEquals("broken-cache-encryption   [what-if: 1 applied]", explorerName(explorer, bundle));
		// the fix points both ScratchLocation values at the folder that holds the cache: the one that moved is marked
		List<String[]> scratch = rows(scratchTable);
		List<String> marked = scratch.stream().filter(row -> row[1].contains("   (as read: ")).map(row -> row[1])
				.toList();
		assertFalse(marked.isEmpty(), "a changed location is marked: " + scratch.stream().map(r -> r[1]).toList());
		for (String cell : marked) {
			String asRead = cell.substring(cell.indexOf("   (as read: ") + 13, cell.length() - 1);
			assertTrue(scratchAsRead.stream().anyMatch(row -> row[1].equals(asRead)), cell);
			assertNotEquals(asRead, cell.substring(0, cell.indexOf("   (as read: ")), cell);
		}
		List<String> changedSettings = changedLabels(configuration);
		assertFalse(changedSettings.isEmpty(), "the configuration marks what the fix changed");
		changedSettings.forEach(label -> assertTrue(label.toLowerCase().contains("scratch"), label));

		Link undoAll = frame(views.get(0)).undoAllLink();
		assertTrue(undoAll.getParent().getVisible(), "the banner holds Undo all");
		assertEquals("<a>Undo all</a>", undoAll.getText());
		undoAll.notifyListeners(SWT.Selection, new Event());
		whatIfsDone();
		views.forEach(view -> assertEquals("", frame(view).bannerText(), view.getTitle()));
		views.forEach(view -> assertFalse(frame(view).undoAllLink().getParent().getVisible(), "no banner: " + view.getTitle()));
		assertEquals("broken-cache-encryption", explorerName(explorer, bundle));
		assertEquals(scratchAsRead.stream().map(List::of).toList(),
				rows(scratchTable).stream().map(List::of).toList(), "the values as read again");
		assertTrue(changedLabels(configuration).isEmpty());
		assertFalse(bundle.canUndo());
	}

	/** The what-if banner and its Undo all, which every view of the current bundle has. */
	private static BundleFrame frame(IWorkbenchPart view) {
		return view.getAdapter(BundleFrame.class);
	}

	private static String explorerName(BundleExplorerView explorer, OpenBundle bundle) {
		spin();
		return explorer.viewer().getTable().getItem(OpenBundles.get().bundles().indexOf(bundle)).getText(0);
	}

	/** The labels of the configuration tree, all of it expanded, that carry the what-if mark. */
	private static List<String> changedLabels(ConfigurationView configuration) {
		configuration.viewer().expandAll();
		List<String> changed = new ArrayList<>();
		collect(configuration.viewer().getTree().getItems(), changed);
		return changed;
	}

	private static void collect(TreeItem[] items, List<String> changed) {
		for (TreeItem item : items) {
			if (item.getText().contains("   (as read: ")) {
				changed.add(item.getText());
			}
			collect(item.getItems(), changed);
		}
	}
}
