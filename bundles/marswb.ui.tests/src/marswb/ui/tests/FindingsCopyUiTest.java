package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import marswb.engine.KbLinks;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.findings.FindingsView;
import marswb.ui.internal.findings.MarkdownTransfer;

/** Ctrl+C in Findings puts the selected findings on the clipboard as text and as Markdown, ready for a ticket. */
class FindingsCopyUiTest {

	@Test
	void copyPutsTitleOutcomeEvidenceActionAndLinkAsTextAndMarkdown() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		OpenBundle bundle = open("samples/broken-cache-encryption");
		List<Finding> chosen = bundle.diagnosis().getFindings().stream()
				.filter(f -> f.getOutcome() == Outcome.FAIL && f.getKb() != null && f.getRecommendation() != null
						&& f.getEvidence().stream().anyMatch(e -> e.getLine() > 0))
				.limit(2).toList();
		if (chosen.size() < 2) {
			throw new AssertionFailedError("two FAIL findings with evidence lines, action and article");
		}
		FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
		findings.setFilter(null, null, "");
		page.activate(findings);
		findings.viewer().setSelection(new StructuredSelection(chosen), true);
		spin();
		window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.copy", null);

		Clipboard clipboard = new Clipboard(window.getShell().getDisplay());
		String text;
		String markdown;
		try {
			text = (String) clipboard.getContents(TextTransfer.getInstance());
			markdown = (String) clipboard.getContents(MarkdownTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
		assertTrue(text != null && markdown != null, "both flavours on the clipboard");
		for (Finding finding : chosen) {
			Evidence evidence = finding.getEvidence().stream().filter(e -> e.getLine() > 0).findFirst().orElseThrow();
			String location = evidence.getArtifact() + ":" + evidence.getLine();
			String link = KbLinks.url(finding.getKb(), Locale.getDefault());
			assertTrue(text.contains("FAIL (" + finding.getSeverity().getLiteral() + "): " + finding.getTitle()),
					text);
			assertTrue(text.contains("  " + location + "  "), text);
			assertTrue(text.contains("What to do: " + finding.getRecommendation()), text);
			assertTrue(text.contains(link), text);
			assertTrue(markdown.contains("### FAIL (" + finding.getSeverity().getLiteral() + "): "), markdown);
			assertTrue(markdown.contains("- `" + location + "` "), markdown);
			assertTrue(markdown.contains("](" + link + ")"), markdown);
		}
		assertEquals(2, markdown.lines().filter(line -> line.startsWith("### ")).count(), markdown);
		assertTrue(text.indexOf(chosen.get(0).getTitle()) < text.indexOf(chosen.get(1).getTitle()),
				"in the order of the table");
	}
}
