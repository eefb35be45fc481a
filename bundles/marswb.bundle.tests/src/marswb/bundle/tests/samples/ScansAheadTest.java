package marswb.bundle.tests.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.bundle.tests.Fixtures;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.LogFile;
import marswb.model.server.Server;

/**
 * Logs and failed-file lists are scanned on worker threads: the model must not depend on which thread finished
 * first, a scan that fails must only mark its own artifact, and cancel must reach the workers.
 */
class ScansAheadTest {

	private static final int EXTRA_LOGS = 6;
	private static final int LINES_PER_LOG = 12_000;

	/** The cache/encryption sample with several more logs of different sizes, so the scans end in varying order. */
	private static Path bundleWithManyLogs(Path folder) throws IOException {
		Path sample = Fixtures.repo("samples/broken-cache-encryption");
		try (Stream<Path> files = Files.walk(sample)) {
			for (Path file : files.toList()) {
				Path copy = folder.resolve(sample.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(file, copy);
				}
			}
		}
		for (int log = 0; log < EXTRA_LOGS; log++) {
			try (OutputStream out = Files.newOutputStream(folder.resolve("agent/logs/CBEngine" + log + ".errlog"))) {
				out.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
				StringBuilder lines = new StringBuilder();
				for (int i = 0; i < LINES_PER_LOG * (log + 1) / EXTRA_LOGS; i++) {
					lines.append(String.format("0F3C\t1B80\t11/%02d\t%02d:%02d:%02d.%03d\t18\tjobmanager.cpp(%d)\t"
							+ "[000001D2A4C3F5D0]\t03F7810D-49BC-4405-A52D-E523F3A09D92\t\t%s\r\n", 1 + log,
							i / 3600 % 24, i / 60 % 60, i % 60, i % 1000, i,
							i % 7 == log ? "WARNING\tFailed: Hr: = [0x8007000" + log + "] access" : "NORMAL\tprogress"));
				}
				out.write(lines.toString().getBytes(StandardCharsets.UTF_16LE));
			}
		}
		return folder;
	}

	@Test
	void theModelIsTheSameWhicheverScanEndsFirst(@TempDir Path folder) throws Exception {
		Path bundle = bundleWithManyLogs(folder);
		Server first = BundleReader.read(bundle);
		for (int round = 0; round < 2; round++) {
			Server again = BundleReader.read(bundle, BundleLimits.DEFAULT, new NullProgressMonitor());
			assertTrue(EcoreUtil.equals(first, again), "round " + round);
		}
		List<LogFile> logs = first.getLogs().getFiles();
		assertEquals(EXTRA_LOGS + 2, logs.size());
		// applied in the builder's order (by path), not in the order the scans ended
		assertEquals(logs.stream().map(LogFile::getArtifact).sorted().toList(),
				logs.stream().map(LogFile::getArtifact).toList());
		assertEquals(LINES_PER_LOG, logs.stream().filter(l -> l.getArtifact().endsWith("CBEngine5.errlog"))
				.mapToLong(LogFile::getLines).sum());
		assertTrue(first.getLogs().getHits().stream().anyMatch(h -> h.getSignature().equals("0x80070005")));
	}

	@Test
	void aScanWithProblemsMarksOnlyItsOwnArtifact(@TempDir Path folder) throws Exception {
		Path bundle = bundleWithManyLogs(folder);
		Files.writeString(bundle.resolve("agent/logs/CBEngine9.errlog"), "not\tan\terrlog\n");
		Server server = BundleReader.read(bundle);
		Artifact partial = artifact(server, "agent/logs/CBEngine9.errlog");
		assertEquals(ArtifactStatus.PARTIAL, partial.getStatus(), partial.getMessage());
		assertEquals(ArtifactStatus.OK, artifact(server, "agent/logs/CBEngine3.errlog").getStatus());
		assertEquals(ArtifactStatus.OK,
				artifact(server, "agent/failed-files/LastBackupFailedFiles1c4e7_11_19_2026.txt").getStatus());
	}

	@Test
	void cancelStopsTheWorkers(@TempDir Path folder) throws IOException {
		Path bundle = bundleWithManyLogs(folder);
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private double worked;

			@Override
			public void internalWorked(double work) {
				worked += work;
				// the manifest and a few small artifacts are read; the logs are still scanning
				if (worked > 20) {
					setCanceled(true);
				}
			}

			@Override
			public void worked(int work) {
				internalWorked(work);
			}
		};
		assertThrows(OperationCanceledException.class,
				() -> BundleReader.read(bundle, BundleLimits.DEFAULT, monitor));
		assertTrue(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("marswb bundle scan"))
				.allMatch(t -> awaitEnd(t)), "workers still running after cancel");
	}

	private static boolean awaitEnd(Thread thread) {
		try {
			thread.join(5_000);
			return !thread.isAlive();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Artifact artifact(Server server, String path) throws BundleOpenException {
		return server.getArtifacts().stream().filter(a -> a.getPath().equals(path)).findFirst()
				.orElseThrow(() -> new AssertionError("no artifact " + path));
	}
}
