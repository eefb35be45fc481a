package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The readable report as a new user reads it: quiet where nothing is wrong, every value readable, dates agreeing. */
class AnalyzeTextTest {

	private static final Pattern CODE = Pattern.compile("0x[0-9A-Fa-f]+|(?<![\\w.])\\d{3,6}(?![\\w.])");

	static Stream<Path> samples() throws IOException {
		return ShowCommandTest.samples();
	}

	private static String sample(String name) {
		return RepoFiles.resolve("samples/" + name).toString();
	}

	private static List<String> lines(CliRun run, String prefix) {
		return run.out().lines().filter(l -> l.startsWith(prefix)).toList();
	}

	@Test
	void passesAreCountedButListedOnlyWithAll() {
		CliRun quiet = CliRun.of("analyze", sample("healthy"));
		assertEquals(0, quiet.exitCode(), quiet.err());
		assertEquals(List.of(), lines(quiet, "  PASS"), quiet.out());
		Matcher passes = Pattern.compile(", (\\d+) PASS, ").matcher(quiet.out());
		assertTrue(passes.find(), quiet.out());
		assertTrue(quiet.out().contains(passes.group(1) + " PASS finding(s) are counted but not listed"), quiet.out());
		CliRun all = CliRun.of("analyze", sample("healthy"), "--all");
		assertEquals(Integer.parseInt(passes.group(1)), lines(all, "  PASS").size(), all.out());
	}

	@Test
	void checksWithoutTheirSubjectFoldIntoOneLinePerReason() {
		CliRun run = CliRun.of("analyze", sample("healthy"), "--all");
		assertTrue(run.out().lines().anyMatch(l -> l.startsWith("Summary: ") && l.endsWith(", 5 NOT_APPLICABLE")),
				run.out());
		List<String> folded = lines(run, "  5 checks not applicable: The bundle has no vault credentials file");
		assertEquals(1, folded.size(), run.out());
		assertFalse(run.out().contains("NOT_APPLICABLE  "), "never one line per check: " + run.out());
		assertTrue(run.out().contains("Checks: basics.reregistration-guidance, registration.agent-too-old-for-credentials"),
				run.out());
	}

