package marswb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import marswb.report.Html;

class HtmlReportTest {

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>");
	private static final Set<String> VOID = Set.of("meta", "br");

	private final String page = HtmlReport.render(Fixtures.report());

	@Test
	void everyValueFromTheBundleIsText() {
		// the page's own script is the only one; the hostile values show escaped
		assertEquals(1, count(page, "<script"), page);
		assertFalse(page.contains(Fixtures.HOSTILE));
		assertFalse(page.contains("<img"));
		assertTrue(page.contains("SRV&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
		assertTrue(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
		assertTrue(page.contains("2.0.9&lt;script&gt;"), "agent version");
		assertTrue(page.contains("0x80070002&lt;script&gt;"), "failed files chart label");
	}

	/** The template escapes every value but our own markup: the style, the script and the charts Charts escaped. */
	@Test
	void onlyOurOwnMarkupBypassesTheTemplatesEscaping() throws IOException {
		String template;
		try (InputStream in = HtmlReport.class.getResourceAsStream("/templates/report.ftlh")) {
			template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Set<String> raw = new TreeSet<>();
		Matcher unescaped = Pattern.compile("\\$\\{([^}?]+)\\?no_esc\\}").matcher(template);
		while (unescaped.find()) {
			raw.add(unescaped.group(1));
		}
		assertEquals(Set.of("style", "script", "jobsChart", "failedChart"), raw);
		assertFalse(template.contains("?no_esc") && template.replaceAll("\\$\\{[^}?]+\\?no_esc\\}", "")
				.contains("no_esc"), "no other form of unescaped output");
		for (String bypass : new String[] { "<#noautoesc", "<#outputformat", "?esc_markup", "markup_string" }) {
			assertFalse(template.contains(bypass), bypass);
		}
	}

	@Test
	void elementsAreBalanced() {
		Deque<String> open = new ArrayDeque<>();
		String body = page.replaceAll("(?s)<script>.*?</script>", "").replaceAll("(?s)<style>.*?</style>", "")
				.replace("<!DOCTYPE html>", "");
		Matcher tag = TAG.matcher(body);
		while (tag.find()) {
			String name = tag.group(2).toLowerCase();
			if (VOID.contains(name)) {
				continue;
			}
			if (tag.group(1).isEmpty()) {
				open.push(name);
			} else {
				assertEquals(open.isEmpty() ? "(nothing)" : open.peek(), name, "closing tag at " + tag.start());
				open.pop();
			}
		}
		assertTrue(open.isEmpty(), "unclosed " + open);
	}

	@Test
	void nothingLoadsAndOnlyTheOwnStyleAndScriptRun() {
		String policy = HtmlReport.contentSecurityPolicy();
		assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
				+ policy.replace("'", "&#39;") + "\">"), page.substring(0, 600));
		assertTrue(policy.startsWith("default-src 'none';"));
		assertFalse(policy.contains("unsafe"), policy);
		String style = between(page, "<style>", "</style>");
		String script = between(page, "<script>", "</script>");
		assertTrue(policy.contains("style-src '" + Html.cspHash(style) + "'"), "the style's hash");
		assertTrue(policy.contains("script-src '" + Html.cspHash(script) + "'"), "the script's hash");
		Matcher tag = TAG.matcher(page);
		while (tag.find()) {
			assertFalse(tag.group().contains(" src=") || tag.group().contains(" srcset="), tag.group());
		}
		for (String load : new String[] { "<link", "<iframe", "<object", "<img", "@import", "url(" }) {
			assertFalse(page.contains(load), load);
		}
		// without its script the page loses only the sorting: no element starts hidden
		assertFalse(page.contains("hidden"));
	}

	@Test
	void rootCausesComeFirstThenTheAreasWithEvidenceActionCausesAndArticle() {
		int summary = page.indexOf("id=\"summary\"");
		int roots = page.indexOf("id=\"root-causes\"");
		int area = page.indexOf("id=\"area-connectivity\"");
		assertTrue(summary > 0 && summary < roots && roots < area, "summary, root causes, areas");
		String rootSection = between(page, "id=\"root-causes\"", "</section>");
		assertTrue(rootSection.indexOf("Proxy blocks") < rootSection.indexOf("Backups fail"), rootSection);
		assertTrue(page.contains("<code>network/winhttp-proxy.txt:4</code> Proxy Server(s) :  &lt;script&gt;"));
		assertTrue(page.contains("href=\"#f-connectivity.proxy\""), "the symptom links its cause");
		assertTrue(page.contains("href=\"https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot"
				+ "#network-connectivity\""));
		assertTrue(page.contains("id=\"missing-evidence\"") && page.contains("<code>network/connectivity.csv</code>"));
		assertTrue(page.contains("id=\"not-applicable\"") && page.contains("the bundle has no vault credentials file"));
		assertFalse(page.contains("id=\"f-cache.space\""), "PASS is counted, not listed");
		assertTrue(page.contains("<pre>MARS configuration of SRV&lt;script&gt;"), "the appendix");
		assertTrue(page.contains(">partial<") && page.contains(">missing<"), "artifact read status");
		assertFalse(page.contains("id=\"what-if\""), "no what-if section without --fix");
		assertFalse(page.contains("class=\"what-if-banner\""), "nor the banner");
	}

	@Test
	void theChartsAreInlineSvgWithOneBarPerJobAndPerCode() {
		String jobs = between(page, "aria-label=\"Backup jobs over time\"", "</svg>");
		assertEquals(5, count(jobs, "<rect"), jobs);
		assertEquals(1, count(jobs, "fill=\"#c0392b\""), "one failed job in red");
		String failed = between(page, "aria-label=\"Failed files by error code\"", "</svg>");
		assertEquals(2, count(failed, "<rect"));
		assertTrue(failed.indexOf("0x80070005") < failed.indexOf("0x80070002"), "most first");
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		assertTrue(from >= 0, start);
		int to = text.indexOf(end, from + start.length());
		assertTrue(to >= 0, end);
		return text.substring(from + start.length(), to);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}
}
