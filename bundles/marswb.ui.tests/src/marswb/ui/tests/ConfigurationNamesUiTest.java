package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import marswb.engine.DisplayValues;
import marswb.model.server.Volume;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.configuration.ConfigurationView;

/**
 * The Configuration tree speaks in the names and values people read: display names instead of the model's field
 * names, sizes in GB and GiB with the byte count in the tooltip, times in the server's local time with UTC beside,
 * the UTC offset as UTC+08:00 rather than 480 minutes.
 */
class ConfigurationNamesUiTest {

	@Test
	void theTreeShowsDisplayNamesAndReadableValues() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		OpenBundle bundle = open("samples/broken-cache-encryption");
		ConfigurationView configuration = (ConfigurationView) page.showView(ConfigurationView.ID);
		configuration.viewer().expandAll();
		spin();
		List<TreeItem> items = new ArrayList<>();
		collect(configuration.viewer().getTree().getItems(), items);
		List<String> texts = items.stream().map(TreeItem::getText).toList();

		assertTrue(texts.contains("Host name: BJ-FILE03"), texts.toString());
		assertTrue(texts.contains("Local time offset from UTC: UTC+08:00"), texts.toString());
		assertTrue(texts.contains("Collected at: 2026-11-20 16:15:02 (UTC+08:00) \u00b7 08:15:02 UTC"),
				texts.toString());
		assertTrue(texts.contains("Cache (scratch folder)"), texts.toString());
		assertTrue(texts.stream().noneMatch(t -> t.contains("localUtcOffsetMinutes") || t.contains("kekPresent")
				|| t.startsWith("hostName")), "no model field names: " + texts);

		Volume volume = bundle.server().getVolumes().stream().filter(v -> v.getSizeRemaining() != null).findFirst()
				.orElseThrow(() -> new AssertionFailedError("a volume with its free space"));
		TreeItem free = items.stream()
				.filter(i -> i.getText().equals("Free space: " + DisplayValues.bytes(volume.getSizeRemaining())))
				.findFirst().orElseThrow(() -> new AssertionFailedError("no free-space row in " + texts));
		assertTrue(free.getText().matches("Free space: \\d+\\.\\d [KMG]B \\(\\d+\\.\\d [KMG]iB\\)"), free.getText());
		ColumnLabelProvider labels = (ColumnLabelProvider) configuration.viewer().getLabelProvider();
		assertEquals(String.format(Locale.ROOT, "%,d bytes", volume.getSizeRemaining()), labels.getToolTipText(free.getData()));
	}

	private static void collect(TreeItem[] items, List<TreeItem> into) {
		for (TreeItem item : items) {
			into.add(item);
			collect(item.getItems(), into);
		}
	}
}
