package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import marswb.report.MarkdownReport;

/**
 * The three outputs to send, in Chinese, on every sample, and the HTML report as a browser prints it. NLS reads its
 * language when a bundle's texts load, so this class runs in a framework started with {@code -nl zh_CN} (the
 * reports-zh execution in this module's pom), as {@code ./marswb analyze --lang zh-CN} starts one; in the English run
 * it is skipped.
 */
@EnabledIf("chinese")
class ChineseReportsTest {

	private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
	private static final ObjectMapper JSON = new ObjectMapper();

	static boolean chinese() {
		return Locale.getDefault().getLanguage().equals("zh");
	}

	static Stream<Path> samples() throws IOException {
		return ShowCommandTest.samples();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void htmlSpeaksChineseWithTheSameFindings(Path sample) throws IOException {
		CliRun html = CliRun.of("analyze", sample.toString(), "--format", "html", "--lang", "zh-CN");
		assertTrue(html.exitCode() <= 1, html.err());
		String page = html.out();
		assertTrue(page.contains("<html lang=\"zh-CN\">"), page.substring(0, 200));
		for (String section : new String[] { "summary", "charts", "artifacts", "configuration" }) {
			int at = page.indexOf("<section id=\"" + section + "\"><h2>");
			assertTrue(at > 0, section);
			String heading = page.substring(at, page.indexOf("</h2>", at));
			assertTrue(CJK.matcher(heading).find(), heading);
		}
		JsonNode analysis = JSON.readTree(CliRun.of("analyze", sample.toString(), "--format", "json").out());
		for (JsonNode finding : analysis.get("findings")) {
			String outcome = finding.get("outcome").asText();
			if (outcome.equals("FAIL") || outcome.equals("WARN")) {
				assertTrue(page.contains(HtmlReportCommandTest.escape(finding.get("title").asText())),
						finding.get("title").asText());
			}
		}
	}

	/**
	 * The Chinese report as Chromium prints it, checked as the English one is (every FAIL and WARN title in the PDF's
	 * text, no request, a quiet console), and drawn with a font that has Chinese glyphs: pdftotext reads the
	 * characters back even where the page shows boxes. Without such a font this is skipped, except in CI, which
	 * installs fonts-noto-cjk (.ci/run).
	 */
	@ParameterizedTest
	@MethodSource("samples")
	void chromiumPrintsTheChineseReportInChineseGlyphs(Path sample, @TempDir Path temp)
			throws IOException, InterruptedException {
		Set<String> chinese = Chromium.chineseFonts();
		if (chinese.isEmpty()) {
			String missing = "no font for Chinese is installed (apt-get install fonts-noto-cjk)";
			assertFalse("true".equals(System.getenv("CI")), missing + ", which .ci/run installs in CI");
			Assumptions.abort(missing + ": the printed Chinese report is not checked");
		}
		Chromium.Rendering rendering = HtmlReportCommandTest.renderedWithEveryProblem(sample, temp, "--lang", "zh-CN");
		Set<String> printedWith = rendering.fonts();
		assertTrue(printedWith.stream().anyMatch(chinese::contains),
				"the report is printed with " + printedWith + ", none of the Chinese fonts " + chinese);
		HtmlReportCommandTest.keepForTheReadme(sample, rendering, "report-broken-scheduling-zh.png");
	}

	/** The glyph check sees boxes: a Chinese page printed by a browser whose fontconfig knows only DejaVu. */
	@Test
	void theGlyphCheckSeesAPageWithoutAChineseFont(@TempDir Path temp) throws IOException, InterruptedException {
		Path page = temp.resolve("boxes.html");
		Files.writeString(page, "<!DOCTYPE html><html lang=\"zh-CN\"><body><p>代理程序</p></body></html>",
				StandardCharsets.UTF_8);
		Path config = temp.resolve("fonts.conf");
		Files.writeString(config, "<?xml version=\"1.0\"?><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir>"
				+ "<cachedir>" + temp.resolve("fontconfig") + "</cachedir></fontconfig>", StandardCharsets.UTF_8);
		Chromium.Rendering rendering = Chromium.render(page, temp, Map.of("FONTCONFIG_FILE", config.toString()));
		assertTrue(rendering.pdfText().contains("程序"), "the text is there, drawn or not");
		assertTrue(rendering.fonts().stream().noneMatch(Chromium.chineseFonts()::contains),
				rendering.fonts().toString());
	}

	@ParameterizedTest
	@MethodSource("samples")
	void sarifNamesTheRulesInChinese(Path sample) throws IOException {
		CliRun run = CliRun.of("analyze", sample.toString(), "--format", "sarif", "--lang", "zh-CN");
		assertTrue(run.exitCode() <= 1, run.err());
		JsonNode rules = JSON.readTree(run.out()).at("/runs/0/tool/driver/rules");
		assertTrue(rules.size() > 0);
		assertTrue(CJK.matcher(rules.get(0).at("/shortDescription/text").asText()).find(), rules.get(0).toString());
		SarifAndMarkdownCommandTest.keepForTheFullSchema(sample, "zh-CN", run.out());
	}

	@ParameterizedTest
	@MethodSource("samples")
	void markdownStaysUnderItsLimitInChinese(Path sample) {
		CliRun run = CliRun.of("analyze", sample.toString(), "--format", "markdown", "--lang", "zh-CN");
		assertTrue(run.exitCode() <= 1, run.err());
		byte[] bytes = run.out().getBytes(StandardCharsets.UTF_8);
		assertTrue(bytes.length < MarkdownReport.LIMIT, bytes.length + " bytes");
		assertTrue(CJK.matcher(run.out()).find(), run.out());
	}

	/** show and compare write their names and values in Chinese; times keep their one form, local then UTC. */
	@Test
	void showAndCompareReadInChinese() {
		String broken = RepoFiles.resolve("samples/broken-cache-encryption").toString();
		String show = CliRun.of("show", broken, "--lang", "zh-CN").out();
		assertTrue(show.contains("2026-11-20 16:15:02 (UTC+08:00) \u00b7 08:15:02 UTC"), show);
		// yes as \u662f
		assertTrue(show.contains("\n  \u4fdd\u62a4\u7cfb\u7edf\u72b6\u6001                 \u662f\n"), show);
		assertTrue(show.contains(" 2026-11-19 22:00:04 (UTC+08:00) \u00b7 14:00:04 UTC, 0x1FC07 "), show);
		String compare = CliRun.of("compare", RepoFiles.resolve("samples/healthy").toString(), broken, "--lang",
				"zh-CN").out();
		assertTrue(compare.contains(" \u203a OnlineBackup.KEK \u5b58\u5728\n"), compare);
		assertTrue(compare.lines().anyMatch(l -> l.matches("\\s+\\S+\\s+\u662f\\s+.*")), "yes as \u662f: " + compare);
	}
}
