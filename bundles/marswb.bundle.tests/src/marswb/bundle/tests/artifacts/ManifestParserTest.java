package marswb.bundle.tests.artifacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.ManifestParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.Artifact;

class ManifestParserTest {

	private static final String MANIFEST = """
			{
			  "format": "marsbundle/1",
			  "collector": {"name": "marswb-collect", "version": "1.0.0"},
			  "host": "SRV-FILE01",
			  "collectedAtUtc": "2026-11-20T08:15:02Z",
			  "collectedAtLocal": "2026-11-20T16:15:02+08:00",
			  "items": [
			    {"path": "system/shadowstorage.txt", "command": "vssadmin list shadowstorage",
			     "status": "ok", "exitCode": 0, "durationMs": 412},
			    {"path": "agent/jobs.json", "command": "Get-OBJob -Previous 100",
			     "status": "failed", "exitCode": 1, "error": "The term 'Get-OBJob' is not recognized"}
			  ]
			}
			""";

	@Test
	void readsCollectionTimeOffsetAndItemStatuses() {
		Result result = ParserHarness.run(new ManifestParser(), "manifest.json",
				MANIFEST.getBytes(StandardCharsets.UTF_8));
		assertNull(result.failure());
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		assertEquals("SRV-FILE01", result.server().getHostName());
		assertEquals(Instant.parse("2026-11-20T08:15:02Z"), result.server().getCollectedAtUtc().toInstant());
		assertEquals(480, result.server().getLocalUtcOffsetMinutes());
		Artifact jobs = result.server().getArtifacts().get(1);
		assertEquals("agent/jobs.json", jobs.getPath());
		assertEquals("failed", jobs.getManifestStatus());
		assertTrue(jobs.getMessage().contains("Get-OBJob"));
		assertNull(jobs.getManifestReason());
	}

	@Test
	void readsTheReasonOfASkippedItem() {
		String skipped = MANIFEST.replace("\"items\": [", "\"items\": [\n    {\"path\": \"system/defender.json\", "
				+ "\"command\": \"Get-MpPreference\", \"status\": \"skipped\", \"reason\": \"not-installed\"},");
		Result result = ParserHarness.run(new ManifestParser(), "manifest.json", skipped.getBytes(StandardCharsets.UTF_8));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		Artifact defender = result.server().getArtifacts().get(0);
		assertEquals("system/defender.json", defender.getPath());
		assertEquals("skipped", defender.getManifestStatus());
		assertEquals("not-installed", defender.getManifestReason());
	}

	@Test
	void valuesRememberTheirLine() {
		Result result = ParserHarness.run(new ManifestParser(), "manifest.json",
				MANIFEST.getBytes(StandardCharsets.UTF_8));
		var origin = result.server().getOrigins().stream().filter(o -> o.getFeature().equals("hostName")).findFirst()
				.orElseThrow();
		assertEquals(4, origin.getLine());
		assertEquals("\"SRV-FILE01\"", origin.getRaw());
	}

	@Test
	void brokenJsonIsUnreadableWithItsLine() {
		Result result = ParserHarness.run(new ManifestParser(), "manifest.json",
				"{\n  \"host\": \"A\",\n  \"items\": [\n".getBytes(StandardCharsets.UTF_8));
		assertNotNull(result.failure());
		assertTrue(result.failure().getMessage().startsWith("not valid JSON"), result.failure().getMessage());
	}

	@Test
	void disagreeingClocksAreReported() {
		String skewed = MANIFEST.replace("16:15:02+08:00", "16:45:02+08:00");
		Result result = ParserHarness.run(new ManifestParser(), "manifest.json", skewed.getBytes(StandardCharsets.UTF_8));
		assertEquals(1, result.problems().size());
	}

	/**
	 * fixtures/collector/manifest.json is what Collect-MarsBundle.ps1 writes (Windows PowerShell 5.1's
	 * ConvertTo-Json layout and escapes, CRLF), with an item of each status; marswb.collector.tests holds its
	 * keys to the script's.
	 */
	@Test
	void readsTheCollectorsManifestWithEveryStatus() {
		Result result = ParserHarness.run(new ManifestParser(), "manifest.json", Fixtures.bytes("collector/manifest.json"));
		assertNull(result.failure());
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		assertEquals("SRV-FILE07", result.server().getHostName());
		assertEquals("marswb-collect", result.server().getCollectorName());
		assertEquals(480, result.server().getLocalUtcOffsetMinutes());
		assertEquals(java.util.List.of("ok", "skipped", "timeout", "failed", "ok", "skipped"),
				result.server().getArtifacts().stream().map(Artifact::getManifestStatus).toList());
		Artifact defender = result.server().getArtifacts().get(1);
		assertEquals("collector reported skipped: Microsoft Defender is not installed (no WinDefend service)",
				defender.getMessage());
		Artifact events = result.server().getArtifacts().get(2);
		assertEquals("collector reported timeout: no result within 300 s", events.getMessage());
		Artifact registry = result.server().getArtifacts().get(3);
		assertEquals("reg export \"HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\"", registry.getCommand());
		assertEquals(1, registry.getExitCode());
		assertEquals("collector reported failed: ERROR: The system was unable to find the specified registry key or value.",
				registry.getMessage());
		assertEquals("copy of <InstallPath>\\Temp\\CBEngineCurr.errlog", result.server().getArtifacts().get(4).getCommand());
		assertNull(result.server().getArtifacts().get(4).getMessage());
	}
}
