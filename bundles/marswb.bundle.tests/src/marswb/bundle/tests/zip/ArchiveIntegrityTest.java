package marswb.bundle.tests.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.bundle.tests.Fixtures;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Server;

/** A bundle is read as what the server wrote, or said plainly not to be: damaged data and ambiguous names. */
class ArchiveIntegrityTest {

	/** One job that failed to activate: enough for the jobs checks to conclude FAIL if it were read. */
	private static final String FAILED_JOB = "[{\"JobId\":\"00000000-0000-0000-0000-000000000001\",\"JobType\":1,"
			+ "\"JobStatus\":{\"JobState\":\"Failed\",\"StartTime\":\"\\/Date(1795096804000)\\/\","
			+ "\"EndTime\":\"\\/Date(1795099341000)\\/\",\"ErrorInfo\":{\"ErrorCode\":130047,"
			+ "\"DetailedErrorCode\":0}}}]";

	@TempDir
	Path temp;

	private static Path healthy() {
		return Fixtures.repo("samples/healthy");
	}

	private static Map<String, Artifact> byPath(Server server) {
		return server.getArtifacts().stream().collect(Collectors.toMap(Artifact::getPath, Function.identity()));
	}

	/** The read status never lists a file twice, letter case aside. */
	private static void assertOneRowPerFile(Server server) {
		List<String> paths = server.getArtifacts().stream().map(a -> a.getPath().toUpperCase(Locale.ROOT)).toList();
		assertEquals(paths.size(), paths.stream().distinct().count(), "artifact rows: " + paths);
	}

	/** Reads a zip of the healthy sample (plus {@code extra}) whose entry {@code damaged} has a wrong CRC-32. */
	private Server readDamaged(HostileZips extra, String damaged) throws IOException, BundleOpenException {
		Path zip = extra.folder(healthy()).write(temp.resolve("crc.zip"));
		HostileZips.damageCrc(zip, damaged);
		Server server = BundleReader.read(zip);
		Artifact artifact = byPath(server).get(damaged);
		assertEquals(ArtifactStatus.UNREADABLE, artifact.getStatus());
		assertEquals("damaged: checksum mismatch", artifact.getMessage());
		assertOneRowPerFile(server);
		return server;
	}

	@Test
	void anEntryWhoseDataDoesNotMatchItsChecksumIsUnreadable() throws IOException, BundleOpenException {
		Server server = readDamaged(new HostileZips(), "system/tzutil.txt");
		assertNull(server.getTime() == null ? null : server.getTime().getTimeZoneId(),
				"nothing of a damaged entry reaches the model");
		assertEquals(ArtifactStatus.OK, byPath(server).get("system/volumes.csv").getStatus());
	}

	@Test
	void aDamagedManifestIsUnreadableAndGivesNoCollectionTime() throws IOException, BundleOpenException {
		Server server = readDamaged(new HostileZips(), "manifest.json");
		assertNull(server.getCollectedAtUtc());
		assertNull(server.getHostName());
	}

	/** Over 16 MiB an entry is checked as it streams, not before: its scan must still not reach the model. */
	@Test
	void aDamagedLargeFailedFileListIsUnreadableAndNotCounted() throws IOException, BundleOpenException {
		StringBuilder list = new StringBuilder("Failed files list:\r\n");
		for (int i = 0; list.length() < 17 << 20; i++) {
			list.append("D:\\Data\\Projects\\").append(i % 977).append("\\file").append(i).append(".docx 0x80070005\r\n");
		}
		String path = "agent/failed-files/LastBackupFailedFiles9f2a1_11_19_2026.txt";
		Server server = readDamaged(new HostileZips().entry(path, list.toString()), path);
		assertTrue(server.getFailedFiles().getLists().stream().noneMatch(l -> path.equals(l.getArtifact())));
		assertEquals(1, server.getFailedFiles().getLists().size(), "the sample's own list is read");
	}

	@Test
	void entriesDifferingOnlyInCaseAreAllRefusedAndNamed() throws IOException, BundleOpenException {
		Path zip = new HostileZips().folder(healthy()).entry("Agent/Jobs.json", FAILED_JOB)
				.write(temp.resolve("case.zip"));
		Server server = BundleReader.read(zip);
		assertTrue(server.getJobs().isEmpty(), "neither copy is read: " + server.getJobs());
		Artifact jobs = server.getArtifacts().stream().filter(a -> a.getPath().equalsIgnoreCase("agent/jobs.json"))
				.findFirst().orElseThrow();
		assertEquals(ArtifactStatus.UNREADABLE, jobs.getStatus());
		assertTrue(jobs.getMessage().contains("agent/jobs.json") && jobs.getMessage().contains("Agent/Jobs.json"),
				jobs.getMessage());
		assertOneRowPerFile(server);
	}

