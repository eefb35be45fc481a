package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.collector.CollectorScript;
import marswb.tests.support.SampleVariant;

class CollectorCommandTest {

	@Test
	void writesTheScript(@TempDir Path folder) throws Exception {
		Path target = folder.resolve("x.ps1");
		CliRun run = CliRun.of("collector", "--out", target.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertArrayEquals(CollectorScript.bytes(), Files.readAllBytes(target));
		assertEquals("Collector script written to " + target + ".", run.err().strip());
	}

	@Test
	void writesTheScriptToStdoutWithoutOut() {
		CliRun run = CliRun.of("collector");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(new String(CollectorScript.bytes(), StandardCharsets.UTF_8), run.out());
	}

	/** healthy, less two artifacts: the script collects exactly those two, named by the UNKNOWN findings. */
	@Test
	void onlyMissingCollectsTheUnknownFindingsArtifacts(@TempDir Path folder) throws Exception {
		try (SampleVariant bundle = SampleVariant.of("healthy").remove("system/tzutil.txt").remove("agent/jobs.json")
				.remove("agent/logs/CBEngineCurr.errlog").remove("agent/logs/GatewayProvider0.errlog")) {
			Path target = folder.resolve("only.ps1");
			CliRun run = CliRun.of("collector", "--only-missing", bundle.folder().toString(), "--out", target.toString());
			assertEquals(0, run.exitCode(), run.err());
			String script = new String(Files.readAllBytes(target), StandardCharsets.UTF_8);
			assertTrue(script.contains("\r\n    [string[]]$Items = @('system/tzutil.txt', 'agent/jobs.json', 'agent/logs/*.errlog'),\r\n"),
					run.err());
			assertEquals("Collector script written to " + target
					+ "; it collects only: system/tzutil.txt, agent/jobs.json, agent/logs/*.errlog.", run.err().strip());
		}
	}

	@Test
	void aBundleWithNothingMissingGetsNoScript(@TempDir Path folder) {
		Path target = folder.resolve("none.ps1");
		CliRun run = CliRun.of("collector", "--only-missing", SampleVariant.repo().resolve("samples/healthy").toString(),
				"--out", target.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertFalse(Files.exists(target));
		assertTrue(run.err().startsWith("No UNKNOWN finding of "), run.err());
	}

	@Test
	void helpListsTheCollector() {
		assertTrue(CliRun.of("help").out().contains("collector [--out Collect-MarsBundle.ps1] [--only-missing <bundle>]"));
	}
}
