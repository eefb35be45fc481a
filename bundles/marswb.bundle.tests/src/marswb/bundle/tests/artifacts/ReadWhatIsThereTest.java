package marswb.bundle.tests.artifacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import marswb.bundle.internal.artifacts.AgentVersionParser;
import marswb.bundle.internal.artifacts.ErrlogParser;
import marswb.bundle.internal.artifacts.FailedFilesParser;
import marswb.bundle.internal.artifacts.HotfixesParser;
import marswb.bundle.internal.artifacts.JobsParser;
import marswb.bundle.internal.artifacts.ManifestParser;
import marswb.bundle.internal.artifacts.PsVersionParser;
import marswb.bundle.internal.artifacts.ShadowStorageParser;
import marswb.bundle.internal.artifacts.TmpCountParser;
import marswb.bundle.internal.artifacts.TzutilParser;
import marswb.bundle.internal.artifacts.VolumesParser;
import marswb.bundle.internal.artifacts.WinHttpProxyParser;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.Job;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;
import marswb.model.server.Volume;

/**
 * What an artifact says is what the model holds: a number too large for a long, an impossible value and a line cut at
 * the line limit are each reported where they stand, and the rest of the artifact is read.
 */
class ReadWhatIsThereTest {

	private static final String UINT64_MAX = "18446744073709551615";
	private static final String LONG = "x".repeat(70_000);

	private static String manifest(String utc, String local, String extra) {
		return "{\"format\":\"marsbundle/1\",\"host\":\"SRV\",\"collectedAtUtc\":\"" + utc + "\",\"collectedAtLocal\":\""
				+ local + "\",\"items\":[{\"path\":\"system/tzutil.txt\",\"status\":\"timeout\",\"durationMs\":"
				+ extra + "}]}";
	}