	@Test
	void theSameFileInCapitalsIsNotCountedTwice() throws IOException, BundleOpenException {
		byte[] jobs = Files.readAllBytes(healthy().resolve("agent/jobs.json"));
		Path zip = new HostileZips().folder(healthy()).bytes("AGENT/JOBS.JSON", jobs).write(temp.resolve("caps.zip"));
		Server server = BundleReader.read(zip);
		assertEquals(0, server.getJobs().size());
		assertOneRowPerFile(server);
	}

	@Test
	void aSecondManifestInOtherCaseLeavesNoManifestAndOneRowPerArtifact() throws IOException, BundleOpenException {
		byte[] manifest = Files.readAllBytes(healthy().resolve("manifest.json"));
		Path zip = new HostileZips().folder(healthy()).bytes("MANIFEST.JSON", manifest)
				.write(temp.resolve("two-manifests.zip"));
		Server server = BundleReader.read(zip);
		assertNull(server.getCollectedAtUtc(), "no manifest is chosen when two claim the name");
		assertOneRowPerFile(server);
		Artifact read = byPath(server).get("system/volumes.csv");
		assertEquals(ArtifactStatus.OK, read.getStatus());
		assertTrue(server.getArtifacts().stream().noneMatch(a -> a.getStatus() == ArtifactStatus.MISSING
				&& a.getPath().equalsIgnoreCase("system/volumes.csv")));
	}

	@Test
	void aManifestItemNamedInOtherCaseIsTheSameArtifact() throws IOException, BundleOpenException {
		String manifest = Files.readString(healthy().resolve("manifest.json"), StandardCharsets.UTF_8)
				.replace("\"system/volumes.csv\"", "\"System/Volumes.CSV\"");
		Path zip = new HostileZips().folder(healthy()).entry("manifest.json", manifest)
				.write(temp.resolve("item-case.zip"));
		Server server = BundleReader.read(zip);
		assertOneRowPerFile(server);
		assertEquals(ArtifactStatus.OK, byPath(server).get("system/volumes.csv").getStatus());
	}

	@Test
	void aFolderBundleRefusesNamesDifferingOnlyInCase() throws IOException, BundleOpenException {
		Path folder = temp.resolve("bundle");
		Files.createDirectories(folder.resolve("system"));
		Files.write(folder.resolve("system/tzutil.txt"), "China Standard Time\r\n".getBytes(StandardCharsets.UTF_8));
		Files.write(folder.resolve("system/TZUTIL.txt"), "UTC\r\n".getBytes(StandardCharsets.UTF_8));
		if (!Files.isSameFile(folder.resolve("system/tzutil.txt"), folder.resolve("system/TZUTIL.txt"))) {
			Server server = BundleReader.read(folder);
			assertNull(server.getTime());
			Artifact tzutil = server.getArtifacts().stream()
					.filter(a -> a.getPath().equalsIgnoreCase("system/tzutil.txt")).findFirst().orElseThrow();
			assertEquals(ArtifactStatus.UNREADABLE, tzutil.getStatus());
			assertTrue(tzutil.getMessage().contains("system/TZUTIL.txt"), tzutil.getMessage());
		}
	}

	@Test
	void oneLineJsonOf70KbReadsWhole() throws IOException, BundleOpenException {
		String jobs = Files.readString(healthy().resolve("agent/jobs.json"), StandardCharsets.UTF_16LE)
				.replace("\uFEFF", "").replaceAll("\\s*\r?\n\\s*", "");
		String padded = jobs.replaceFirst("\\{", "{\"Note\":\"" + "x".repeat(70_000) + "\",");
		assertTrue(padded.length() > 70_000 && !padded.contains("\n"));
		Server asWritten = BundleReader.read(healthy());
		Path zip = new HostileZips().folder(healthy()).entry("agent/jobs.json", padded)
				.write(temp.resolve("one-line.zip"));
		Server server = BundleReader.read(zip);
		Artifact artifact = byPath(server).get("agent/jobs.json");
		Artifact expected = byPath(asWritten).get("agent/jobs.json");
		assertEquals(expected.getStatus(), artifact.getStatus(), artifact.getMessage());
		assertEquals(expected.getMessage(), artifact.getMessage());
		assertEquals(asWritten.getJobs().size(), server.getJobs().size());
		assertTrue(server.getJobs().size() > 0);
	}
}
