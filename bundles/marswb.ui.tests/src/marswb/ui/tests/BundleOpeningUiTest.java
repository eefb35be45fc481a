package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.REPO;
import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import marswb.model.diagnosis.Outcome;
import marswb.ui.internal.bundles.BundleDrop;
import marswb.ui.internal.bundles.BundleExplorerView;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;
import marswb.ui.internal.bundles.OutcomeColors;
import marswb.ui.internal.bundles.RecentBundles;

/**
 * The ways a bundle gets opened (recent list, drag and drop), the window's branding, and that the UI stays
 * responsive while a large bundle opens and cancels at once when asked.
 */
class BundleOpeningUiTest {

	/** Large enough that reading takes a second or more, small enough to write in about one. */
	private static final long LARGE_LOG_BYTES = 300L << 20;

	@Test
	void anOpenedBundleComesFirstInFileRecentBundles() {
		Path sample = REPO.resolve("samples/broken-cache-encryption").toAbsolutePath().normalize();
		open("samples/broken-cache-encryption");
		assertEquals(sample, RecentBundles.workbench().paths().get(0));

		Shown first = shown(recentBundles()).get(0);
		assertTrue(first.text().contains("broken-cache-encryption"), first.text());
		assertTrue(first.enabled());
	}

	@Test
	void aRecentBundleThatIsGoneIsShownDisabled(@TempDir Path temp) throws IOException {
		Path gone = Files.createDirectories(temp.resolve("gone-bundle"));
		RecentBundles.workbench().opened(gone);
		Files.delete(gone);
		Shown first = shown(recentBundles()).get(0);
		assertTrue(first.text().contains("gone-bundle"), first.text());
		assertFalse(first.enabled(), "a bundle no longer there cannot be opened");
	}

	@Test
	void theWindowAndTheBundleExplorerTakeDroppedFilesAndOpenEach() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		BundleExplorerView explorer = (BundleExplorerView) window.getActivePage().showView(BundleExplorerView.ID);
		assertTrue(takesFiles(window.getShell()), "a drop anywhere on the window");
		assertTrue(takesFiles(explorer.viewer().getControl()), "a drop on the Bundle Explorer");

