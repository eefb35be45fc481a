package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import marswb.compare.Difference;
import marswb.ui.internal.bundles.BundleExplorerView;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.comparison.ComparisonView;

/**
 * The Comparison view reads as the Configuration view does: rows by display names, a size in GB with its byte count
 * in the cell's tooltip, yes/no for a flag, times in the server's local time with UTC beside (the samples' server is
 * at UTC+08:00). Runs in the build's language, English.
 */
class ComparisonReadableValuesUiTest {

	@Test
	void rowsAreNamedAndCellsReadAsPeopleReadThem() throws Exception {
		OpenBundle healthy = open("samples/healthy");
		OpenBundle broken = open("samples/broken-cache-encryption");
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		BundleExplorerView explorer = (BundleExplorerView) window.getActivePage().showView(BundleExplorerView.ID);
		explorer.viewer().setSelection(new StructuredSelection(List.of(healthy, broken)), true);
		spin();
		window.getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("marswb.ui.compareEachOther",
				null);
		spin();
		ComparisonView view = (ComparisonView) window.getActivePage().findView(ComparisonView.ID);
		view.setOnlyDifferences(false);
		view.values().expandAll();
		spin();
		List<TreeItem> rows = new ArrayList<>();
		for (TreeItem area : view.values().getTree().getItems()) {
			rows.addAll(List.of(area.getItems()));
		}
		List<String> modelNames = rows.stream().map(r -> r.getText(0))
				.filter(t -> t.matches("(.*[ .])?[a-z]+[A-Z][A-Za-z]*")).toList();
		assertTrue(modelNames.isEmpty(), "no model field names: " + modelNames);

		TreeItem kek = row(rows, "Cache \u203a OnlineBackup.KEK present");
		assertEquals("yes", kek.getText(1));
		assertEquals("no", kek.getText(2));

		TreeItem free = rows.stream().filter(r -> r.getText(0).endsWith(" \u203a Free space"))
				.filter(r -> r.getData() instanceof Difference d && d.right() instanceof Long).findFirst()
				.orElseThrow(() -> new AssertionFailedError("a free-space row"));
		assertTrue(free.getText(0).startsWith("Volumes ["), free.getText(0));
		assertTrue(free.getText(2).matches("\\d+\\.\\d [KMG]B \\(\\d+\\.\\d [KMG]iB\\)"), free.getText(2));
		long bytes = (Long) ((Difference) free.getData()).right();
		String tip = ((ColumnLabelProvider) view.values().getLabelProvider(2)).getToolTipText(free.getData());
		assertTrue(tip.startsWith(String.format(Locale.ROOT, "%,d bytes\n", bytes)), tip);
		assertTrue(tip.contains("system/volumes.csv"), "and where it was read: " + tip);

		TreeItem collected = row(rows, "Collected at");
		assertTrue(collected.getText(1).matches("2026-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\(UTC\\+08:00\\) \u00b7 .* UTC"),
				collected.getText(1));
	}

	private static TreeItem row(List<TreeItem> rows, String subject) {
		return rows.stream().filter(r -> r.getText(0).equals(subject)).findFirst().orElseThrow(
				() -> new AssertionFailedError("no row " + subject + " in " + rows.stream().map(r -> r.getText(0)).toList()));
	}
}
