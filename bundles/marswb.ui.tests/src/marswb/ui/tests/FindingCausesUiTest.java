package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import marswb.engine.CauseChain;
import marswb.model.diagnosis.Finding;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.findings.FindingDetailsView;
import marswb.ui.internal.findings.FindingsView;

/** Finding Details names a finding's causes and symptoms as links that select them in Findings. */
class FindingCausesUiTest {

	@Test
	void causedByAndExplainsAreLinksToTheOtherFinding() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		OpenBundle bundle = open("samples/broken-cache-encryption");
		CauseChain chain = CauseChain.of(bundle.diagnosis());
		Finding symptom = bundle.diagnosis().getFindings().stream()
				.filter(f -> f.getCheck().equals("encryption.kek-missing")).findFirst()
				.orElseThrow(() -> new AssertionFailedError("the missing key is a finding of this sample"));
		Finding cause = chain.problemCauses(symptom).get(0);
		assertEquals("cache.scratch-location-mismatch", cause.getCheck());

		FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
		findings.setFilter(null, null, "");
		findings.viewer().setSelection(new StructuredSelection(symptom), true);
		spin();
		FindingDetailsView details = (FindingDetailsView) page.showView(FindingDetailsView.ID);
		String text = details.text();
		int causedBy = text.indexOf("Caused by\n");
		assertTrue(causedBy > 0, text);
		int link = text.indexOf(cause.getTitle(), causedBy);
		assertTrue(link > causedBy, text);

		click(details.widget(), link + 1);
		spin();
		assertEquals(cause, ((IStructuredSelection) findings.viewer().getSelection()).getFirstElement(),
				"the link selects the cause in Findings");
		String causeText = details.text();
		int explains = causeText.indexOf("Explains\n");
		assertTrue(explains > 0 && causeText.indexOf(symptom.getTitle(), explains) > explains, causeText);
		assertFalse(causeText.contains("Caused by\n"), "a root cause has no cause: " + causeText);

		click(details.widget(), causeText.indexOf(symptom.getTitle(), explains) + 1);
		spin();
		assertEquals(symptom, ((IStructuredSelection) findings.viewer().getSelection()).getFirstElement(),
				"and the symptom's link leads back");
	}

	/** A left click on the character at the offset, scrolled into view first as a user would. */
	private static void click(StyledText text, int offset) {
		text.setSelection(offset);
		Point at = text.getLocationAtOffset(offset);
		Event event = new Event();
		event.button = 1;
		event.x = at.x + 1;
		event.y = at.y + text.getLineHeight(offset) / 2;
		text.notifyListeners(SWT.MouseUp, event);
	}
}