		int before = OpenBundles.get().bundles().size();
		List<Job> jobs = BundleDrop.open(new String[] { REPO.resolve("samples/healthy").toString(),
				REPO.resolve("samples/broken-registration-connectivity").toString() });
		assertEquals(2, jobs.size());
		waitFor(() -> jobs.stream().allMatch(job -> job.getResult() != null));
		waitFor(() -> OpenBundles.get().bundles().size() == before + 2);
		jobs.forEach(job -> assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString()));
		assertEquals(Set.of("healthy", "broken-registration-connectivity"), OpenBundles.get().bundles()
				.subList(before, before + 2).stream().map(OpenBundle::name).collect(Collectors.toSet()));
	}

	@Test
	void filesSentWithoutAManifestOpenAndTheExplorerSaysWhatEachWasRecognizedAs() {
		int before = OpenBundles.get().bundles().size();
		List<Job> jobs = BundleDrop.open(new String[] { REPO.resolve("samples/loose-hand-gathered").toString() });
		waitFor(() -> jobs.get(0).getResult() != null);
		assertEquals(IStatus.OK, jobs.get(0).getResult().getSeverity(), jobs.get(0).getResult().toString());
		waitFor(() -> OpenBundles.get().bundles().size() == before + 1);
		String recognitions = BundleExplorerView.recognitions(OpenBundles.get().bundles().get(before));
		assertTrue(recognitions.contains(
				"MARS_Registry.txt -> agent/registry.reg: key HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup"),
				recognitions);
		assertTrue(recognitions.contains("Temp.zip!/CBEngineCurr.errlog -> agent/logs/CBEngineCurr.errlog"),
				recognitions);
		assertTrue(recognitions.contains("screenshot.png: not recognized"), recognitions);
	}

	/**
	 * The Bundle Explorer says which bundle needs attention: its findings per outcome, worst first, on the worst
	 * outcome's colour.
	 */
	@Test
	void theBundleExplorerCountsEachBundlesOutcomesOnTheWorstOnesColour() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		BundleExplorerView explorer = (BundleExplorerView) window.getActivePage().showView(BundleExplorerView.ID);
		OpenBundle broken = open("samples/broken-cache-encryption");
		OpenBundle healthy = open("samples/healthy");
		Table table = explorer.viewer().getTable();
		assertEquals("Findings", table.getColumn(2).getText());
		TableItem brokenRow = table.getItem(OpenBundles.get().bundles().indexOf(broken));
		String counts = brokenRow.getText(2);
		assertTrue(counts.startsWith("8 FAIL, 3 WARN, "), counts);
		for (Outcome outcome : Outcome.VALUES) {
			long count = broken.diagnosis().getFindings().stream().filter(f -> f.getOutcome() == outcome).count();
			assertEquals(count > 0, counts.contains(count + " " + outcome.getLiteral()), outcome + ": " + counts);
		}
		assertEquals(new RGB(255, 205, 210), brokenRow.getBackground(2).getRGB(), "FAIL's red");
		TableItem healthyRow = table.getItem(OpenBundles.get().bundles().indexOf(healthy));
		assertFalse(healthyRow.getText(2).contains("FAIL") || healthyRow.getText(2).contains("WARN"),
				healthyRow.getText(2));
		Outcome worst = BundleExplorerView.worst(healthy);
		assertTrue(worst.getValue() > Outcome.WARN_VALUE, String.valueOf(worst));
		assertEquals(OutcomeColors.of(worst), healthyRow.getBackground(2));
		assertEquals(table.getBackground(), healthyRow.getBackground(1), "only the findings cell is coloured");
	}

	@Test
	void helpAboutAndTheProductImages() {
		MenuItem about = item(item(menuBar(), "Help").getMenu(), "About MARS Support Workbench");
		assertTrue(about.getEnabled());
		// check plugins are installed from the Help menu, above About
		List<String> help = shown(item(menuBar(), "Help").getMenu()).stream()
				.filter(shown -> shown.enabled() && !shown.text().isEmpty())
				.map(shown -> shown.text().replace("&", "")).toList();
		assertEquals(help.indexOf("About MARS Support Workbench") - 1, help.indexOf("Install Check Plugins..."),
				help.toString());
		Image[] images = Window.getDefaultImages();
		assertEquals(List.of(16, 32, 48, 64, 128),
				Arrays.stream(images).map(image -> image.getBounds().width).sorted().toList(),
				"the window's images, one per size");
	}

	@Test
	void aLargeBundleOpensWithoutFreezingTheUiAndCancelsAtOnce(@TempDir Path temp) throws Exception {
		Path large = LargeBundle.write("samples/healthy", temp.resolve("large"), LARGE_LOG_BYTES);
		// where the user follows and cancels the opening (the status line's progress button opens it); opened
		// before the heartbeat starts, since creating a view is the test's own work on the UI thread
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		assertNotNull(page.showView(IPageLayout.ID_PROGRESS_VIEW));
		Heartbeat heartbeat = new Heartbeat(Display.getCurrent());
		try {
			long opening = System.nanoTime();
			Job whole = OpenBundles.get().open(large);
			waitFor(() -> whole.getResult() != null);
			long openingNanos = System.nanoTime() - opening;
			assertEquals(IStatus.OK, whole.getResult().getSeverity(), whole.getResult().toString());
			waitFor(() -> OpenBundles.get().current() != null && OpenBundles.get().current().path().equals(large));
			assertTrue(heartbeat.longestGapMillis() < 1000,
					"the UI thread stopped for " + heartbeat.longestGapMillis() + " ms while the bundle opened");

			int before = OpenBundles.get().bundles().size();
			Job canceled = OpenBundles.get().open(large);
			waitFor(() -> canceled.getState() == Job.RUNNING);
			long started = System.nanoTime();
			// a third of the way, however fast this machine reads
			waitFor(() -> System.nanoTime() - started > openingNanos / 3);
			assertNull(canceled.getResult(), "still reading when canceled");
			long cancel = System.nanoTime();
			canceled.cancel();
			waitFor(() -> canceled.getResult() != null);
			long stoppedAfter = (System.nanoTime() - cancel) / 1_000_000;
			assertEquals(IStatus.CANCEL, canceled.getResult().getSeverity(), canceled.getResult().toString());
			assertTrue(stoppedAfter < 2000, "the job ended " + stoppedAfter + " ms after cancel");
			UiTesting.spin();
			assertEquals(before, OpenBundles.get().bundles().size(), "a canceled bundle is not added");
			assertTrue(heartbeat.longestGapMillis() < 1000,
					"the UI thread stopped for " + heartbeat.longestGapMillis() + " ms");
		} finally {
			heartbeat.stop();
		}
	}

	/** Ticks every 20 ms on the UI thread and remembers the longest time between two ticks. */
	private static final class Heartbeat implements Runnable {

		private static final int PERIOD_MILLIS = 20;
		private final Display display;
		private long last = System.nanoTime();
		private long longest;
		private boolean stopped;

		Heartbeat(Display display) {
			this.display = display;
			display.timerExec(PERIOD_MILLIS, this);
		}

		@Override
		public void run() {
			long now = System.nanoTime();
			longest = Math.max(longest, now - last);
			last = now;
			if (!stopped) {
				display.timerExec(PERIOD_MILLIS, this);
			}
		}

		long longestGapMillis() {
			return longest / 1_000_000;
		}

		void stop() {
			stopped = true;
			display.timerExec(-1, this);
		}
	}

	private static boolean takesFiles(Control control) {
		return control.getData(DND.DROP_TARGET_KEY) instanceof DropTarget target
				&& Arrays.stream(target.getTransfer()).anyMatch(FileTransfer.class::isInstance);
	}

	private static Menu menuBar() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
	}

	private static Menu recentBundles() {
		return item(item(menuBar(), "File").getMenu(), "Recent Bundles").getMenu();
	}

	/** The item of {@code menu} that reads {@code text} once its mnemonic is taken out. */
	private static MenuItem item(Menu menu, String text) {
		menu.notifyListeners(SWT.Show, new Event());
		return Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").startsWith(text))
				.findFirst().orElseThrow(() -> new AssertionFailedError("no " + text + " in " + Arrays.stream(
						menu.getItems()).map(MenuItem::getText).toList()));
	}

	private record Shown(String text, boolean enabled) {
	}

	/** The items of a menu as it fills them when the user opens it. */
	private static List<Shown> shown(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		List<Shown> items = Arrays.stream(menu.getItems()).map(item -> new Shown(item.getText(), item.getEnabled()))
				.toList();
		menu.notifyListeners(SWT.Hide, new Event());
		return items;
	}
}
