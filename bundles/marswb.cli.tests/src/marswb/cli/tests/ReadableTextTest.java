package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The texts people read name things by their display names and write values as people read them: sizes in GB, times
 * in the server's local time with UTC beside, enumerations and yes/no as words. The JSON keeps the model's names and
 * values. The samples' server is at UTC+08:00. English; ChineseReportsTest has the Chinese.
 */
@DisabledIf("chinese")
class ReadableTextTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	/** A row labelled with a model feature's name, such as {@code  localUtcOffsetMinutes  480}, not iSCSI. */
	private static final Pattern MODEL_NAME_LABEL = Pattern.compile("^ {2,4}[a-z]+([A-Z][a-z0-9]+)+\\s.*");

	static boolean chinese() {
		return ChineseReportsTest.chinese();
	}

	private static String sample(String name) {
		return RepoFiles.resolve("samples/" + name).toString();
	}

	@ParameterizedTest
	@MethodSource("marswb.cli.tests.ShowCommandTest#samples")
	void showLabelsNoRowWithAModelName(Path sample) {
		CliRun run = CliRun.of("show", sample.toString());
		assertEquals(0, run.exitCode(), run.err());
		List<String> modelNames = run.out().lines().filter(l -> MODEL_NAME_LABEL.matcher(l).matches()).toList();
		assertTrue(modelNames.isEmpty(), String.join("\n", modelNames));
	}

	@Test
	void showWritesTimesLocallyWithUtcAndSizesInGb() {
		String out = CliRun.of("show", sample("broken-cache-encryption")).out();
		assertTrue(out.contains("\n  Collected                    2026-11-20 16:15:02 (UTC+08:00) \u00b7 08:15:02 UTC\n"),
				out);
		String job = out.lines().filter(l -> l.startsWith("    Backup ")).findFirst().orElseThrow();
		assertTrue(job.matches(" +Backup +Failed, 2026-11-19 22:00:04 \\(UTC\\+08:00\\) \u00b7 14:00:04 UTC, 0x1FC07 .*"),
				job);
		assertTrue(out.contains("\n  Jobs by state                Failed: 1\n"), out);
		assertTrue(out.contains("last 2026-11-19 22:00:06 (UTC+08:00) \u00b7 14:00:06 UTC"), out);
		String volume = out.lines().filter(l -> l.startsWith("  Volume E:")).findFirst().orElseThrow();
		assertTrue(volume.matches(".* NTFS Fixed \\d+\\.\\d MB \\(\\d+\\.\\d MiB\\) free of 21\\.3 GB \\(19\\.9 GiB\\) .*"),
				volume);
		assertTrue(out.contains("\n  System state protected       yes\n"), out);
	}

	@Test
	void withoutAManifestTheServersOffsetIsUnknownAndTimesSaySo() {
		String out = CliRun.of("show", sample("loose-hand-gathered")).out();
		assertTrue(out.matches("(?s).*\n  Collected +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC "
				+ "\\(UTC offset of the server not known\\) \\(inferred\\)\n.*"), out);
		assertFalse(out.contains("(UTC+"), out);
	}

	@Test
	void showJsonKeepsTheModelsNamesAndValues() throws IOException {
		String text = CliRun.of("show", sample("broken-cache-encryption"), "--format", "json").out();
		JsonNode server = JSON.readTree(text).get("server");
		assertEquals(480, server.get("localUtcOffsetMinutes").asInt());
		assertTrue(server.get("volumes").get(0).get("size").isIntegralNumber(), server.get("volumes").toString());
		assertEquals("2026-11-19T14:00:04Z", server.get("jobs").get(0).get("startTime").asText());
		assertTrue(server.get("policy").get("systemStateProtected").isBoolean());
		assertTrue(server.get("volumes").get(0).has("sizeRemaining"), "the model's name, not Free space");
		// the bundle's own texts may say "free space"; the readable forms of a time and a size are ours alone
		for (String readable : List.of(" \u00b7 ", " GB (")) {
			assertFalse(text.contains(readable), readable);
		}
	}

	@Test
	void analyzeWritesTheNewestJobsTimeLocallyWithUtc() {
		String out = CliRun.of("analyze", sample("healthy"), "--all").out();
		assertTrue(out.matches("(?s).*The newest backup job started at 2026-11-\\d\\d \\d\\d:\\d\\d:\\d\\d \\(UTC\\+08:00\\) "
				+ "\u00b7 (2026-11-\\d\\d )?\\d\\d:\\d\\d:\\d\\d UTC within the schedule.*"), out);
	}

	@Test
	void compareTextReadsNamesAndValuesWhileItsJsonKeepsTheModels() throws IOException {
		String healthy = sample("healthy");
		String broken = sample("broken-cache-encryption");
		String out = CliRun.of("compare", healthy, broken, "--all").out();
		assertFalse(out.contains("kekPresent"), out);
		List<String> lines = out.lines().toList();
		int kek = lines.indexOf("  DIFFERENT  Cache \u203a OnlineBackup.KEK present");
		assertTrue(kek > 0, out);
		assertTrue(lines.get(kek + 1).matches("\\s+left\\s+yes\\s+.*"), lines.get(kek + 1));
		assertTrue(lines.get(kek + 2).matches("\\s+right\\s+no\\s+.*"), lines.get(kek + 2));
		assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+(left|right)\\s+\\d+\\.\\d GB \\(\\d+\\.\\d GiB\\)\\s+.*")),
				out);
		assertTrue(lines.stream().anyMatch(l -> l.contains(" (UTC+08:00) \u00b7 ")), out);

		JsonNode differences = JSON.readTree(CliRun.of("compare", healthy, broken, "--format", "json").out())
				.get("differences");
		JsonNode kekJson = null;
		for (JsonNode difference : differences) {
			if ("kekPresent".equals(difference.path("feature").asText())) {
				kekJson = difference;
			}
		}
		assertTrue(kekJson != null, differences.toString());
		assertEquals("true", kekJson.get("left").get("value").asText());
		assertEquals("false", kekJson.get("right").get("value").asText());
	}
}
