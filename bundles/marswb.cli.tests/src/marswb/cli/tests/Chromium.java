package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Debian's headless Chromium printing a local page to PNG and PDF, with its console and network log. */
final class Chromium {

	/**
	 * What one run left: the pictures, the console, and the URLs of the requests the page started. Chromium's own
	 * background requests (its clock, spelling dictionary, account check) carry no initiator, which the network log
	 * writes as "not an origin"; a file page's requests carry its opaque origin, "null".
	 */
	record Rendering(Path png, Path pdf, String log, List<String> pageRequests) {

		/** The PDF's text in reading order (poppler's pdftotext). */
		String pdfText() throws IOException, InterruptedException {
			Path text = pdf.resolveSibling(pdf.getFileName() + ".txt");
			Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString())
					.redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext did not finish");
			assertEquals(0, process.exitValue(), output);
			return Files.readString(text, StandardCharsets.UTF_8);
		}

		/**
		 * The PostScript names of the fonts the PDF embeds, without their subset tag. Chromium writes a CFF font, as
		 * Noto CJK is, as Type 3 glyphs that pdffonts lists nameless; their descriptors keep the name.
		 */
		Set<String> fonts() throws IOException {
			Matcher name = FONT_NAME.matcher(Files.readString(pdf, StandardCharsets.ISO_8859_1));
			Set<String> fonts = new TreeSet<>();
			while (name.find()) {
				fonts.add(name.group(1));
			}
			return fonts;
		}
	}

	private static final Pattern FONT_NAME = Pattern.compile("/FontName\\s*/(?:[A-Z]{6}\\+)?([^\\s/<>\\[\\]()]+)");

	private Chromium() {
	}

	static Rendering render(Path page, Path temp) throws IOException, InterruptedException {
		return render(page, temp, Map.of());
	}

	/** @param environment what to change in the browser's environment (its fontconfig file) */
	static Rendering render(Path page, Path temp, Map<String, String> environment)
			throws IOException, InterruptedException {
		String name = page.getFileName().toString();
		Path png = temp.resolve(name + ".png");
		Path pdf = temp.resolve(name + ".pdf");
		Path netLog = temp.resolve(name + ".netlog.json");
		Path log = temp.resolve(name + ".log");
		// names resolve nowhere and the proxy is a closed port, so even a request the checks missed reaches nothing
		ProcessBuilder browser = new ProcessBuilder(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
				"--no-first-run", "--no-default-browser-check", "--enable-logging=stderr",
				"--user-data-dir=" + temp.resolve(name + ".profile"), "--proxy-server=127.0.0.1:9",
				"--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=" + netLog, "--window-size=1280,2400",
				"--screenshot=" + png, "--print-to-pdf=" + pdf, page.toUri().toString()))
				.redirectErrorStream(true).redirectOutput(log.toFile());
		browser.environment().putAll(environment);
		Process chromium = browser.start();
		assertTrue(chromium.waitFor(180, TimeUnit.SECONDS), "chromium did not finish");
		String console = Files.readString(log, StandardCharsets.ISO_8859_1);
		assertEquals(0, chromium.exitValue(), console);
		return new Rendering(png, pdf, console, pageRequests(netLog, page));
	}

	private static List<String> pageRequests(Path netLog, Path page) throws IOException {
		JsonNode events = new ObjectMapper().readTree(netLog.toFile()).get("events");
		assertTrue(events != null && events.size() > 0, "an empty network log");
		List<String> requests = new ArrayList<>();
		String self = page.toUri().toString().replace("file:///", "file:/");
		for (JsonNode event : events) {
			JsonNode params = event.path("params");
			String url = params.path("url").asText(null);
			String initiator = params.path("initiator").asText(null);
			if (url != null && initiator != null && !initiator.equals("not an origin") && !requests.contains(url)
					&& !url.replace("file:///", "file:/").equals(self)) {
				requests.add(url);
			}
		}
		return requests;
	}

	/** The PostScript names of the fonts that fontconfig, which Chromium draws with, has for Simplified Chinese. */
	static Set<String> chineseFonts() throws IOException, InterruptedException {
		Process fcList = new ProcessBuilder("fc-list", ":lang=zh-cn", "postscriptname").redirectErrorStream(true)
				.start();
		String output = new String(fcList.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(fcList.waitFor(60, TimeUnit.SECONDS), "fc-list did not finish");
		assertEquals(0, fcList.exitValue(), output);
		Set<String> fonts = new TreeSet<>();
		output.lines().filter(line -> line.contains("=")).map(line -> line.substring(line.indexOf('=') + 1).strip())
				.forEach(fonts::add);
		return fonts;
	}

	/** Text as words: compatibility forms folded (a PDF may write "fi" as one ligature) and white space made one space. */
	static String words(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
	}
}
