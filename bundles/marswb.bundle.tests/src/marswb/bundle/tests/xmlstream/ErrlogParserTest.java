package marswb.bundle.tests.xmlstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.ErrlogParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.provenance.Provenance;
import marswb.model.server.LogFile;
import marswb.model.server.LogHit;
import marswb.model.server.Origin;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

class ErrlogParserTest {

	private static final String CBENGINE = "agent/logs/CBEngineCurr.errlog";
	private static final String GATEWAY = "agent/logs/GatewayProvider0.errlog";
	private static final String G = "1FCFF8B4-CCE2-42E6-8883-7AEB9A1C5CB6";

	private static String line(String date, String time, String level, String message) {
		return String.join("\t", "0AB0", "0974", date, time, "18", "mtffile.cpp(1372)", "[0000000053582120]", G, "",
				level, message);
	}

	private static Map<String, LogHit> hits(Server server) {
		return server.getLogs().getHits().stream().collect(Collectors.toMap(LogHit::getSignature, Function.identity()));
	}

	@Test
	void utf16CbengineLogIsCountedWithItsHits() {
		Server server = Evidence.collectedAt("2026-11-20T08:15:02Z", 480);
		byte[] content = Evidence.fixture("CBEngineCurr.errlog");
		Result result = ParserHarness.run(new ErrlogParser(), CBENGINE, content, server);
		assertNull(result.failure());
		LogFile file = server.getLogs().getFiles().get(0);
		assertEquals(CBENGINE, file.getArtifact());
		assertEquals(6, file.getLines());
		assertEquals(3, file.getWarnings());
		assertEquals(1, file.getErrors());
		assertEquals(1, file.getMalformedLines());
		assertEquals(1, result.problems().size(), result.problems().toString());
		// server-local time (+08:00) with the collection year
		assertEquals(Instant.parse("2026-08-04T05:16:29.206Z"), file.getFirstTimestamp().toInstant());
		assertEquals(Instant.parse("2026-08-04T17:02:03.004Z"), file.getLastTimestamp().toInstant());

		Map<String, LogHit> hits = hits(server);
		LogHit unexpected = hits.get("0x8000FFFF");
		assertEquals(2, unexpected.getCount());
		assertTrue(unexpected.getFirstText().startsWith("Failed: Hr: = [0x8000ffff] BackupRead failed"));
		Origin first = Provenance.ofObject(unexpected).orElseThrow();
		assertEquals(1, first.getLine());
		assertEquals("0x8000ffff", first.getRaw());
		assertEquals(Instant.parse("2026-08-04T05:16:29.237Z"), unexpected.getLastTime().toInstant());
		assertEquals(1, hits.get("SalLowDiskSpace").getCount());
		assertEquals(1, hits.get("0x80070070").getCount());
		assertEquals(1, hits.get("FileProvider::EndData").getCount());
		assertEquals(1, hits.get("AADSTS500021").getCount());
		assertEquals(5, hits.size(), hits.keySet().toString());
		Evidence.assertOriginsOnTheirLines(server, CBENGINE, content);
	}

	@Test
	void fieldsAreFoundByWhatTheyAreInEveryLayout() {
		Server server = Evidence.collectedAt("2026-11-20T08:15:02Z", 60);
		byte[] content = Evidence.fixture("CBEngineLayouts.errlog");
		Result result = ParserHarness.run(new ErrlogParser(), CBENGINE, content, server);
		assertNull(result.failure());
		LogFile file = server.getLogs().getFiles().get(0);
		assertEquals(13, file.getLines());
		assertEquals(4, file.getNormals(), "NORMAL with and without the empty column, INFO, VERBOSE");
		assertEquals(4, file.getWarnings(), "WARNING with and without the empty column, and Warning");
		assertEquals(3, file.getErrors(), "ERROR, FATAL and CRITICAL");
		assertEquals(2, file.getFatals());
		assertEquals(2, file.getMalformedLines(), "an unknown level word and a continued message");
		assertEquals(List.of("2 lines fit no known errlog layout (MM/DD date, time, level word) or were too long"),
				result.problems());
		assertEquals(Instant.parse("2026-03-08T00:59:58.120Z"), file.getFirstTimestamp().toInstant());
		assertEquals(Instant.parse("2026-03-08T02:04:15Z"), file.getLastTimestamp().toInstant());

		Map<String, LogHit> hits = hits(server);
		assertEquals(1, hits.get("0x80070005").getCount(), "the Failed: line; not the continued message");
		assertTrue(hits.get("0x80070005").getFirstText().startsWith("Failed: Hr: = [0x80070005] BackupRead failed"));
		assertEquals(1, hits.get("0x80070002").getCount(), "only the ERROR line");
		assertEquals("Job step returned Hr: = [0x80070002]", hits.get("0x80070002").getFirstText());
		assertEquals(1, hits.get("SalBitmapError").getCount());
		assertEquals(3, hits.size(), hits.keySet().toString());

		Map<String, LogHit> ignored = server.getLogs().getIgnoredHits().stream()
				.collect(Collectors.toMap(LogHit::getSignature, Function.identity()));
		assertEquals(3, ignored.get("0x80070002").getCount(), "three optional values not present, using default");
		assertEquals("Registry value TraceLogLevel not present, using default. Hr: = [0x80070002]",
				ignored.get("0x80070002").getFirstText());
		assertEquals(3, Provenance.ofObject(ignored.get("0x80070002")).orElseThrow().getLine());
		assertEquals(1, ignored.get("0x80070005").getCount());
		assertEquals(2, ignored.size(), ignored.keySet().toString());
		Evidence.assertOriginsOnTheirLines(server, CBENGINE, content);
	}

