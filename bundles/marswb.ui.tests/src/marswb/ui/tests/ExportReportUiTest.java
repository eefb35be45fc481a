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
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;
import marswb.ui.internal.whatif.ExportReportHandler;

class ExportReportUiTest {

	/** The exported report is the analyze command's HTML report, with the what-if the user applied in it. */
	@Test
	void exportsHtmlReportWithAppliedWhatIf(@TempDir Path temp) throws Exception {
		OpenBundle bundle = open("samples/broken-cache-encryption");
		String fix = bundle.session().offeredFixes().stream().filter(f -> f.startsWith("cache.align-scratch-location"))
				.findFirst().orElseThrow();
		OpenBundles.get().whatIf(bundle, "apply", session -> session.applyChange(fix));
		whatIfsDone();
		assertEquals(List.of(fix), bundle.appliedFixes());

		Path file = temp.resolve("report.html");
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ICommandService commands = window.getService(ICommandService.class);
		window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
				commands.getCommand(ExportReportHandler.COMMAND),
				Map.of(ExportReportHandler.FILE_PARAMETER, file.toString())), null);
		String html = Files.readString(file, StandardCharsets.UTF_8);
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
		} finally {
			OpenBundles.get().whatIf(bundle, "undo", WhatIfSession::undoChange);
			whatIfsDone();
		}
	}
}
