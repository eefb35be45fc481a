package marswb.area.jobs.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.model.server.Server;
import marswb.tests.support.SampleVariant;

/**
 * The charts of the Job History view on the samples: bars per job and per error code, notes when data is missing.
 * The view is shown in the workbench and given each sample's server as the workbench gives it the current bundle's
 * (opening bundles is the workbench's own business, tested with it).
 */
class JobsChartsUiTest {

	@Test
	void chartsShowEveryJobByItsStateAndTheFailedFilesByCode() throws Exception {
		JobsView view = (JobsView) page().showView(JobsView.ID);
		Server server = sample("broken-registration-connectivity");
		view.show(server);
		spin();
		assertNull(view.history().note());
		HistoryLayout history = view.history().layout();
		assertEquals(server.getJobs().size(), history.bars().size());
		history.bars().forEach(bar -> assertEquals(JobKind.of(bar.job().getJobState()), bar.kind()));
		assertEquals(List.of("Succeeded (7)", "Failed (1)"),
				history.legend().stream().map(HistoryLayout.LegendItem::label).toList());
		history.bars().forEach(bar -> assertTrue(bar.x() >= history.plot().x()
				&& bar.x() + bar.width() <= history.plot().x() + history.plot().width(), bar.toString()));

		// maximized, as the user does to read the charts, and back
		IWorkbenchPage page = page();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		spin();
		HistoryLayout larger = view.history().layout();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		spin();
		HistoryLayout restored = view.history().layout();
		assertTrue(larger.plot().width() > restored.plot().width(), larger.plot() + " / " + restored.plot());

		view.show(sample("broken-cache-encryption"));
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		spin();
		assertNull(view.codes().note());
		CodeBarsLayout codes = view.codes().layout();
		List<String> counts = new ArrayList<>();
		for (TableItem item : view.failed().getTable().getItems()) {
			counts.add(item.getText(1));
		}
		assertEquals(2, codes.rows().size());
		assertEquals(List.of("0x80070002 file not found", "0x80070005 access denied"),
				codes.rows().stream().map(CodeBarsLayout.Row::label).toList());
		assertEquals(counts.subList(0, 2), codes.rows().stream().map(r -> r.count().replace(",", "")).toList());
		assertTrue(codes.rows().get(0).barWidth() > codes.rows().get(1).barWidth());
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void chartsNameTheArtifactToCollectWhenItIsMissingAndSayWhenAListIsEmpty() throws Exception {
		JobsView view = (JobsView) page().showView(JobsView.ID);
		try (SampleVariant withoutJobs = SampleVariant.of("broken-scheduling").remove("agent/jobs.json")
				.remove("agent/failed-files/LastBackupFailedFiles1c4e7_11_19_2026.txt")) {
			view.show(withoutJobs.read());
		}
		spin();
		assertTrue(view.history().note().contains("agent/jobs.json"), view.history().note());
		assertTrue(view.codes().note().contains("agent/failed-files/*.txt"), view.codes().note());

		view.show(sample("broken-scheduling"));
		spin();
		assertNull(view.history().note());
		assertEquals(Messages.Chart_failedNone, view.codes().note(), "the list was collected and is empty");
	}

	private static Server sample(String name) throws BundleOpenException {
		return BundleReader.read(SampleVariant.repo().resolve("samples").resolve(name));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Lets the workbench lay the view out and paint it. */
	private static void spin() throws InterruptedException {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + 500;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
	}
}
