package marswb.bundle.tests.xmlstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.FailedFilesParser;
import marswb.bundle.internal.format.FailedFileLine;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.provenance.Provenance;
import marswb.model.server.ErrorCodeCount;
import marswb.model.server.FailedFilesList;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.FolderCount;
import marswb.model.server.Origin;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

class FailedFilesParserTest {

	private static final String PATH = "agent/failed-files/LastBackupFailedFiles17af1_7_21_2020.txt";
	private static final String HEADER = "Consider adding these to exclusion list of backup policy.";

	private static Map<String, ErrorCodeCount> codes(FailedFilesSummary summary) {
		return summary.getCodes().stream().collect(Collectors.toMap(ErrorCodeCount::getCode, Function.identity()));
	}

	private static Map<String, Long> folders(FailedFilesSummary summary) {
		return folders(summary.getTopFolders());
	}

	private static Map<String, Long> folders(List<FolderCount> folders) {
		return folders.stream().collect(Collectors.toMap(FolderCount::getFolder, FolderCount::getCount));
	}

	@Test
	void listWithHeaderTrailerAndCodesInDifferentPlaces() {
		byte[] content = Evidence.fixture("LastBackupFailedFiles17af1_7_21_2020.txt");
		Result result = ParserHarness.run(new FailedFilesParser(), PATH, content);
		assertNull(result.failure());
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		FailedFilesSummary summary = result.server().getFailedFiles();
		assertEquals(6, summary.getTotalEntries());
		FailedFilesList list = summary.getLists().get(0);
		assertTrue(list.isHeaderSeen());
		assertEquals(6, list.getEntries());
		assertEquals(0, list.getMalformedLines());
		assertEquals(java.time.Instant.parse("2020-07-21T00:00:00Z"), list.getFileNameDate().toInstant(),
				"the day in the file name, month first; UTC without a collection offset");

		Map<String, ErrorCodeCount> codes = codes(summary);
		assertEquals(3, codes.get("0x80070005").getCount());
		assertEquals("D:\\Data\\Finance\\ledger.xlsx\t0x80070005", codes.get("0x80070005").getFirstEntry());
		Origin first = Provenance.ofObject(codes.get("0x80070005")).orElseThrow();
		assertEquals(3, first.getLine());
		assertEquals("0x80070005", first.getRaw());
		assertEquals(1, codes.get("0x80070020").getCount());
		assertEquals(2, codes.get("").getCount());

		Map<String, Long> folders = folders(summary);
		assertEquals(3, folders.get("D:\\Data\\Finance"));
		assertEquals(2, folders.get("D:\\Data\\HR"));
		assertEquals(1, folders.get("\\\\?\\Volume{4c1b2e3f-0000-0000-0000-100000000000}\\Data"));
		assertEquals("D:\\Data\\Finance", summary.getTopFolders().get(0).getFolder());

		// each code counts its own folders, each located at an entry of that code
		ErrorCodeCount denied = codes.get("0x80070005");
		assertEquals(Map.of("D:\\Data\\Finance", 2L, "D:\\Data\\HR", 1L), folders(denied.getTopFolders()));
		assertEquals("D:\\Data\\Finance", denied.getTopFolders().get(0).getFolder());
		assertEquals(3, Provenance.ofObject(denied.getTopFolders().get(0)).orElseThrow().getLine());
		assertEquals(6, Provenance.ofObject(denied.getTopFolders().get(1)).orElseThrow().getLine());
		assertEquals(Map.of("D:\\Data\\Finance", 1L), folders(codes.get("0x80070020").getTopFolders()));
		assertEquals(4, Provenance.ofObject(codes.get("0x80070020").getTopFolders().get(0)).orElseThrow().getLine());
		assertEquals(Map.of("\\\\?\\Volume{4c1b2e3f-0000-0000-0000-100000000000}\\Data", 1L, "D:\\Data\\HR", 1L),
				folders(codes.get("").getTopFolders()));
		Evidence.assertOriginsOnTheirLines(result.server(), PATH, content);
	}

	@Test
	void codesBeforeOrAfterThePath() {
		assertEntry("D:\\a\\b.txt", "0x80070005", FailedFileLine.parse("D:\\a\\b.txt\t0x80070005"));
		assertEntry("D:\\a\\b.txt", "0x80070005", FailedFileLine.parse("0x80070005\tD:\\a\\b.txt"));
		assertEntry("D:\\a\\b (1).txt", "0x80070005", FailedFileLine.parse("D:\\a\\b (1).txt (0x80070005)"));
		assertEntry("D:\\a\\b.txt", "0x80070005", FailedFileLine.parse("(0x80070005) D:\\a\\b.txt"));
		assertEntry("D:\\a\\b.txt", "0x80070005", FailedFileLine.parse("D:\\a\\b.txt, -2147024891"));
		assertEntry("D:\\a\\b.txt", "0x80070005", FailedFileLine.parse("-2147024891 D:\\a\\b.txt"));
		assertEntry("D:\\a\\b.txt", "0x80070020", FailedFileLine.parse("D:\\a\\b.txt 80070020"));
		assertEntry("D:\\a\\b.txt", "0x5", FailedFileLine.parse("D:\\a\\b.txt\t5"));
		assertEntry("D:\\a\\b.txt", "0x1FC07", FailedFileLine.parse("D:\\a\\b.txt 0x1fc07."));
		// numbers that belong to the name are no codes
		assertEntry("D:\\a\\report 2024", "", FailedFileLine.parse("D:\\a\\report 2024"));
		assertEntry("D:\\a\\dump 0x1234.bin", "", FailedFileLine.parse("D:\\a\\dump 0x1234.bin"));
		assertEntry("D:\\a\\b.txt", "", FailedFileLine.parse("  D:\\a\\b.txt  "));
	}