	@Test
	void theMessageIsTheRestOfTheLineAfterTheLevel() {
		Server server = Evidence.collectedAt("2026-11-20T08:15:02Z", 0);
		// the GUID field before the level holds a code-like text; the message has TABs of its own
		String log = String.join("\t", "0AB0", "0974", "11/01", "10:00:00.000", "18", "x.cpp(1)", "[0x80070005]",
				G, "WARNING", "first part", "Failed: Hr: = [0x80070020]") + "\n";
		ParserHarness.run(new ErrlogParser(), CBENGINE, Fixtures.utf16le(log), server);
		assertEquals("first part\tFailed: Hr: = [0x80070020]",
				hits(server).get("0x80070020").getFirstText());
		assertNull(hits(server).get("0x80070005"), "a field before the level is not the message");
	}

	@Test
	void hitsAreMergedAcrossFilesAndTheEarliestStaysFirst() {
		Server server = Evidence.collectedAt("2026-11-20T08:15:02Z", 480);
		byte[] gateway = Evidence.fixture("GatewayProvider0.errlog");
		ParserHarness.run(new ErrlogParser(), GATEWAY, gateway, server);
		ParserHarness.run(new ErrlogParser(), CBENGINE, Evidence.fixture("CBEngineCurr.errlog"), server);
		assertEquals(2, server.getLogs().getFiles().size());
		Map<String, LogHit> hits = hits(server);
		assertEquals(server.getLogs().getHits().size(), hits.size(), "one hit per signature");
		LogHit unexpected = hits.get("0x8000FFFF");
		assertEquals(3, unexpected.getCount());
		// the gateway log was read first, but the CBEngine occurrence is earlier
		assertEquals(Instant.parse("2026-08-04T05:16:29.206Z"), unexpected.getFirstTime().toInstant());
		assertEquals(CBENGINE, Provenance.ofObject(unexpected).orElseThrow().getArtifact());
		assertEquals(1, unexpected.getOrigins().stream().filter(o -> o.getFeature().isEmpty()).count());
		// the last one is in the gateway log
		assertEquals(Instant.parse("2026-08-06T02:00:00Z"), unexpected.getLastTime().toInstant());
		Origin last = Provenance.of(unexpected, Literals.LOG_HIT__LAST_TIME).orElseThrow();
		assertEquals(GATEWAY, last.getArtifact());
		assertEquals(3, last.getLine());
		assertEquals(1, hits.get("407").getCount());
		// "connection attempt failed ... :443" is one connection failure
		assertEquals(1, hits.get("connection-failed").getCount());
		assertEquals("connection attempt failed",
				Provenance.ofObject(hits.get("connection-failed")).orElseThrow().getRaw());
		Evidence.assertOriginsOnTheirLines(server, GATEWAY, gateway);
	}

	@Test
	void lineAfterTheCollectionDateIsFromThePreviousYear() {
		Server server = Evidence.collectedAt("2026-01-03T02:00:00Z", 0);
		String log = line("12/30", "23:59:59.999", "WARNING", "Failed: Hr: = [0x80070005]") + "\n"
				+ line("01/02", "08:00:00.000", "WARNING", "Failed: Hr: = [0x80070005]") + "\n";
		ParserHarness.run(new ErrlogParser(), CBENGINE, Fixtures.utf16le(log), server);
		LogFile file = server.getLogs().getFiles().get(0);
		assertEquals(Instant.parse("2025-12-30T23:59:59.999Z"), file.getFirstTimestamp().toInstant());
		assertEquals(Instant.parse("2026-01-02T08:00:00Z"), file.getLastTimestamp().toInstant());
		LogHit denied = server.getLogs().getHits().get(0);
		assertEquals(Instant.parse("2025-12-30T23:59:59.999Z"), denied.getFirstTime().toInstant());
	}

