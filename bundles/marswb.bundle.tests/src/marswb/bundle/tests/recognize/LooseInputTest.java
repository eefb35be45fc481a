package marswb.bundle.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.bundle.tests.Fixtures;
import marswb.model.provenance.ArtifactPaths;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Server;

/**
 * Input without a manifest: every sample's files renamed at random and placed at random depths in folders, zips,
 * zips in zips and tar.gz files are recognized as the artifacts they are; hostile containers are refused and named.
 */
class LooseInputTest {

	private static final long COLLECTED = 1_763_626_502_000L; // 2025-11-20T08:15:02Z
	private static final String[] EXTENSIONS = { ".txt", ".dat", ".log", "", ".out" };

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "healthy", "broken-scheduling", "broken-cache-encryption",
			"broken-registration-connectivity" })
	void everySampleFileIsRecognizedUnderAnyNameAtAnyDepth(String sample) throws IOException, BundleOpenException {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		Path v1 = Fixtures.repo("samples/" + sample);
		Server expected = BundleReader.read(v1);
		Path loose = Files.createDirectories(temp.resolve("case"));
		Map<String, byte[]> zipped = new LinkedHashMap<>();
		Map<String, byte[]> nested = new LinkedHashMap<>();
		Map<String, byte[]> tarred = new LinkedHashMap<>();
		for (Path file : files(v1)) {
			String relative = v1.relativize(file).toString();
			if (relative.equals("manifest.json")) {
				continue;
			}
			// one number says too little to be recognized by content: that file is found by its name only
			String name = relative.endsWith("windows-temp-tmp-count.txt") ? "windows-temp-tmp-count.txt"
					: randomName(random, file, relative);
			byte[] bytes = Files.readAllBytes(file);
			switch (random.nextInt(4)) {
			case 0 -> zipped.put(name, bytes);
			case 1 -> nested.put(name, bytes);
			case 2 -> tarred.put(name, bytes);
			default -> {
				Path target = loose.resolve(name);
				Files.createDirectories(target.getParent());
				Files.write(target, bytes);
				Files.setLastModifiedTime(target, FileTime.fromMillis(COLLECTED));
			}
			}
		}
		Path inner = LooseInputs.zip(temp.resolve("inner.zip"), nested, COLLECTED);
		zipped.put("deeper/Temp-copy.zip", Files.readAllBytes(inner));
		LooseInputs.zip(Files.createDirectories(loose.resolve("from-customer")).resolve("Temp.zip"), zipped, COLLECTED);
		LooseInputs.tar(loose.resolve("collector.tar.gz"), tarred, COLLECTED, List.of());

		Server actual = BundleReader.read(loose);
		String context = sample + " (seed " + seed + ")";
		Map<String, Artifact> got = byPath(actual);
		for (Artifact artifact : expected.getArtifacts()) {
			String path = artifact.getPath();
			if (path.equals("manifest.json") || artifact.getStatus() == ArtifactStatus.MISSING
					|| artifact.getStatus() == ArtifactStatus.FAILED) {
				continue;
			}
			String glob = wildcardGlob(path);
			if (glob == null) {
				Artifact read = got.get(path);
				assertNotNull(read, path + " not recognized in " + context);
				// without a manifest the server's UTC offset is unknown, which policy times note
				if (read.getMessage() == null || !read.getMessage().contains("no UTC offset")) {
					assertEquals(artifact.getStatus(), read.getStatus(),
							path + " in " + context + ": " + read.getMessage());
				}
				assertNotNull(read.getRecognition(), path);
			} else {
				long count = count(expected, glob);
				assertEquals(count, count(actual, glob), glob + " in " + context);
			}
		}
		assertEquals(expected.getOperatingSystem() == null ? null : expected.getOperatingSystem().getHostName(),
				actual.getHostName(), context);
		assertEquals(COLLECTED, actual.getCollectedAtUtc().getTime(), context);
		assertTrue(actual.getInferred().containsAll(List.of("host", "collectedAtUtc")), context);
		assertEquals(expected.getJobs().size(), actual.getJobs().size(), context);
		assertEquals(expected.getTasks().size(), actual.getTasks().size(), context);
	}

	@Test
	void oneRegExportWithSeveralKeysFeedsEachArtifact() throws IOException, BundleOpenException {
		String agent = utf16(Fixtures.repo("samples/healthy/agent/registry.reg"));
		String dotnet = utf16(Fixtures.repo("samples/healthy/system/dotnet-ndp.reg"));
		String both = agent + dotnet.substring(dotnet.indexOf('['));
		Path loose = Files.createDirectories(temp.resolve("hand"));
		Files.write(loose.resolve("MARS_Registry.txt"), Fixtures.utf16le(both));
		Map<String, Artifact> artifacts = byPath(BundleReader.read(loose));
		for (String path : List.of("agent/registry.reg", "system/dotnet-ndp.reg")) {
			Artifact artifact = artifacts.get(path);
			assertEquals(ArtifactStatus.OK, artifact.getStatus(), path + ": " + artifact.getMessage());
			assertEquals("MARS_Registry.txt", artifact.getSource());
		}
		assertEquals("key HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup",
				artifacts.get("agent/registry.reg").getRecognition());
	}

	@Test
	void logLinesMoveAnEarlyFileTimeLaterButNotIntoAnotherYear() throws IOException, BundleOpenException {
		Path loose = Files.createDirectories(temp.resolve("stale"));
		// copied on 11/10, yet the agent logged until 11/19 22:00 server time; 12/25 is last year's
		Path log = Files.write(loose.resolve("CBEngineCurr.txt"), Fixtures.utf16le("""
				0F3C	1A2C	12/25	09:00:00.000	01	cbengine.cpp(318)	[000001D2A4C3F2F0]	00000000-0000-0000-0000-000000000000		NORMAL	Last year
				0F3C	1B80	11/19	22:00:04.118	18	jobmanager.cpp(1042)	[000001D2A4C3F5D0]	963538F2-9A07-4A38-A722-BBF80A306B44		NORMAL	Starting scheduled backup
				"""));
		Files.setLastModifiedTime(log, FileTime.from(Instant.parse("2026-11-10T00:00:00Z")));
		Server server = BundleReader.read(loose);
		assertEquals(Instant.parse("2026-11-19T08:00:04Z"), server.getCollectedAtUtc().toInstant());
		assertTrue(byPath(server).get("manifest.json").getRecognition()
				.contains("later than a log line of CBEngineCurr.txt 11/19 22:00:04, less 14 hours"),
				byPath(server).get("manifest.json").getRecognition());
	}

	@Test
	void theNewerOfTwoCandidatesWinsAndTheOtherIsListed() throws IOException, BundleOpenException {
		Path loose = Files.createDirectories(temp.resolve("two"));
		byte[] systeminfo = Files.readAllBytes(Fixtures.repo("samples/healthy/system/systeminfo.csv"));
		Files.write(loose.resolve("old.csv"), systeminfo);
		Files.setLastModifiedTime(loose.resolve("old.csv"), FileTime.fromMillis(COLLECTED - 86_400_000L));
		Files.write(loose.resolve("new.csv"), systeminfo);
		Files.setLastModifiedTime(loose.resolve("new.csv"), FileTime.fromMillis(COLLECTED));
		Map<String, Artifact> artifacts = byPath(BundleReader.read(loose));
		assertEquals("new.csv", artifacts.get("system/systeminfo.csv").getSource());
		assertEquals("recognized as system/systeminfo.csv, not read: new.csv is newer",
				artifacts.get("old.csv").getMessage());
	}

	@Test
	void filesNotRecognizedAreListedAndEventLogsSayHowToExportThem() throws IOException, BundleOpenException {
		Path loose = Files.createDirectories(temp.resolve("misc"));
		Files.write(loose.resolve("screenshot.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 });
		Files.write(loose.resolve("Application.evtx"), "ElfFile\0\0\0\0\0".getBytes(StandardCharsets.US_ASCII));
		Map<String, Artifact> artifacts = byPath(BundleReader.read(loose));
		assertEquals("not recognized", artifacts.get("screenshot.png").getMessage());
		assertNull(artifacts.get("screenshot.png").getRecognition());
		assertTrue(artifacts.get("Application.evtx").getMessage().contains("Get-WinEvent -Path"));
		// no evidence, so no manifest made from it either: the input reads as holding nothing
		assertEquals(ArtifactStatus.MISSING, artifacts.get("manifest.json").getStatus());
		assertTrue(artifacts.values().stream().noneMatch(a -> a.isKnownFormat() && a.getStatus() == ArtifactStatus.OK));
	}

	@Test
	void aBundleWrappedInAFolderAndAZipIsReadWithItsOwnManifest() throws IOException, BundleOpenException {
		Path v1 = Fixtures.repo("samples/healthy");
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (Path file : files(v1)) {
			entries.put("outer/healthy/" + v1.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
		}
		Path zip = LooseInputs.zip(temp.resolve("again.zip"), entries, COLLECTED);
		Server expected = BundleReader.read(v1);
		Server wrapped = BundleReader.read(zip);
		assertEquals(expected.getHostName(), wrapped.getHostName());
		assertEquals(expected.getCollectedAtUtc(), wrapped.getCollectedAtUtc());
		assertTrue(wrapped.getInferred().isEmpty());
		assertEquals(statuses(expected), statuses(wrapped));
	}

	@Test
	void hostileContainersAreRefusedAndNamed() throws IOException, BundleOpenException {
		Path loose = Files.createDirectories(temp.resolve("hostile"));
		// a bomb inside a zip inside a zip
		byte[] zeros = new byte[20 << 20];
		Path bomb = LooseInputs.zip(temp.resolve("bomb.zip"), Map.of("zeros.txt", zeros), COLLECTED);
		LooseInputs.zip(loose.resolve("nested-bomb.zip"), Map.of("bomb.zip", Files.readAllBytes(bomb)), COLLECTED);
		// a tar.gz bomb: the gzip stream declares no sizes
		LooseInputs.tar(loose.resolve("bomb.tar.gz"), Map.of("zeros.txt", zeros), COLLECTED, List.of());
		// names that leave the folder, links and devices
		TarArchiveEntry link = new TarArchiveEntry("link", TarConstants.LF_SYMLINK);
		link.setLinkName("/etc/passwd");
		TarArchiveEntry hard = new TarArchiveEntry("hard", TarConstants.LF_LINK);
		hard.setLinkName("tzutil.txt");
		TarArchiveEntry device = new TarArchiveEntry("dev", TarConstants.LF_CHR);
		LooseInputs.tar(loose.resolve("evil.tar"), Map.of("../escape.txt", "UTC".getBytes(StandardCharsets.US_ASCII),
				"/abs.txt", "UTC".getBytes(StandardCharsets.US_ASCII)), COLLECTED, List.of(link, hard, device));
		// four archives deep
		Path level = LooseInputs.zip(temp.resolve("d.zip"), Map.of("tzutil.txt", "UTC".getBytes(StandardCharsets.US_ASCII)),
				COLLECTED);
		for (String name : List.of("c.zip", "b.zip")) {
			level = LooseInputs.zip(temp.resolve(name), Map.of(level.getFileName().toString(), Files.readAllBytes(level)),
					COLLECTED);
		}
		LooseInputs.zip(loose.resolve("a.zip"), Map.of("b.zip", Files.readAllBytes(level)), COLLECTED);

		Map<String, Artifact> artifacts = byPath(BundleReader.read(loose));
		assertRefused(artifacts, "nested-bomb.zip!/bomb.zip!/zeros.txt", "compression ratio");
		assertRefused(artifacts, "bomb.tar.gz", "compression ratio limit");
		assertRefused(artifacts, "evil.tar!/../escape.txt", "path leaves the bundle");
		assertRefused(artifacts, "evil.tar!/abs.txt", "absolute path");
		assertRefused(artifacts, "evil.tar!/link", "link to /etc/passwd");
		assertRefused(artifacts, "evil.tar!/hard", "link to tzutil.txt");
		assertRefused(artifacts, "evil.tar!/dev", "device or pipe entry");
		assertRefused(artifacts, "a.zip!/b.zip!/c.zip!/d.zip", "archive nested deeper than 3 levels");
	}

	private static void assertRefused(Map<String, Artifact> artifacts, String name, String reason) {
		Artifact artifact = artifacts.get(name);
		assertNotNull(artifact, name + " not listed; listed: " + artifacts.keySet());
		assertEquals(ArtifactStatus.UNREADABLE, artifact.getStatus(), name);
		assertTrue(artifact.getMessage().startsWith("refused: ") && artifact.getMessage().contains(reason),
				name + ": " + artifact.getMessage());
	}

	/** A random name and folder, keeping only what a recognizer cannot see anyway: nothing. */
	private static String randomName(Random random, Path file, String relative) {
		StringBuilder name = new StringBuilder();
		for (int depth = random.nextInt(3); depth > 0; depth--) {
			name.append("d").append(random.nextInt(1000)).append('/');
		}
		// logs keep their base name: the log summary is per file, and its name is what the checks report
		String base = relative.endsWith(".errlog") || relative.contains("LastBackupFailedFiles")
				|| relative.endsWith(".VaultCredentials") || relative.startsWith("tasks/")
						? file.getFileName().toString().replaceFirst("\\.[^.]*$", "")
						: "f" + Long.toHexString(random.nextLong());
		return name.append(base).append(EXTENSIONS[random.nextInt(EXTENSIONS.length)]).toString();
	}

	private static String wildcardGlob(String path) {
		return Stream.of("agent/logs/*.errlog", "agent/failed-files/LastBackupFailedFiles*.txt",
				"agent/vault-credentials/*.VaultCredentials", "tasks/*.xml")
				.filter(glob -> ArtifactPaths.matches(glob, path)).findFirst().orElse(null);
	}

	private static long count(Server server, String glob) {
		return server.getArtifacts().stream().filter(a -> ArtifactPaths.matches(glob, a.getPath()))
				.filter(a -> a.getStatus() != ArtifactStatus.MISSING).count();
	}

	private static String utf16(Path reg) throws IOException {
		byte[] bytes = Files.readAllBytes(reg);
		return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static Map<String, Artifact> byPath(Server server) {
		return server.getArtifacts().stream().collect(Collectors.toMap(Artifact::getPath, Function.identity()));
	}

	private static Map<String, ArtifactStatus> statuses(Server server) {
		Map<String, ArtifactStatus> result = new LinkedHashMap<>();
		server.getArtifacts().forEach(a -> result.put(a.getPath(), a.getStatus()));
		return result;
	}
}
