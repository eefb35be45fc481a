package marswb.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every Chinese text of every bundle follows docs/glossary-zh-CN.md: the agent is 代理程序, a bare 代理 stands only
 * for a proxy, a service's start type is 启动类型, outcome, severity and job-state words are translated, and links go
 * to the Chinese page of the articles Microsoft publishes in Chinese.
 */
class GlossaryTest {

	/** Names that say "agent" without meaning the MARS agent in a sentence: they keep Microsoft's wording. */
	private static final Pattern NAMES_WITH_AGENT = Pattern.compile(
			"(Microsoft Azure )?Recovery Services? Agent|Management Agent|user[- ]agent", Pattern.CASE_INSENSITIVE);
	/** The word, not the bundle's folder agent/. */
	private static final Pattern AGENT = Pattern.compile("\\bagents?\\b(?!/)", Pattern.CASE_INSENSITIVE);
	private static final Pattern PROXY = Pattern.compile("\\bprox(y|ies)\\b", Pattern.CASE_INSENSITIVE);
	/** 代理 that is neither 代理程序 nor 代理服务器, nor part of the product's name or the console's "代理配置" page. */
	private static final Pattern BARE_DAILI = Pattern.compile("(?<!恢复服务)代理(?!程序|服务器|配置)");
	/** Quoted text is the agent's or Windows's own words and stays as they write it. */
	private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"|「[^」]*」|'[^']*'");
	private static final Pattern ENGLISH_WORDS = Pattern.compile(
			"\\b(FAIL|WARN|UNKNOWN|PASS|NOT_APPLICABLE|critical|high|medium|low|Failed)\\b");

	/** A link to one of the articles Microsoft publishes in Chinese that does not go to the Chinese page. */
	private static final Pattern ENGLISH_LINK = Pattern.compile("learn\\.microsoft\\.com/(en-us/)?azure/backup/"
			+ "(backup-azure-mars-troubleshoot|backup-azure-file-folder-backup-faq|backup-support-matrix-mars-agent)");

	@Test
	void everyChineseTextFollowsTheGlossary() throws IOException {
		Path repo = Path.of(System.getProperty("marswb.repo"));
		List<String> problems = new ArrayList<>();
		int texts = 0;
		for (Path chinese : chineseFiles(repo.resolve("bundles"))) {
			Properties zh = load(chinese);
			Properties en = load(chinese.resolveSibling(chinese.getFileName().toString().replace("_zh_CN", "")));
			String where = repo.relativize(chinese) + ": ";
			for (String key : zh.stringPropertyNames()) {
				texts++;
				problems.addAll(check(where + key, en.getProperty(key, ""), zh.getProperty(key)));
			}
		}
		assertTrue(texts > 1000, "too few Chinese texts found: " + texts);
		assertEquals("", String.join("\n", problems));
	}

	@Test
	void theRulesCatchWhatTheIssueReported() {
		// the sentence that made 代理 stand for both words
		assertEquals(List.of("k: a bare 代理 stands only for a proxy, in a text that does not speak of the agent: "
				+ "否则代理可能把代理程序引向错误的代理"), check("k", "otherwise the agent may be sent to the wrong proxy",
						"否则代理可能把代理程序引向错误的代理"));
		assertEquals(List.of("k: the agent is 代理程序: 代理版本",
				"k: a bare 代理 stands only for a proxy, in a text that does not speak of the agent: 代理版本"),
				check("k", "Agent version", "代理版本"));
		assertEquals(List.of(), check("k", "No proxy", "无代理"));
		assertEquals(List.of(), check("k", "No file in agent/vault-credentials/", "agent/vault-credentials/ 中没有文件"));
		assertEquals(List.of("k: 启动类型, not 启动模式: 启动模式 {0}"), check("k", "start type {0}", "启动模式 {0}"));
		assertEquals(List.of("k: outcome, severity and job-state words are translated: 有 FAIL"),
				check("k", "with FAIL", "有 FAIL"));
		assertEquals(List.of(), check("k", "Agent proxy", "代理程序的代理服务器"));
		assertEquals(1, check("k", "See https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#x",
				"参见 https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#x").size());
		assertEquals(List.of(), check("k", "In the agent console open Proxy Configuration",
				"在代理程序控制台中打开“代理配置”"));
		assertEquals(List.of(), check("k", "The agent reports \"Failed\"", "代理程序报告“Failed”"));
		assertEquals(List.of(), check("k", "service obengine (Microsoft Azure Recovery Services Agent)",
				"服务 obengine（Microsoft Azure 恢复服务代理）"));
	}

	private static List<String> check(String where, String english, String chinese) {
		List<String> problems = new ArrayList<>();
		boolean agent = AGENT.matcher(NAMES_WITH_AGENT.matcher(english).replaceAll("")).find();
		if (agent && !chinese.contains("代理程序")) {
			problems.add(where + ": the agent is 代理程序: " + chinese);
		}
		if (BARE_DAILI.matcher(chinese).find() && (agent || !PROXY.matcher(english).find())) {
			problems.add(where + ": a bare 代理 stands only for a proxy, in a text that does not speak of the agent: "
					+ chinese);
		}
		if (ENGLISH_LINK.matcher(chinese).find()) {
			problems.add(where + ": the article exists in Chinese: link to learn.microsoft.com/zh-cn/: " + chinese);
		}
		if (chinese.contains("启动模式")) {
			problems.add(where + ": 启动类型, not 启动模式: " + chinese);
		}
		if (ENGLISH_WORDS.matcher(QUOTED.matcher(chinese).replaceAll("")).find()) {
			problems.add(where + ": outcome, severity and job-state words are translated: " + chinese);
		}
		return problems;
	}

	private static List<Path> chineseFiles(Path bundles) throws IOException {
		try (Stream<Path> files = Files.walk(bundles)) {
			return files.filter(p -> p.getFileName().toString().endsWith("_zh_CN.properties"))
					.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/")).sorted()
					.toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			}
		}
		return properties;
	}
}
