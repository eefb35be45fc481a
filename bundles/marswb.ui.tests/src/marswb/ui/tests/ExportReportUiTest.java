package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.whatIfsDone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Finding;
import marswb.report.ConfigurationText;
import marswb.report.MarkdownReport;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;
import marswb.ui.internal.whatif.ExportReportHandler;

class ExportReportUiTest {

	/** The exported report is the analyze command's HTML report, with the what-if the user applied and the appendix. */
	@Test
	void exportsHtmlReportWithAppliedWhatIf(@TempDir Path temp) throws Exception {
		OpenBundle bundle = open("samples/broken-cache-encryption");
		String fix = bundle.session().offeredFixes().stream().filter(f -> f.startsWith("cache.align-scratch-location"))
				.findFirst().orElseThrow();
		OpenBundles.get().whatIf(bundle, "apply", session -> session.applyChange(fix));
		whatIfsDone();
		assertEquals(List.of(fix), bundle.appliedFixes());

		String html = Files.readString(export(temp.resolve("report.html")), StandardCharsets.UTF_8);
		try {
			assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, Math.min(200, html.length())));
			assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\""), "the CSP meta tag");
			int banner = html.indexOf("<p class=\"what-if-banner\">What-if: 1 quick-fix(es) applied. The findings below are a "
					+ "prediction, not the server&#39;s real state.</p>");
			assertTrue(banner > 0 && banner < html.indexOf("id=\"summary\""), "the banner heads the page");
			int whatIf = html.indexOf("<section id=\"what-if\">");
			assertTrue(whatIf >= 0, "a what-if section");
			String section = html.substring(whatIf, html.indexOf("</section>", whatIf));
			assertTrue(section.contains("<code>" + fix + "</code>"), section);
			assertTrue(section.contains("cache.scratch-location-mismatch"), "the fix cleared its finding: " + section);
			// the appendix is the configuration as read, before the what-if, as marswb show prints it
			String appendix = html.substring(html.indexOf("<section id=\"configuration\">"));
			String firstLine = ConfigurationText.of(bundle.server()).lines().findFirst().orElseThrow();
			assertTrue(appendix.contains("<pre>" + firstLine.replace("&", "&amp;").replace("<", "&lt;")
					.replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;")), appendix);
		} finally {
			OpenBundles.get().whatIf(bundle, "undo", WhatIfSession::undoChange);
			whatIfsDone();
		}
	}

	/** A file named .sarif gets the SARIF log, one named .md the Markdown for a ticket, as the command line writes them. */
	@Test
	void exportsSarifAndMarkdownByTheFileExtension(@TempDir Path temp) throws Exception {
		OpenBundle bundle = open("samples/broken-scheduling");
		Path sarif = export(temp.resolve("report.sarif"));
		String log = Files.readString(sarif, StandardCharsets.UTF_8);
		assertTrue(log.startsWith("{") && log.contains("\"version\" : \"2.1.0\""), log.substring(0, 200));
		assertTrue(log.contains("\"ruleId\" : \"" + bundle.diagnosis().getFindings().get(0).getCheck() + "\""), log);
		Path markdown = export(temp.resolve("report.md"));
		assertTrue(Files.size(markdown) < MarkdownReport.LIMIT, Files.size(markdown) + " bytes");
		String text = Files.readString(markdown, StandardCharsets.UTF_8);
		// the worst finding, a problem, is a row of the problems table
		Finding worst = bundle.diagnosis().getFindings().get(0);
		assertTrue(text.startsWith("## ") && text.contains("| **" + worst.getOutcome().getLiteral() + "** |")
				&& text.contains("(`" + worst.getCheck() + "`)"), text);
	}

	private static Path export(Path file) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ICommandService commands = window.getService(ICommandService.class);
		window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
				commands.getCommand(ExportReportHandler.COMMAND),
				Map.of(ExportReportHandler.FILE_PARAMETER, file.toString())), null);
		return file;
	}
}