	private static void assertEntry(String path, String code, FailedFileLine entry) {
		assertEquals(path, entry.path());
		assertEquals(code, entry.code());
	}

	@Test
	void utf8ListWithoutHeader() {
		String text = "C:\\Users\\svc\\NTUSER.DAT\nC:\\Users\\svc\\ntuser.dat.LOG1\n";
		Result result = ParserHarness.run(new FailedFilesParser(), PATH, text.getBytes(StandardCharsets.UTF_8));
		FailedFilesList list = result.server().getFailedFiles().getLists().get(0);
		assertFalse(list.isHeaderSeen());
		assertEquals(2, list.getEntries());
		assertEquals(2, folders(result.server().getFailedFiles()).get("C:\\Users\\svc"));
	}

	@Test
	void listsAreMergedAndTheFirstOccurrenceStays() {
		Server server = ServerFactory.eINSTANCE.createServer();
		ParserHarness.run(new FailedFilesParser(), PATH, Evidence.fixture("LastBackupFailedFiles17af1_7_21_2020.txt"),
				server);
		String second = "agent/failed-files/LastBackupFailedFiles2b_8_1_2020.txt";
		ParserHarness.run(new FailedFilesParser(), second,
				Fixtures.utf16le(HEADER + "\nE:\\Share\\x.pst\t0x80070005\nC:\\y.txt\n" + "-".repeat(103) + "\n"), server);
		FailedFilesSummary summary = server.getFailedFiles();
		assertEquals(2, summary.getLists().size());
		assertEquals(8, summary.getTotalEntries());
		ErrorCodeCount denied = codes(summary).get("0x80070005");
		assertEquals(4, denied.getCount());
		assertEquals(PATH, Provenance.ofObject(denied).orElseThrow().getArtifact());
		assertEquals(1, folders(summary).get("C:\\"));
		assertEquals(summary.getCodes().size(), codes(summary).size(), "one entry per code");
	}

	@Test
	@Tag("slow")
	void twoHundredThousandLinesAreStreamed() {
		int lines = 200_000;
		long start = System.nanoTime();
		Result result = Evidence.runStreamed(
				new FailedFilesParser(), PATH, () -> Evidence.generatedLines(lines + 2, i -> {
					if (i == 0) {
						return HEADER + "-".repeat(46);
					}
					if (i == lines + 1) {
						return "-".repeat(103);
					}
					long n = i - 1;
					// 20,000 folders: more than the exact limit, so part of them is counted per first levels
					String path = "D:\\Share\\g" + (n % 20_000 % 50) + "\\f" + (n % 20_000) + "\\file" + n + ".txt";
					return switch ((int) (n % 4)) {
					case 0 -> path + "\t0x80070005";
					case 1 -> "-2147024864 " + path;
					default -> path;
					};
				}));
		assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(30)) < 0);
		assertNull(result.failure());
		FailedFilesSummary summary = result.server().getFailedFiles();
		assertEquals(lines, summary.getTotalEntries());
		assertTrue(summary.getLists().get(0).isHeaderSeen());
		Map<String, ErrorCodeCount> codes = codes(summary);
		assertEquals(50_000, codes.get("0x80070005").getCount());
		assertEquals(50_000, codes.get("0x80070020").getCount());
		assertEquals(100_000, codes.get("").getCount());
		assertEquals(20, summary.getTopFolders().size());
		// the 10,000 folders met after the limit are folded into their 50 "D:\Share\gN": 2,000 entries each
		for (FolderCount folder : summary.getTopFolders()) {
			assertEquals(2_000, folder.getCount(), folder.getFolder());
			assertTrue(folder.getFolder().matches("D:\\\\Share\\\\g\\d+"), folder.getFolder());
		}
	}

	@Test
	@Tag("slow")
	void fiftyMegabyteLineIsMalformedNotFatal() {
		long size = 50L * 1024 * 1024;
		Result result = Evidence.runStreamed(new FailedFilesParser(), PATH, () -> new SequenceInputStream(
				Evidence.generatedLines(1, i -> HEADER), new SequenceInputStream(repeated((byte) 'A', size),
						Evidence.generatedLines(2, i -> i == 0 ? "" : "D:\\after\\the.long.line"))));
		assertNull(result.failure());
		FailedFilesList list = result.server().getFailedFiles().getLists().get(0);
		assertEquals(1, list.getMalformedLines());
		assertEquals(1, list.getEntries());
		assertEquals(1, result.problems().size(), result.problems().toString());
	}

	@Test
	void emptyFileIsAnEmptyList() {
		Result result = ParserHarness.run(new FailedFilesParser(), PATH, new byte[0]);
		assertNull(result.failure());
		FailedFilesList list = result.server().getFailedFiles().getLists().get(0);
		assertEquals(0, list.getEntries());
		assertFalse(list.isHeaderSeen());
		assertTrue(result.server().getFailedFiles().getCodes().isEmpty());
	}

	/** {@code count} copies of one byte, without holding them. */
	private static InputStream repeated(byte value, long count) {
		return new InputStream() {
			private long left = count;

			@Override
			public int read() {
				return left-- > 0 ? value : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (left <= 0) {
					return -1;
				}
				int n = (int) Math.min(length, left);
				java.util.Arrays.fill(buffer, offset, offset + n, value);
				left -= n;
				return n;
			}
		};
	}
}
