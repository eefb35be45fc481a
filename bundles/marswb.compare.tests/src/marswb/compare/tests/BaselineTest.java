package marswb.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.compare.Baseline;
import marswb.compare.BaselineException;
import marswb.compare.Comparison;
import marswb.compare.ModelComparer;
import marswb.compare.State;
import marswb.model.server.Server;
import marswb.tests.support.extension.ExtensionWriters;

class BaselineTest {

	@Test
	void aSavedBaselineComparesEqualToItsBundle(@TempDir Path dir) throws Exception {
		Server healthy = SampleComparisonTest.read("healthy");
		Path file = dir.resolve("file01.baseline");
		Baseline.save(healthy, "SRV-FILE01 before the upgrade", file);
		assertTrue(Baseline.isBaseline(file));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file left beside it");
		}
		Baseline baseline = Baseline.load(file);
		assertEquals("SRV-FILE01 before the upgrade", baseline.name());
		assertEquals(Baseline.FORMAT_VERSION, baseline.formatVersion());
		assertEquals(healthy.getBundleName(), baseline.sourceBundle());
		Comparison comparison = ModelComparer.compare(baseline.server(), healthy);
		assertEquals(0, comparison.count());
		assertTrue(comparison.differences().stream().allMatch(d -> d.state() == State.SAME), "origins, dates and "
				+ "artifact statuses survive: " + comparison.differences().stream().filter(d -> d.state() != State.SAME)
						.map(d -> d.path() + "." + d.feature()).toList());
		assertEquals(healthy.getTasks().get(0).getOrigins().size(),
				baseline.server().getTasks().get(0).getOrigins().size());
	}

	@Test
	void objectsOfAPluginNoLongerInstalledAreLeftOutAndNamed(@TempDir Path dir) throws Exception {
		Server healthy = SampleComparisonTest.read("healthy");
		Server withWriters = EcoreUtil.copy(healthy);
		withWriters.getExtensions().add(ExtensionWriters.writer("System Writer", "Stable"));
		withWriters.getExtensions().add(ExtensionWriters.writer("WMI Writer", "Failed"));
		Path file = dir.resolve("writers.baseline");
		Baseline.save(withWriters, "with writers", file);
		// as if saved by a plugin that is not installed now: no package has this namespace
		String uninstalled = "http://marswb/tests/uninstalled/1.0";
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains(ExtensionWriters.NS_URI), text.substring(0, 400));
		Files.writeString(file, text.replace(ExtensionWriters.NS_URI, uninstalled), StandardCharsets.UTF_8);
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<Integer> writerLines = IntStream.range(0, lines.size())
				.filter(i -> lines.get(i).contains("xsi:type=\"writers:Writer\"")).map(i -> i + 1).boxed().toList();
		assertEquals(2, writerLines.size());

		Baseline baseline = Baseline.load(file);

		assertEquals(List.of("2 objects of " + uninstalled + " left out: no installed plugin defines that model (lines "
				+ writerLines.get(0) + ", " + writerLines.get(1) + ")"), baseline.skipped());
		assertTrue(baseline.server().getExtensions().isEmpty());
		assertEquals(0, ModelComparer.compare(baseline.server(), healthy).count(), "the rest of the server is there");
	}

	@Test
	void anUnknownClassOfTheCoreModelIsNoPluginLeftOut(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("broken.baseline");
		Server withWriters = SampleComparisonTest.read("healthy");
		withWriters.getExtensions().add(ExtensionWriters.writer("System Writer", "Stable"));
		Baseline.save(withWriters, "x", file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, text.replace("writers:Writer", "server:Writer"), StandardCharsets.UTF_8);
		BaselineException e = assertThrows(BaselineException.class, () -> Baseline.load(file));
		assertTrue(e.getMessage().startsWith("Cannot read the baseline "), e.getMessage());
	}

	@Test
	void aNewerFormatVersionIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("newer.baseline");
		Baseline.save(SampleComparisonTest.read("healthy"), "x", file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("formatVersion=\"1\""), text.substring(0, 400));
		Files.writeString(file, text.replace("formatVersion=\"1\"", "formatVersion=\"2\""), StandardCharsets.UTF_8);
		BaselineException e = assertThrows(BaselineException.class, () -> Baseline.load(file));
		assertTrue(e.getMessage().contains("format version 2") && e.getMessage().contains("up to version 1"),
				e.getMessage());
	}

	@Test
	void otherFilesAreNotBaselines(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("plain.baseline");
		Files.writeString(file, "<?xml version=\"1.0\"?><server:Server xmlns:server=\"http://marswb/model/server/1.0\"/>");
		assertTrue(assertThrows(BaselineException.class, () -> Baseline.load(file)).getMessage()
				.contains("not a MARS workbench baseline"));
		Path bundle = dir.resolve("bundle");
		Files.createDirectories(bundle);
		assertFalse(Baseline.isBaseline(bundle));
	}
}
