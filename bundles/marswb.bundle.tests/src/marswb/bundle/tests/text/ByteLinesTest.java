package marswb.bundle.tests.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import marswb.bundle.internal.text.BoundedLineReader;
import marswb.bundle.internal.text.ByteLines;
import marswb.bundle.TextDecoding;
import marswb.bundle.spi.Line;

/**
 * The byte view must give exactly the lines of the decoding reader (numbers, text, truncation, undecodable bytes),
 * since origins found with one are shown with the other.
 */
class ByteLinesTest {

	private static final String[] PIECES = { "a", "0x80070005", "\t", " ", "\r\n", "\n", "\r", "\r\r\n", "\u4e2d\u6587",
			"\ud83d\ude00", "D:\\Data\\file.txt", "SalLowDiskSpace", "-2147024891", "", "\u00e9" };

	private record Read(List<String> lines, long malformed) {
	}

	private static Read decodingReader(byte[] bytes, int max) throws IOException {
		List<String> lines = new ArrayList<>();
		try (BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(bytes), max)) {
			Line line;
			while ((line = reader.next()) != null) {
				lines.add(line.number() + (line.truncated() ? "!" : ":") + line.text());
			}
			return new Read(lines, reader.malformedInputs());
		}
	}

	private static Read byteLines(byte[] bytes, int max, int buffer) throws IOException {
		List<String> lines = new ArrayList<>();
		try (ByteLines reader = new ByteLines(new ByteArrayInputStream(bytes), max, buffer)) {
			ByteLines.Line line;
			while ((line = reader.next()) != null) {
				String text = line.toString();
				assertEquals(text.length(), line.length());
				for (int i = 0; i < text.length(); i++) {
					assertEquals(text.charAt(i), line.charAt(i));
				}
				lines.add(line.number() + (line.truncated() ? "!" : ":") + text);
			}
			return new Read(lines, reader.malformedInputs());
		}
	}

	private static byte[] randomText(Random random, Charset charset, boolean bom) throws IOException {
		StringBuilder text = new StringBuilder();
		int pieces = random.nextInt(random.nextInt(8) == 0 ? 40_000 : 400);
		for (int i = 0; i < pieces; i++) {
			text.append(PIECES[random.nextInt(PIECES.length)]);
			if (random.nextInt(50) == 0) {
				text.append("x".repeat(random.nextInt(300)));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (bom && charset.equals(StandardCharsets.UTF_16LE)) {
			out.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
		} else if (bom && charset.equals(StandardCharsets.UTF_8)) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		out.write(text.toString().getBytes(charset));
		byte[] bytes = out.toByteArray();
		if (random.nextInt(10) == 0 && bytes.length > 4) {
			// damage: a lone surrogate half, an invalid byte, or a cut final code unit
			int at = 2 + random.nextInt(bytes.length - 3);
			switch (random.nextInt(3)) {
			case 0 -> bytes[at] = (byte) 0xD8;
			case 1 -> bytes[at] = (byte) 0xFF;
			default -> bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
			}
		}
		return bytes;
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16LE", "UTF-8", "GBK", "UTF-16BE" })
	void givesTheLinesOfTheDecodingReader(String charsetName) throws IOException {
		Charset charset = Charset.forName(charsetName);
		Random random = new Random(charsetName.hashCode());
		for (int round = 0; round < 120; round++) {
			byte[] bytes = randomText(random, charset, random.nextBoolean() || charsetName.equals("UTF-16BE"));
			int max = 20 + random.nextInt(200);
			int buffer = 64 * 1024 + random.nextInt(300);
			Read expected = decodingReader(bytes, max);
			Read actual = byteLines(bytes, max, buffer);
			String detected = TextDecoding.detect(bytes, bytes.length).charset().name();
			assertEquals(expected.lines(), actual.lines(), "round " + round + " as " + detected + ", max " + max
					+ ", buffer " + buffer);
			assertEquals(expected.malformed(), actual.malformed(), "round " + round + " as " + detected);
		}
	}

	@Test
	void aLineOfAsciiUtf16IsAViewThatStaysValidAsAString() throws IOException {
		byte[] bytes = "\ufeffone\ttwo\r\nthree".getBytes(StandardCharsets.UTF_16LE);
		try (ByteLines reader = new ByteLines(new ByteArrayInputStream(bytes), 100)) {
			assertEquals("UTF-16LE", reader.encoding());
			ByteLines.Line first = reader.next();
			String kept = first.subSequence(4, 7);
			assertEquals(4, first.indexOf('t', 0));
			ByteLines.Line second = reader.next();
			assertEquals("two", kept);
			assertEquals(2, second.number());
			assertEquals("three", second.toString());
			assertFalse(second.truncated());
			assertNull(reader.next());
			assertTrue(reader.malformedInputs() == 0);
		}
	}
}
