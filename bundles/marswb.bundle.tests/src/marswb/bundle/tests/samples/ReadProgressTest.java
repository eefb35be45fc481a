package marswb.bundle.tests.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import marswb.bundle.BundleLimits;
import marswb.bundle.BundleReader;
import marswb.bundle.tests.Fixtures;
import marswb.model.server.Server;

class ReadProgressTest {

	private static final Path SAMPLE = Fixtures.repo("samples/broken-cache-encryption");

	/**
	 * Records what reading reports, and cancels once {@code cancelAt} of the work was reported (a fraction: the
	 * reader's SubMonitor rescales its KiB to its own total).
	 */
	private static final class RecordingMonitor extends NullProgressMonitor {
		final double cancelAt;
		int total;
		double worked;
		final List<String> subTasks = new ArrayList<>();

		RecordingMonitor(double cancelAt) {
			this.cancelAt = cancelAt;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
			if (total > 0 && worked >= cancelAt * total) {
				setCanceled(true);
			}
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public void subTask(String name) {
			subTasks.add(name);
		}
	}

	@Test
	void progressCoversEveryEntryAndAddsUpToTheBundleSize() throws Exception {
		RecordingMonitor monitor = new RecordingMonitor(2);
		Server server = BundleReader.read(SAMPLE, BundleLimits.DEFAULT, monitor);

		long files;
		try (Stream<Path> walk = Files.walk(SAMPLE)) {
			files = walk.filter(Files::isRegularFile).count();
		}
		assertEquals(monitor.total, monitor.worked, 0.01, "all the work reported, none twice");
		assertEquals(files, monitor.subTasks.size(), "each entry named while it is read");
		assertTrue(monitor.subTasks.contains("agent/logs/CBEngineCurr.errlog"), monitor.subTasks.toString());
		assertEquals("CBEngineCurr.errlog", server.getLogs().getFiles().get(0).getArtifact().replaceAll(".*/", ""));
	}

	@Test
	void cancelStopsReadingInsideAnEntry() {
		RecordingMonitor monitor = new RecordingMonitor(0.2);
		assertThrows(OperationCanceledException.class,
				() -> BundleReader.read(SAMPLE, BundleLimits.DEFAULT, monitor));
		assertTrue(monitor.worked < 0.5 * monitor.total, "stopped at " + monitor.worked + " of " + monitor.total);
	}

	@Test
	void aMonitorCanceledBeforehandReadsNothing() {
		RecordingMonitor monitor = new RecordingMonitor(0);
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> BundleReader.read(SAMPLE, BundleLimits.DEFAULT, monitor));
		assertEquals(0, monitor.worked);
	}
}
