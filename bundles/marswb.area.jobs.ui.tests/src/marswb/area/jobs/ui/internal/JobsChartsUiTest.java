package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.copyWithout;
import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.rows;
import static marswb.ui.tests.UiTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.area.jobs.ui.internal.CodeBarsLayout;
import marswb.area.jobs.ui.internal.HistoryLayout;
import marswb.area.jobs.ui.internal.JobKind;
import marswb.area.jobs.ui.internal.JobsView;
import marswb.area.jobs.ui.internal.Messages;
import marswb.ui.internal.bundles.OpenBundle;

/** The charts of the Job History view on the samples: bars per job and per error code, notes when data is missing. */
class JobsChartsUiTest {

	@Test
	void chartsShowEveryJobByItsStateAndTheFailedFilesByCode() throws Exception {
		OpenBundle bundle = open("samples/broken-registration-connectivity");
		JobsView view = (JobsView) page().showView(JobsView.ID);
		spin();
		assertNull(view.history().note());
		HistoryLayout history = view.history().layout();
		assertEquals(bundle.server().getJobs().size(), history.bars().size());
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

		open("samples/broken-cache-encryption");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		spin();
		assertNull(view.codes().note());
		CodeBarsLayout codes = view.codes().layout();
		List<String[]> table = rows(view.failed().getTable());
		assertEquals(2, codes.rows().size());
		assertEquals(List.of("0x80070002 file not found", "0x80070005 access denied"),
				codes.rows().stream().map(CodeBarsLayout.Row::label).toList());
		assertEquals(List.of(table.get(0)[1], table.get(1)[1]),
				codes.rows().stream().map(r -> r.count().replace(",", "")).toList());
		assertTrue(codes.rows().get(0).barWidth() > codes.rows().get(1).barWidth());
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void chartsNameTheArtifactToCollectWhenItIsMissingAndSayWhenAListIsEmpty(@TempDir Path temp) throws Exception {
		open(copyWithout("samples/broken-scheduling", temp.resolve("no-jobs"), "agent/jobs.json",
				"agent/failed-files/").toString());
		JobsView view = (JobsView) page().showView(JobsView.ID);
		spin();
		assertTrue(view.history().note().contains("agent/jobs.json"), view.history().note());
		assertTrue(view.codes().note().contains("agent/failed-files/*.txt"), view.codes().note());

		open("samples/broken-scheduling");
		spin();
		assertNull(view.history().note());
		assertEquals(Messages.Chart_failedNone, view.codes().note(), "the list was collected and is empty");
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
