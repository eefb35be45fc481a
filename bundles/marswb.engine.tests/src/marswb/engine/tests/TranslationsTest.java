package marswb.engine.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text exists in English and Simplified Chinese: for each messages.properties / plugin.properties (or other
 * base file with a _zh_CN sibling) of every bundle, the same keys with the same placeholders, and the Chinese file
 * escaped to ASCII (Eclipse NLS reads .properties as ISO-8859-1).
 */
class TranslationsTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

	@Test
	void everyKeyExistsInBothLanguagesWithTheSamePlaceholders() throws IOException {
		Path bundles = Path.of(System.getProperty("marswb.repo")).resolve("bundles");
		List<String> problems = new ArrayList<>();
		int pairs = 0;
		try (Stream<Path> files = Files.walk(bundles)) {
			for (Path chinese : files.filter(p -> p.toString().endsWith("_zh_CN.properties"))
					.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/")).toList()) {
				Path english = chinese.resolveSibling(chinese.getFileName().toString().replace("_zh_CN", ""));
				pairs++;
				if (!Files.exists(english)) {
					problems.add(english + " missing");
					continue;
				}
				byte[] raw = Files.readAllBytes(chinese);
				for (byte b : raw) {
					if (b < 0) {
						problems.add(chinese + " has non-ASCII bytes: escape them as \\uXXXX");
						break;
					}
				}
				Properties en = load(english);
				Properties zh = load(chinese);
				Set<String> keys = new TreeSet<>(en.stringPropertyNames());
				keys.addAll(zh.stringPropertyNames());
				for (String key : keys) {
					if (!en.containsKey(key) || !zh.containsKey(key)) {
						problems.add(bundles.relativize(chinese) + ": " + key + " is not in both languages");
					} else if (!placeholders(en.getProperty(key)).equals(placeholders(zh.getProperty(key)))) {
						problems.add(bundles.relativize(chinese) + ": " + key + " has other placeholders in Chinese");
					} else if (zh.getProperty(key).equals(en.getProperty(key)) && hasLetters(en.getProperty(key))
							&& !isName(en.getProperty(key))) {
						problems.add(bundles.relativize(chinese) + ": " + key + " is not translated");
					}
				}
			}
		}
		assertTrue(pairs >= 4, "too few translated files found: " + pairs);
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	void everyMessagesFileHasItsChineseTwin() throws IOException {
		Path bundles = Path.of(System.getProperty("marswb.repo")).resolve("bundles");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(bundles)) {
			files.filter(p -> p.getFileName().toString().equals("messages.properties")
					|| p.getFileName().toString().equals("plugin.properties"))
					.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/"))
					.filter(p -> !p.toString().contains(".tests/"))
					.filter(p -> !Files.exists(p.resolveSibling(p.getFileName().toString().replace(".properties",
							"_zh_CN.properties"))))
					.forEach(p -> missing.add(bundles.relativize(p).toString()));
		}
		missing.removeIf(p -> p.startsWith("marswb.model/") || p.startsWith("marswb.bundle/")
				|| p.startsWith("marswb.tests.support/"));
		assertTrue(missing.isEmpty(), "no Chinese twin: " + missing);
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
		}
		return properties;
	}

	private static Set<String> placeholders(String text) {
		Set<String> result = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			result.add(matcher.group(1));
		}
		return result;
	}

	private static boolean hasLetters(String text) {
		return text.chars().anyMatch(Character::isLetter);
	}

	/** Product names, identifiers and error names stay as they are in every language. */
	private static boolean isName(String text) {
		return !text.contains(" ") || text.startsWith("MARS Support Workbench") || text.matches("[A-Za-z.\\\\ ]+")
				&& text.split(" ").length <= 3;
	}
}
