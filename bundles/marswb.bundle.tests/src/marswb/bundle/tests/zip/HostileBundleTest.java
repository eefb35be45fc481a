package marswb.bundle.tests.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Server;

class HostileBundleTest {

	private static final String MANIFEST = "{\"format\":\"marsbundle/1\",\"host\":\"SRV\",\"collectedAtUtc\":"
			+ "\"2026-11-20T08:15:02Z\",\"collectedAtLocal\":\"2026-11-20T16:15:02+08:00\",\"items\":[]}";

	@TempDir
	Path temp;

	private static Map<String, Artifact> byPath(Server server) {
		return server.getArtifacts().stream().collect(Collectors.toMap(Artifact::getPath, a -> a));
	}

	private static Set<Path> filesUnder(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.collect(Collectors.toSet());
		}
	}

	/**
	 * The files named like the hostile entries anywhere under {@code dir}. Other processes create and delete their
	 * own files in the system temp folder meanwhile: what vanishes or cannot be read during the walk is passed over.
	 */
	private static Set<Path> evilFilesUnder(Path dir) throws IOException {
		Set<Path> found = new HashSet<>();
		Files.walkFileTree(dir, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (file.getFileName().toString().contains("evil")) {
					found.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) {
				return FileVisitResult.CONTINUE;
			}
		});
		return found;
	}

	@Test
	void zipSlipAbsoluteAndDeviceNamesAreRefusedByNameAndNothingIsWritten() throws IOException, BundleOpenException {
		Path zip = new HostileZips().entry("manifest.json", MANIFEST).entry("../../evil.txt", "x")
				.entry("/etc/cron.d/evil", "x").entry("C:\\Windows\\evil.dll", "x").entry("agent\\..\\..\\up.txt", "x")
				.entry("system/con.txt", "x").entry("system/tzutil.txt", "China Standard Time\r\n")
				.write(temp.resolve("hostile.zip"));
		Set<Path> before = filesUnder(temp);
		Path systemTemp = Path.of(System.getProperty("java.io.tmpdir"));
		Set<Path> tempBefore = evilFilesUnder(systemTemp);

		Server server = BundleReader.read(zip);

		Map<String, Artifact> artifacts = byPath(server);
		for (String refused : new String[] { "../../evil.txt", "/etc/cron.d/evil", "C:\\Windows\\evil.dll",
				"agent\\..\\..\\up.txt", "system/con.txt" }) {
			Artifact artifact = artifacts.get(refused);
			assertTrue(artifact != null, "refused entry not named: " + refused + " in " + artifacts.keySet());
			assertEquals(ArtifactStatus.UNREADABLE, artifact.getStatus());
			assertTrue(artifact.getMessage().startsWith("refused: "), artifact.getMessage());
		}
		assertEquals("SRV", server.getHostName());
		assertEquals(before, filesUnder(temp), "reading must not create files beside the bundle");
		assertEquals(tempBefore, evilFilesUnder(systemTemp));
		assertFalse(Files.exists(temp.getParent().resolve("evil.txt")));
	}

	@Test
	void symbolicLinkEntriesAreRefused() throws IOException, BundleOpenException {
		Path zip = new HostileZips().entry("manifest.json", MANIFEST).entry("system/tzutil.txt", "/etc/shadow")
				.write(temp.resolve("link.zip"));
		HostileZips.markAsSymlink(zip, "system/tzutil.txt");
		Artifact artifact = byPath(BundleReader.read(zip)).get("system/tzutil.txt");
		assertEquals(ArtifactStatus.UNREADABLE, artifact.getStatus());
		assertEquals("refused: symbolic link", artifact.getMessage());
	}

	@Test
	@Tag("slow")
	void compressionBombIsRefusedWithoutInflatingIt() throws IOException, BundleOpenException {
		Path zip = new HostileZips().entry("manifest.json", MANIFEST).zeros("agent/logs/bomb.errlog", 200L << 20)
				.write(temp.resolve("bomb.zip"));
		Artifact artifact = byPath(BundleReader.read(zip)).get("agent/logs/bomb.errlog");
		assertEquals(ArtifactStatus.UNREADABLE, artifact.getStatus());
		assertTrue(artifact.getMessage().contains("compression ratio"), artifact.getMessage());
	}

	@Test
	void anEntryThatInflatesPastItsDeclaredSizeStopsAtTheDeclaredSize() throws IOException, BundleOpenException {
		Path zip = new HostileZips().entry("manifest.json", MANIFEST)
				.entry("system/tzutil.txt", "China Standard Time\r\n".repeat(100)).write(temp.resolve("liar.zip"));
		HostileZips.declareSize(zip, "system/tzutil.txt", 10);
		Server server = BundleReader.read(zip);
		Artifact artifact = byPath(server).get("system/tzutil.txt");
		assertTrue(artifact.getStatus() == ArtifactStatus.UNREADABLE || artifact.getStatus() == ArtifactStatus.PARTIAL,
				artifact.getStatus() + " " + artifact.getMessage());
		assertEquals("SRV", server.getHostName(), "the other artifacts are still read");
	}

	/** Logs are scanned on worker threads: a failure there must reach its artifact like any parser's. */
	@Test
	void aLogThatInflatesPastItsDeclaredSizeIsUnreadableAndTheOtherLogsAreRead() throws IOException, BundleOpenException {
		String line = "0F3C\t1B80\t11/19\t22:00:04.118\t18\tjob.cpp(1)\t[0]\t0\t\tNORMAL\tprogress\r\n";
		Path zip = new HostileZips().entry("manifest.json", MANIFEST)
				.entry("agent/logs/CBEngine1.errlog", line.repeat(5_000))
				.entry("agent/logs/CBEngine2.errlog", line.repeat(3)).write(temp.resolve("liar-log.zip"));
		HostileZips.declareSize(zip, "agent/logs/CBEngine1.errlog", 100);
		Server server = BundleReader.read(zip);
		Artifact liar = byPath(server).get("agent/logs/CBEngine1.errlog");
		assertEquals(ArtifactStatus.UNREADABLE, liar.getStatus(), liar.getMessage());
		assertTrue(liar.getMessage().startsWith("cannot be read: "), liar.getMessage());
		assertEquals(ArtifactStatus.OK, byPath(server).get("agent/logs/CBEngine2.errlog").getStatus());
		assertEquals(3, server.getLogs().getFiles().stream().mapToLong(f -> f.getLines()).sum());
	}

	@Test
	void folderBundleRefusesLinksInsteadOfFollowingThem(@TempDir Path outside) throws IOException, BundleOpenException {
		Path bundle = Files.createDirectories(temp.resolve("bundle"));
		Files.writeString(bundle.resolve("manifest.json"), MANIFEST);
		Files.createDirectories(bundle.resolve("system"));
		Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
		Files.createSymbolicLink(bundle.resolve("system/tzutil.txt"), secret);
		Files.createSymbolicLink(bundle.resolve("agent"), outside);
		Map<String, Artifact> artifacts = byPath(BundleReader.read(bundle));
		assertEquals("refused: symbolic link", artifacts.get("system/tzutil.txt").getMessage());
		assertEquals("refused: symbolic link", artifacts.get("agent").getMessage());
	}

	@Test
	void notAZipIsUnusableAsAWhole() throws IOException {
		Path file = Files.writeString(temp.resolve("bundle.zip"), "PK but not really");
		BundleOpenException e = assertThrows(BundleOpenException.class, () -> BundleReader.read(file));
		assertTrue(e.getMessage().startsWith("Not a zip file"), e.getMessage());
	}

	@Test
	void windowsBackslashNamesAreReadAsPaths() throws IOException, BundleOpenException {
		Path zip = new HostileZips().entry("manifest.json", MANIFEST).entry("system\\tzutil.txt", "UTC\r\n")
				.write(temp.resolve("backslash.zip"));
		Artifact artifact = byPath(BundleReader.read(zip)).get("system/tzutil.txt");
		assertTrue(artifact != null && artifact.getStatus() != ArtifactStatus.MISSING);
	}
}
