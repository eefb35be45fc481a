package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code analyze --format html} end to end on the samples, and the page rendered by a real browser. */
class HtmlReportCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	static Stream<Path> samples() throws IOException {
		return ShowCommandTest.samples();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void theReportFileShowsEveryFailAndWarnFindingAndExitsLikeTheText(Path sample, @TempDir Path temp)
			throws IOException {
		CliRun json = CliRun.of("analyze", sample.toString(), "--format", "json");
		Path file = temp.resolve("report.html");
		CliRun html = CliRun.of("analyze", sample.toString(), "--format", "html", "--out", file.toString());
		assertEquals(json.exitCode(), html.exitCode(), html.err());
		assertEquals("", html.out(), "with --out nothing goes to stdout");
		assertTrue(html.err().contains(file.toString()), html.err());
		String page = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"));
		int problems = 0;
		for (JsonNode finding : JSON.readTree(json.out()).get("findings")) {
			String outcome = finding.get("outcome").asText();
			if (outcome.equals("FAIL") || outcome.equals("WARN")) {
				problems++;
				assertTrue(page.contains(escape(finding.get("title").asText())), finding.get("title").asText());
				for (JsonNode evidence : finding.get("evidence")) {
					if (!evidence.get("value").isNull()) {
						assertTrue(page.contains(escape(evidence.get("value").asText())), evidence.toString());
					}
				}
			}
		}
		// FAIL and WARN each in full, beside the UNKNOWN and ERROR findings that do not wait for an artifact
		assertTrue(count(page, "<article class=\"finding\"") >= problems, "a problem is missing its section");
		assertTrue(page.contains("id=\"configuration\""), "the appendix");
		assertTrue(page.contains(escape(CliRun.of("show", sample.toString()).out().lines().findFirst().orElseThrow())),
				"the appendix is what show prints");
	}

	@Test
	void withFixesTheReportShowsTheWhatIfsAndThePlan() throws IOException {
		CliRun run = CliRun.of("analyze", RepoFiles.resolve("samples/broken-cache-encryption").toString(), "--format",
				"html", "--fix", "cache.align-scratch-location");
		assertTrue(run.exitCode() <= 1, run.err());
		assertTrue(run.out().contains("<p class=\"what-if-banner\">What-if: 1 quick-fix(es) applied."),
				"the page says first that it shows a what-if");
		String whatIf = run.out().substring(run.out().indexOf("id=\"what-if\""));
		assertTrue(whatIf.contains("<code>cache.align-scratch-location</code>"), whatIf);
		assertTrue(whatIf.contains("Remediation plan (1 steps)"), whatIf);
		assertTrue(whatIf.contains("<pre>"), "the script");
	}

	/**
	 * Debian's Chromium, headless and with every name resolving nowhere, prints the report of the sample with the
	 * most findings to PNG and PDF in one run, and reports nothing on its console: were the page to load anything, the
	 * Content-Security-Policy would block it and say so there. CI installs chromium (.ci/run); without it this test
	 * fails.
	 */
	@Test
	void chromiumRendersTheReportToPngAndPdf(@TempDir Path temp) throws IOException, InterruptedException {
		Path page = temp.resolve("report.html");
		CliRun run = CliRun.of("analyze", RepoFiles.resolve("samples/broken-scheduling").toString(), "--format",
				"html", "--out", page.toString());
		assertTrue(run.exitCode() <= 1, run.err());
		Path png = temp.resolve("report.png");
		Path pdf = temp.resolve("report.pdf");
		Process chromium = new ProcessBuilder(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
				"--no-first-run", "--no-default-browser-check", "--enable-logging=stderr", "--user-data-dir=" + temp.resolve("profile"),
				"--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1280,2400",
				"--screenshot=" + png, "--print-to-pdf=" + pdf, page.toUri().toString()))
				.redirectErrorStream(true).redirectOutput(temp.resolve("chromium.log").toFile()).start();
		assertTrue(chromium.waitFor(180, TimeUnit.SECONDS), "chromium did not finish");
		String log = Files.readString(temp.resolve("chromium.log"), StandardCharsets.ISO_8859_1);
		assertEquals(0, chromium.exitValue(), log);
		assertTrue(Files.size(png) > 10_000, "PNG of " + Files.size(png) + " bytes\n" + log);
		byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
		assertEquals("%PDF-", new String(head, StandardCharsets.ISO_8859_1), log);
		assertTrue(Files.size(pdf) > 10_000, "PDF of " + Files.size(pdf) + " bytes");
		// a load the policy blocked, or a style or script it refused, shows as a console message
		assertFalse(log.contains("Content Security Policy") || log.contains(":CONSOLE"), log);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
				.replace("'", "&#39;");
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}
}
