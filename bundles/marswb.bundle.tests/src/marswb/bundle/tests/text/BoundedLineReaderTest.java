package marswb.bundle.tests.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.text.BoundedLineReader;
import marswb.bundle.spi.Line;
import marswb.bundle.tests.Fixtures;

class BoundedLineReaderTest {

	private static List<Line> lines(byte[] bytes, int max) throws IOException {
		List<Line> result = new ArrayList<>();
		try (BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(bytes), max)) {
			Line line;
			while ((line = reader.next()) != null) {
				result.add(line);
			}
		}
		return result;
	}

	@Test
	void utf16leWithBomIsDecodedWithCrlfLineEnds() throws IOException {
		List<Line> lines = lines(Fixtures.utf16le("Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\X]\n"), 1000);
		assertEquals(3, lines.size());
		assertEquals("Windows Registry Editor Version 5.00", lines.get(0).text());
		assertEquals("", lines.get(1).text());
		assertEquals(3, lines.get(2).number());
	}

	@Test
	void encodingIsSniffedWithoutBom() throws IOException {
		try (BoundedLineReader gbk = new BoundedLineReader(
				new ByteArrayInputStream(Fixtures.encoded("\u4e3b\u673a\u540d,\u670d\u52a1\u5668\n", java.nio.charset.Charset.forName("GBK"))), 100)) {
			assertEquals("GBK", gbk.encoding());
			assertEquals("\u4e3b\u673a\u540d,\u670d\u52a1\u5668", gbk.next().text());
		}
		try (BoundedLineReader utf8 = new BoundedLineReader(
				new ByteArrayInputStream("caf\u00e9\n".getBytes(StandardCharsets.UTF_8)), 100)) {
			assertEquals("UTF-8", utf8.encoding());
		}
		try (BoundedLineReader utf16 = new BoundedLineReader(
				new ByteArrayInputStream("China Standard Time\r\n".getBytes(StandardCharsets.UTF_16LE)), 100)) {
			assertEquals("UTF-16LE", utf16.encoding());
			assertEquals("China Standard Time", utf16.next().text());
		}
	}

	@Test
	void longLineIsCutAndFlaggedAndReadingGoesOn() throws IOException {
		char[] longLine = new char[50_000];
		Arrays.fill(longLine, 'x');
		List<Line> lines = lines(("first\n" + new String(longLine) + "\nlast\n").getBytes(StandardCharsets.UTF_8), 100);
		assertEquals(3, lines.size());
		assertTrue(lines.get(1).truncated());
		assertEquals(100, lines.get(1).text().length());
		assertFalse(lines.get(2).truncated());
		assertEquals("last", lines.get(2).text());
	}

	@Test
	void truncatedUtf16IsReportedAsUndecodableNotLost() throws IOException {
		byte[] whole = Fixtures.utf16le("line one\nline two");
		byte[] cut = Arrays.copyOf(whole, whole.length - 1);
		try (BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(cut), 100)) {
			assertEquals("line one", reader.next().text());
			assertEquals("line tw\uFFFD", reader.next().text());
			assertNull(reader.next());
			assertEquals(1, reader.malformedInputs());
		}
	}

	@Test
	void crOnlyAndMixedLineEndsCountLines() throws IOException {
		List<Line> lines = lines("a\rb\r\nc\nd".getBytes(StandardCharsets.US_ASCII), 10);
		assertEquals(List.of("a", "b", "c", "d"), lines.stream().map(Line::text).toList());
		assertEquals(4, lines.get(3).number());
	}
}