	@Test
	void theCollectionDateIsTheServersLocalDate() {
		// 2026-01-01 20:00 UTC is already 2026-01-02 on a +08:00 server: 01/02 is this year
		Server server = Evidence.collectedAt("2026-01-01T20:00:00Z", 480);
		ParserHarness.run(new ErrlogParser(), CBENGINE,
				Fixtures.utf8Bom(line("01/02", "03:00:00.000", "WARNING", "x") + "\n"), server);
		assertEquals(Instant.parse("2026-01-01T19:00:00Z"),
				server.getLogs().getFiles().get(0).getFirstTimestamp().toInstant());
	}

	@Test
	void withoutCollectionTimeDatesStayEmptyWithOneProblem() {
		Server server = ServerFactory.eINSTANCE.createServer();
		String log = line("08/04", "13:16:29.206", "WARNING", "Hr: = [0x80070005]") + "\n"
				+ line("08/04", "13:16:30.206", "ERROR", "SalBitmapError") + "\n";
		Result result = ParserHarness.run(new ErrlogParser(), CBENGINE, log.getBytes(StandardCharsets.UTF_8), server);
		assertEquals(1, result.problems().size(), result.problems().toString());
		LogFile file = server.getLogs().getFiles().get(0);
		assertNull(file.getFirstTimestamp());
		assertEquals(0, file.getMalformedLines());
		assertEquals(1, file.getErrors());
		assertNull(hits(server).get("SalBitmapError").getFirstTime());
	}

	@Test
	void signaturesInTheirSpellings() {
		Server server = Evidence.collectedAt("2026-11-20T08:15:02Z", 0);
		String log = String.join("\n",
				line("11/01", "10:00:00.000", "WARNING", "Encryption failed 0x1FC07 (0x0001FC07), code 130055"),
				line("11/01", "10:00:01.000", "ERROR", "Job failed with error 34506; hr=-2147024891"),
				line("11/01", "10:00:02.000", "NORMAL", "Connecting to pod01-rec2.sea.backup.windowsazure.com:443"),
				line("11/01", "10:00:03.000", "WARNING", "Unable to reach pod01-rec2.sea.backup.windowsazure.com port 443"),
				line("11/01", "10:00:04.000", "NORMAL", "Hr: = [0x00000000] and pointer 0x0000000053582120"),
				line("11/01", "10:00:05.000", "ERROR", "230006 100050 34513 SalChecksumStoreInitializationFailed")) + "\n";
		ParserHarness.run(new ErrlogParser(), CBENGINE, log.getBytes(StandardCharsets.UTF_8), server);
		Map<String, LogHit> hits = hits(server);
		assertEquals(1, hits.get("0x1FC07").getCount(), "three spellings on one line are one hit");
		assertEquals(1, hits.get("34506").getCount());
		assertEquals(1, hits.get("0x80070005").getCount());
		assertEquals(2, hits.get("connection-failed").getCount(),
				"the port 443 that could not be reached and the 100050 line; a plain connection to 443 is no failure");
		assertEquals(1, hits.get("230006").getCount());
		assertEquals(1, hits.get("100050").getCount());
		assertEquals(1, hits.get("34513").getCount());
		assertEquals(1, hits.get("SalChecksumStoreInitializationFailed").getCount());
		assertNull(hits.get("0x00000000"));
		assertEquals(8, hits.size(), hits.keySet().toString());
	}

	@Test
	void longAndBrokenLinesAreMalformedNotFatal() {
		Server server = Evidence.collectedAt("2026-11-20T08:15:02Z", 0);
		String log = line("13/45", "10:00:00.000", "WARNING", "bad date") + "\n" + "x".repeat(200_000) + "\n\n"
				+ line("11/01", "10:00:00.000", "WARNING", "fine") + "\n";
		Result result = ParserHarness.run(new ErrlogParser(), CBENGINE, Fixtures.utf16le(log), server);
		assertNull(result.failure());
		LogFile file = server.getLogs().getFiles().get(0);
		assertEquals(4, file.getLines());
		assertEquals(2, file.getMalformedLines());
		assertEquals(1, file.getWarnings());
	}

	@Test
	void emptyLogHasNoLines() {
		Server server = Evidence.collectedAt("2026-11-20T08:15:02Z", 0);
		Result result = ParserHarness.run(new ErrlogParser(), CBENGINE, new byte[0], server);
		assertNull(result.failure());
		assertTrue(result.problems().isEmpty());
		assertEquals(0, server.getLogs().getFiles().get(0).getLines());
		assertTrue(server.getLogs().getHits().isEmpty());
	}
}