	private static Result manifestResult(String utc, String local, String extra) {
		return ParserHarness.run(new ManifestParser(), "manifest.json",
				manifest(utc, local, extra).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aUInt64InAFieldNothingReadsLeavesTheManifestWhole() {
		Result result = manifestResult("2026-11-20T08:15:02Z", "2026-11-20T16:15:02+08:00", UINT64_MAX);
		assertNull(result.failure());
		assertEquals(List.of(), result.problems());
		assertEquals("SRV", result.server().getHostName());
		assertEquals("timeout", result.server().getArtifacts().get(0).getManifestStatus());
	}

	@Test
	void aUInt64ErrorCodeIsReportedAloneAndTheJobIsRead() {
		String jobs = "[{\"JobId\":\"695bc013-998b-4c15-a245-df661224486d\",\"JobType\":1,\"durationMs\":" + UINT64_MAX
				+ ",\"JobStatus\":{\"JobState\":\"Failed\",\"StartTime\":\"\\/Date(1795096804000)\\/\","
				+ "\"EndTime\":\"\\/Date(1795099341000)\\/\",\"ErrorInfo\":{\"ErrorCode\":" + UINT64_MAX + "}}}]";
		Result result = ParserHarness.run(new JobsParser(), "agent/jobs.json", Fixtures.utf16le(jobs));
		assertNull(result.failure(), () -> result.failure().getMessage());
		Job job = result.server().getJobs().get(0);
		assertEquals("695bc013-998b-4c15-a245-df661224486d", job.getJobId());
		assertNotNull(job.getStartTime());
		assertTrue(result.problems().stream().anyMatch(p -> p.contains(UINT64_MAX)), result.problems().toString());
	}

	@Test
	void anExtremeManifestDateIsFlaggedAndTheRestIsKept() {
		Result result = manifestResult("+999999999-12-31T23:59:59Z", "2026-11-20T16:15:02+08:00", "12");
		assertNull(result.failure(), () -> result.failure().getMessage());
		Server server = result.server();
		assertNull(server.getCollectedAtUtc());
		assertEquals("SRV", server.getHostName());
		assertEquals(480, server.getLocalUtcOffsetMinutes());
		assertEquals("timeout", server.getArtifacts().get(0).getManifestStatus());
		assertTrue(result.problems().stream().anyMatch(p -> p.contains("+999999999-12-31T23:59:59Z")
				&& p.contains("collectedAtUtc")), result.problems().toString());
	}

	@Test
	void anExtremeLocalTimeIsFlaggedAndTheCollectionTimeIsKept() {
		Result result = manifestResult("2026-11-20T08:15:02Z", "+999999999-12-31T23:59:59+08:00", "12");
		assertNull(result.failure(), () -> result.failure().getMessage());
		assertNotNull(result.server().getCollectedAtUtc());
		assertNull(result.server().getLocalUtcOffsetMinutes());
		assertTrue(result.problems().stream().anyMatch(p -> p.contains("collectedAtLocal")), result.problems().toString());
	}

	@Test
	void aNegativeVolumeSizeIsReportedAndLeftUnknown() {
		Result result = ParserHarness.run(new VolumesParser(), "system/volumes.csv", Fixtures.utf16le(
				"\"DriveLetter\",\"FileSystemLabel\",\"FileSystem\",\"DriveType\",\"HealthStatus\","
						+ "\"OperationalStatus\",\"Size\",\"SizeRemaining\",\"Path\"\n"
						+ "\"C\",\"\",\"NTFS\",\"3\",\"Healthy\",\"OK\",\"254779846656\",\"-93952409600\",\"\"\n"));
		Volume c = result.server().getVolumes().get(0);
		assertEquals(254779846656L, c.getSize());
		assertNull(c.getSizeRemaining(), "no check may conclude from a negative free space");
		assertEquals(1, result.problems().size(), result.problems().toString());
		assertTrue(result.problems().get(0).contains("-93952409600") && result.problems().get(0).contains("line 2"),
				result.problems().get(0));
	}

	@Test
	void aJobDateBeforeWindowsTimeIsReportedAndLeftOut() {
		String jobs = "{\"JobId\":\"j\",\"JobType\":1,\"JobStatus\":{\"JobState\":\"Completed\","
				+ "\"StartTime\":\"\\/Date(-20000000000000)\\/\",\"EndTime\":\"+999999999-01-01T00:00:00Z\"}}";
		Result result = ParserHarness.run(new JobsParser(), "agent/jobs.json", Fixtures.utf16le(jobs));
		assertNull(result.failure(), () -> result.failure().getMessage());
		Job job = result.server().getJobs().get(0);
		assertNull(job.getStartTime());
		assertNull(job.getEndTime());
		assertEquals(2, result.problems().stream().filter(p -> p.contains("outside the times Windows can write"))
				.count(), result.problems().toString());
	}

	@ParameterizedTest
	@MethodSource("impossibleDates")
	void anImpossibleDateIsReportedByValueAndNotRead(String date) {
		Result result = ParserHarness.run(new HotfixesParser(), "system/hotfixes.csv", Fixtures.utf16le(
				"\"HotFixID\",\"Description\",\"InstalledOn\"\n\"KB5034439\",\"Security Update\",\"" + date + "\"\n"));
		assertNull(result.server().getHotfixes().get(0).getInstalledOn());
		assertTrue(result.problems().stream().anyMatch(p -> p.contains(date)), result.problems().toString());
	}

	static Stream<String> impossibleDates() {
		return Stream.of("2/30/2026 10:00:00 AM", "2026/11/20 25:00:00", "1/1/1500 10:00:00 AM");
	}

	static Stream<Arguments> cutLines() {
		return Stream.of(
				Arguments.of((Supplier<ArtifactParser>) WinHttpProxyParser::new, "network/winhttp-proxy.txt",
						"Current WinHTTP proxy settings:\n\n    Proxy Server(s) :  proxy" + LONG + ":8080\n"
								+ "    Bypass List     :  (none)\n", 3),
				Arguments.of((Supplier<ArtifactParser>) ShadowStorageParser::new, "system/shadowstorage.txt",
						"vssadmin 1.1 - Volume Shadow Copy Service administrative command-line tool\n\n"
								+ "Shadow Copy Storage association\n"
								+ "   For volume: (C:)\\\\?\\Volume{c1d2e3f4-0a1b-4c2d-8e3f-405162738495}\\\n"
								+ "   Shadow Copy Storage volume: (C:)\\\\?\\Volume{c1d2e3f4-0a1b-4c2d-8e3f-405162738495}\\\n"
								+ "   Used Shadow Copy Storage space: 1.93 GB (1%)\n"
								+ "   Allocated Shadow Copy Storage space: 2.00 GB (1%)\n"
								+ "   Maximum Shadow Copy Storage space: 12.7 GB (10%)" + " ".repeat(70_000) + "x\n", 8),
				Arguments.of((Supplier<ArtifactParser>) PsVersionParser::new, "system/psversion.txt",
						"\nName                           Value\n----                           -----\n"
								+ "PSVersion                      5.1.20348.2849" + " ".repeat(70_000) + "x\n", 4),
				Arguments.of((Supplier<ArtifactParser>) TzutilParser::new, "system/tzutil.txt",
						"China Standard Time" + " ".repeat(70_000) + "x", 1),
				Arguments.of((Supplier<ArtifactParser>) AgentVersionParser::new, "agent/version.txt",
						"2.0.9506.0 (built by: " + LONG + ")\n", 1),
				Arguments.of((Supplier<ArtifactParser>) TmpCountParser::new, "system/windows-temp-tmp-count.txt",
						"\n61234" + " ".repeat(70_000) + "1\n", 2));
	}

	@ParameterizedTest
	@MethodSource("cutLines")
	void aLineCutAtTheLimitIsReportedByNumber(Supplier<ArtifactParser> parser, String path, String text, int line) {
		Result result = ParserHarness.run(parser.get(), path, Fixtures.utf16le(text));
		assertTrue(result.problems().stream().anyMatch(p -> p.startsWith("line " + line + " is longer than")),
				path + ": " + result.problems() + (result.failure() == null ? "" : " / " + result.failure()));
	}

	@Test
	void aCutErrlogLineIsReportedByNumber() {
		Server server = ServerFactory.eINSTANCE.createServer();
		server.setCollectedAtUtc(new java.util.Date(1795099341000L));
		String text = "\n" + String.join("\t", "0AB0", "0974", "11/20", "08:00:01.100", "18", "mtffile.cpp(1372)",
				"[0000000053582120]", "1FCFF8B4-CCE2-42E6-8883-7AEB9A1C5CB6", "", "NORMAL", LONG) + "\n";
		Result result = ParserHarness.run(new ErrlogParser(), "agent/logs/CBEngineCurr.errlog",
				Fixtures.utf16le(text), server);
		assertTrue(result.problems().stream().anyMatch(p -> p.contains("line 2 is longer than")),
				result.problems().toString());
	}

	@Test
	void aCutFailedFileLineIsReportedByNumber() {
		String text = "Failed files list:\nD:\\Data\\a.txt 0x80070005\nD:\\" + LONG + " 0x80070005\n";
		Result result = ParserHarness.run(new FailedFilesParser(),
				"agent/failed-files/LastBackupFailedFiles1c4e7_11_19_2026.txt", Fixtures.utf16le(text));
		assertTrue(result.problems().stream().anyMatch(p -> p.contains("line 3 is longer than")),
				result.problems().toString());
	}

}