	@Test
	void missingEvidenceNamesEachArtifactOnceWithTheChecksWaitingOnIt(@TempDir Path temp) throws IOException {
		Path bundle = copy(RepoFiles.resolve("samples/healthy"), temp.resolve("no-jobs"));
		Files.delete(bundle.resolve("agent/jobs.json"));
		Files.delete(bundle.resolve("agent/cloudbackup-events.csv"));
		CliRun run = CliRun.of("analyze", bundle.toString());
		assertEquals(0, run.exitCode(), run.err());
		String out = run.out();
		assertTrue(out.contains("\nMissing evidence\n"), out);
		String section = out.substring(out.indexOf("\nMissing evidence\n"));
		assertEquals(1, lines(run, "  agent/jobs.json (missing").size(), out);
		assertTrue(section.contains("Collect with: Get-OBJob -Previous 100"), section);
		assertTrue(section.contains("Waiting: ") && section.contains("jobs.scheduled-failing"), section);
		assertEquals(List.of(), lines(run, "  UNKNOWN"), "no missing artifact is repeated per check: " + out);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void titlesNeverRepeatOrStackTheirCodes(Path sample) {
		CliRun run = CliRun.of("analyze", sample.toString());
		for (String title : run.out().lines().filter(l -> l.matches("  (FAIL|WARN|ERROR|UNKNOWN) .*")).toList()) {
			assertFalse(title.matches(".*\\([^)]*\\)\\s*\\(.*"), "two codes side by side: " + title);
			List<String> codes = CODE.matcher(title).results().map(m -> m.group().toLowerCase()).toList();
			assertEquals(codes.stream().distinct().count(), codes.size(), "a code said twice: " + title);
		}
	}

	@Test
	void evidenceIsReadable() {
		CliRun scheduling = CliRun.of("analyze", sample("broken-scheduling"));
		assertFalse(scheduling.out().contains("hex(2):"), scheduling.out());
		assertTrue(scheduling.out().contains(
				"Evidence: system/environment.reg:27  %ProgramFiles%\\WindowsPowerShell\\Modules;"), scheduling.out());
		CliRun cache = CliRun.of("analyze", sample("broken-cache-encryption"));
		assertTrue(cache.out().contains(
				"Evidence: agent/scratch-listing.csv  the listing of E:\\MARSCache has 1 entry(ies), none named OnlineBackup.KEK"),
				cache.out());
	}

	@Test
	void aHotfixHasOneInstallDateInShowAndAnalyze() {
		// the zh-CN sample's CSV says 2026/11/12 0:00:00 in the server's time (UTC+08:00)
		CliRun show = CliRun.of("show", sample("broken-cache-encryption"));
		assertTrue(show.out().contains("newest KB5070884 installed 2026-11-12"), show.out());
		CliRun analyze = CliRun.of("analyze", sample("broken-cache-encryption"), "--all");
		assertTrue(analyze.out().contains("The newest installed update is KB5070884 of 2026-11-12,"), analyze.out());
	}

	@Test
	void showNamesTheLogEachErrorSignatureCameFrom() {
		CliRun show = CliRun.of("show", sample("broken-cache-encryption"));
		String line = show.out().lines().filter(l -> l.startsWith("    SalLowDiskSpace")).findFirst().orElseThrow();
		assertTrue(line.contains("first agent/logs/CBEngineCurr.errlog:4"), line);
		// the signatures follow the log files at their level, not under the last file
		List<String> lines = show.out().lines().toList();
		int signatures = lines.indexOf(lines.stream().filter(l -> l.startsWith("  Error signatures")).findFirst()
				.orElseThrow());
		assertTrue(lines.get(signatures - 1).startsWith("  agent/logs/"), show.out());
		assertTrue(lines.get(signatures + 1).startsWith("    "), show.out());
	}

	@Test
	void inputWithoutEvidenceIsRefusedWithWhatWasFound(@TempDir Path temp) throws IOException {
		Path emptyFolder = Files.createDirectory(temp.resolve("empty"));
		Path emptyZip = zip(temp.resolve("empty.zip"), RepoFiles.resolve("samples"), List.of());
		Path unrelated = Files.createDirectory(temp.resolve("unrelated"));
		Files.writeString(unrelated.resolve("readme.txt"), "hello");
		Path wrapped = zip(temp.resolve("healthy.zip"), RepoFiles.resolve("samples"),
				List.of(RepoFiles.resolve("samples/healthy")));
		assertRefused(emptyFolder, "the folder is empty");
		assertRefused(emptyZip, "the zip file is empty");
		assertRefused(unrelated, "the folder holds 1 file(s), none of them an artifact of a diagnostic bundle");
		// a bundle wrapped in a folder, as "Send to > Compressed (zipped) folder" makes it, is found and read
		CliRun analyzed = CliRun.of("analyze", wrapped.toString());
		assertEquals(0, analyzed.exitCode(), analyzed.err());
		assertTrue(analyzed.out().startsWith("MARS analysis of SRV-FILE01 "), analyzed.out());
		CliRun compare = CliRun.of("compare", sample("healthy"), emptyZip.toString());
		assertEquals(2, compare.exitCode(), compare.out());
		assertTrue(compare.err().contains("the zip file is empty"), compare.err());
	}

	private static void assertRefused(Path input, String says) {
		for (String command : List.of("analyze", "show")) {
			CliRun run = CliRun.of(command, input.toString());
			assertEquals(2, run.exitCode(), command + " " + input + ": " + run.out());
			assertEquals("", run.out(), command);
			assertTrue(run.err().contains(says), command + ": " + run.err());
		}
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		return to;
	}

	/** A zip of the folders {@code roots}, named relative to {@code base}, as Windows' "Send to" makes it. */
	private static Path zip(Path zip, Path base, List<Path> roots) throws IOException {
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Path root : roots) {
				try (Stream<Path> files = Files.walk(root)) {
					for (Path entry : files.filter(Files::isRegularFile).sorted().toList()) {
						out.putNextEntry(new ZipEntry(base.relativize(entry).toString().replace('\\', '/')));
						out.write(Files.readAllBytes(entry));
						out.closeEntry();
					}
				}
			}
		}
		return zip;
	}
}
