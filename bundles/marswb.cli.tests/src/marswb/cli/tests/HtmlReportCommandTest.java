package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code analyze --format html} end to end on the samples, and each page rendered by a real browser. */
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
	 * Debian's Chromium, headless, prints each sample's report to PNG and PDF (see {@link #renderedWithEveryProblem}).
	 * CI installs chromium and poppler-utils (.ci/run); without them this test fails.
	 */
	@ParameterizedTest
	@MethodSource("samples")
	void chromiumRendersTheReportWithEveryProblemAndNoNetworkRequest(Path sample, @TempDir Path temp)
			throws IOException, InterruptedException {
		keepForTheReadme(sample, renderedWithEveryProblem(sample, temp), "report-broken-scheduling.png");
	}

	/** With -Dmarswb.screenshots=true, the rendering of samples/broken-scheduling becomes the README's screenshot. */
	static void keepForTheReadme(Path sample, Chromium.Rendering rendering, String screenshot) throws IOException {
		if (Boolean.getBoolean("marswb.screenshots") && sample.getFileName().toString().equals("broken-scheduling")) {
			Files.copy(rendering.png(), RepoFiles.resolve("docs/screenshots").resolve(screenshot),
					StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * The sample's report, with {@code options} (a language), as Chromium prints it. The page makes no network request
	 * (the browser's network log holds no request that the page started, other than the file itself), its console
	 * stays empty (a load or an inline style or script that the Content-Security-Policy refused would show there), and
	 * the text of the PDF, as poppler's pdftotext reads it, holds every FAIL and WARN finding's title.
	 */
	static Chromium.Rendering renderedWithEveryProblem(Path sample, Path temp, String... options)
			throws IOException, InterruptedException {
		Path page = temp.resolve("report.html");
		CliRun run = CliRun.of(Stream.concat(Stream.of("analyze", sample.toString(), "--format", "html", "--out",
				page.toString()), Stream.of(options)).toArray(String[]::new));
		assertTrue(run.exitCode() <= 1, run.err());
		Chromium.Rendering rendering = Chromium.render(page, temp);
		assertTrue(Files.size(rendering.png()) > 10_000, "PNG of " + Files.size(rendering.png()) + " bytes");
		byte[] head = Arrays.copyOf(Files.readAllBytes(rendering.pdf()), 5);
		assertEquals("%PDF-", new String(head, StandardCharsets.ISO_8859_1), rendering.log());
		assertFalse(rendering.log().contains("Content Security Policy") || rendering.log().contains(":CONSOLE"),
				rendering.log());
		assertEquals(List.of(), rendering.pageRequests(), "requests the page made");

		// without white space: a Chinese line may break between any two characters
		String printed = Chromium.words(rendering.pdfText()).replace(" ", "");
		String analysis = CliRun.of(Stream.concat(Stream.of("analyze", sample.toString(), "--format", "json"),
				Stream.of(options)).toArray(String[]::new)).out();
		for (JsonNode finding : JSON.readTree(analysis).get("findings")) {
			if (List.of("FAIL", "WARN").contains(finding.get("outcome").asText())) {
				String title = finding.get("title").asText();
				assertTrue(printed.contains(Chromium.words(title).replace(" ", "")), title + " is not in the printed report");
			}
		}
		return rendering;
	}

	/** The network check sees a page that loads something: the same browser run on a page with a remote image. */
	@Test
	void theNetworkCheckSeesARequestOfThePage(@TempDir Path temp) throws IOException, InterruptedException {
		Path page = temp.resolve("leak.html");
		Files.writeString(page, "<!DOCTYPE html><html><body><p>leak</p><img src=\"http://report.invalid/x.png\">"
				+ "</body></html>", StandardCharsets.UTF_8);
		assertEquals(List.of("http://report.invalid/x.png"), Chromium.render(page, temp).pageRequests());
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
