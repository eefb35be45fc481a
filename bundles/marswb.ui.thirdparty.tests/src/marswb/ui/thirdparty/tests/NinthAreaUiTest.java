package marswb.ui.thirdparty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import marswb.tests.support.SampleVariant;
import marswb.ui.internal.bundles.OpenBundles;
import marswb.ui.internal.findings.FindingColumn;
import marswb.ui.internal.findings.FindingGrouping;
import marswb.ui.internal.findings.FindingsView;

/** The workbench groups the findings of the area this fragment declares under its name, as it groups ours. */
class NinthAreaUiTest {

	@Test
	void theFindingsViewGroupsItsFindingUnderItsName() throws Exception {
		Job open = OpenBundles.get().open(SampleVariant.repo().resolve(Path.of("samples", "healthy")));
		until(() -> open.getResult() != null && OpenBundles.get().current() != null);
		FindingsView view = (FindingsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(FindingsView.ID);
		view.group(FindingGrouping.AREA);
		until(() -> view.viewer().getTree().getItemCount() > 0);
		List<String> groups = Stream.of(view.viewer().getTree().getItems())
				.map(item -> item.getText(FindingColumn.TITLE.ordinal())).toList();
		// on healthy every area of ours has findings, and the ninth its one INFO
		assertEquals(9, groups.size(), groups.toString());
		assertTrue(groups.contains("Windows updates \u2014 1 INFO"), groups.toString());
	}

	/** Runs the event loop until the workbench got there (two minutes at most). */
	private static void until(BooleanSupplier done) throws InterruptedException {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 120_000;
		while (!done.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionFailedError("the workbench did not get there in two minutes");
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
	}
}
