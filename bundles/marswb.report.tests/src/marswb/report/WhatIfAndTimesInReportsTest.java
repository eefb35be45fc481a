package marswb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import marswb.model.server.Server;

/**
 * Every report a ticket may quote says when its findings are a what-if prediction, and writes times in the server's
 * local time with UTC beside. Runs in the build's language, English.
 */
class WhatIfAndTimesInReportsTest {

	private static final String FIX = "cache.align-scratch-location#0";
	private static final String BANNER = "What-if: 1 quick-fix(es) applied. The findings below are a prediction, "
			+ "not the server's real state.";

	/** The delta stays out: Markdown and SARIF name the fixes, only the HTML report shows what each changed. */
	private static Report withFix() {
		Report plain = Fixtures.report();
		return new Report(plain.server(), plain.diagnosis(), List.of(new AppliedFix(FIX, null)), null, null);
	}

	@Test
	void markdownSaysFirstThatItIsAWhatIfAndNamesTheFixes() {
		String text = MarkdownReport.render(withFix());
		List<String> lines = text.lines().toList();
		assertEquals("> **" + BANNER + "** `" + FIX + "`", lines.get(2), text);
		assertFalse(MarkdownReport.render(Fixtures.report()).contains("What-if"), "no fix, no banner");
	}

	@Test
	void sarifCarriesTheWhatIfInTheRunsProperties() {
		JsonNode run = SarifReport.document(withFix(), List.of()).get("runs").get(0);
		JsonNode whatIf = run.get("properties").get("whatIf");
		assertEquals(BANNER, whatIf.get("text").asText());
		assertEquals(FIX, whatIf.get("appliedFixes").get(0).asText());
		assertEquals(1, whatIf.get("appliedFixes").size());
		assertNull(SarifReport.document(Fixtures.report(), List.of()).get("runs").get(0).get("properties"));
	}

	@Test
	void timesAreTheServersLocalTimeWithUtcBeside() {
		Report report = Fixtures.report();
		Server server = report.server();
		server.setLocalUtcOffsetMinutes(480);
		// collected 2026-11-18 11:06:40 UTC
		assertTrue(MarkdownReport.render(report).contains("collected 2026-11-18 19:06:40 (UTC+08:00) \u00b7 11:06:40 UTC"),
				MarkdownReport.render(report));
		String page = HtmlReport.render(report);
		assertTrue(page.contains("2026-11-18 19:06:40 (UTC+08:00) \u00b7 11:06:40 UTC"), "the facts' collection time");
		// the newest job of the chart started 2026-11-17 20:00 UTC, already the 18th on the server
		assertTrue(page.contains("2026-11-18 04:00:00 (UTC+08:00) \u00b7 2026-11-17 20:00:00 UTC"), "the chart's axis");
		assertTrue(ConfigurationText.of(server).contains("2026-11-18 19:06:40 (UTC+08:00) \u00b7 11:06:40 UTC"),
				ConfigurationText.of(server));

		// a bundle that does not tell the server's offset: UTC, and says that the offset is not known
		server.setLocalUtcOffsetMinutes(null);
		assertTrue(MarkdownReport.render(report)
				.contains("collected 2026-11-18 11:06:40 UTC (UTC offset of the server not known)"),
				MarkdownReport.render(report));
	}
}
