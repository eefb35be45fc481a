package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.spin;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import marswb.model.diagnosis.Finding;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.findings.FindingDetailsView;
import marswb.ui.internal.findings.FindingsView;

/**
 * Finding Details says when the newest backup job ran in the server's local time with UTC beside, as every other
 * view does (the samples' server is at UTC+08:00).
 */
class FindingTimesUiTest {

	@Test
	void theNewestJobsTimeIsLocalWithUtcBeside() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		OpenBundle bundle = open("samples/healthy");
		Finding scheduled = bundle.diagnosis().getFindings().stream()
				.filter(f -> f.getCheck().equals("jobs.scheduled-failing")).findFirst()
				.orElseThrow(() -> new AssertionFailedError("the schedule's finding of this sample"));
		FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
		findings.setFilter(null, null, "");
		findings.viewer().setSelection(new StructuredSelection(scheduled), true);
		spin();
		String text = ((FindingDetailsView) page.showView(FindingDetailsView.ID)).text();
		assertTrue(text.matches("(?s).*started at 2026-11-\\d\\d \\d\\d:\\d\\d:\\d\\d \\(UTC\\+08:00\\) \u00b7 "
				+ "(2026-11-\\d\\d )?\\d\\d:\\d\\d:\\d\\d UTC.*"), text);
	}
}
