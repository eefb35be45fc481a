package marswb.bundle.tests.csvjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.format.CsvHeader;
import marswb.bundle.internal.format.CsvReader;
import marswb.bundle.internal.format.CsvReader.Field;
import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.internal.text.BoundedLineReader;
import marswb.bundle.tests.Fixtures;

class CsvReaderTest {

	private final List<String> problems = new ArrayList<>();

	private CsvReader reader(String text) throws IOException {
		return reader(text, CsvReader.DEFAULT_MAX_RECORD_LINES, CsvReader.DEFAULT_MAX_RECORD_CHARS);
	}

	private CsvReader reader(String text, int maxLines, int maxChars) throws IOException {
		return new CsvReader(new BoundedLineReader(new ByteArrayInputStream(Fixtures.utf16le(text)), 64 * 1024),
				problems::add, maxLines, maxChars);
	}

	private static List<Record> rest(CsvReader reader) throws IOException {
		List<Record> records = new ArrayList<>();
		Record record;
		while ((record = reader.next()) != null) {
			records.add(record);
		}
		return records;
	}

	@Test
	void quotedFieldsKeepCommasEscapedQuotesAndLineBreaks() throws IOException {
		String text = """
				"Name","Message","Id"
				"a, b","He said ""hi\"\"\","1"
				"multi","first line
				second, line
				third ""line\"\"\","2"
				"next","x","3"
				""";
		try (CsvReader csv = reader(text)) {
			CsvHeader header = csv.header();
			assertEquals(List.of("Name", "Message", "Id"), header.names());
			List<Record> records = rest(csv);
			assertEquals(3, records.size());
			assertEquals(List.of("a, b", "He said \"hi\"", "1"), records.get(0).values());
			assertEquals(2, records.get(0).line());
			assertEquals("He said \"\"hi\"\"", records.get(0).field(header, "message").raw());

			Record multi = records.get(1);
			assertEquals(3, multi.line());
			assertEquals("\"multi\",\"first line", multi.rawLine());
			assertEquals("first line\nsecond, line\nthird \"line\"", multi.field(1).value());
			assertEquals("first line", multi.field(1).raw());
			Field id = multi.field(header, "ID");
			assertEquals("2", id.value());
			assertEquals(5, id.line());

			assertEquals(6, records.get(2).line());
			assertEquals(List.of("next", "x", "3"), records.get(2).values());
		}
		assertTrue(problems.isEmpty(), problems.toString());
	}

	@Test
	void unquotedAndEmptyFields() throws IOException {
		try (CsvReader csv = reader("A,B,C\n1,,x y\n\"\",z,\n")) {
			CsvHeader header = csv.header();
			assertEquals(1, header.index("b"));
			assertEquals(-1, header.index("D"));
			List<Record> records = rest(csv);
			assertEquals(List.of("1", "", "x y"), records.get(0).values());
			assertEquals(List.of("", "z", ""), records.get(1).values());
			assertNull(records.get(0).field(7));
		}
	}

	@Test
	void typeInformationLineIsSkipped() throws IOException {
		try (CsvReader csv = reader("#TYPE Selected.System.Management.ManagementObject\n\"Name\"\n\"obengine\"\n")) {
			CsvHeader header = csv.header();
			assertEquals(2, header.line());
			Record record = csv.next();
			assertEquals(3, record.line());
			assertEquals("obengine", record.field(header, "Name").value());
		}
	}

	@Test
	void emptyFileAndHeaderOnlyHaveNoRows() throws IOException {
		try (CsvReader csv = reader("")) {
			assertNull(csv.header());
			assertNull(csv.next());
		}
		try (CsvReader csv = reader("\"Status\",\"Class\"\n")) {
			assertNotNull(csv.header());
			assertNull(csv.next());
		}
		assertTrue(problems.isEmpty(), problems.toString());
	}

	@Test
	void unbalancedQuoteAtTheEndDoesNotSwallowTheRest() throws IOException {
		String text = """
				"Name","Value"
				"one","1"
				"broken","2
				"three","3"
				"four","4"
				""";
		try (CsvReader csv = reader(text)) {
			csv.header();
			List<Record> records = rest(csv);
			assertEquals(List.of("one", "three", "four"), records.stream().map(r -> r.field(0).value()).toList());
			assertEquals(4, records.get(1).line());
			assertEquals(5, records.get(2).line());
		}
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("line 3:"), problems.get(0));
	}

	@Test
	void aRecordIsBoundedInLinesAndReadingResynchronises() throws IOException {
		StringBuilder text = new StringBuilder("\"Name\",\"Value\"\n\"open\",\"never closed\n");
		for (int i = 0; i < 20; i++) {
			text.append("plain").append(i).append(",").append(i).append('\n');
		}
		text.append("\"late\",\"quote \"\"ok\"\"\"\n");
		try (CsvReader csv = reader(text.toString(), 5, 1 << 20)) {
			csv.header();
			List<Record> records = rest(csv);
			assertEquals(21, records.size());
			assertEquals("plain0", records.get(0).field(0).value());
			assertEquals(3, records.get(0).line());
			assertEquals("quote \"ok\"", records.get(20).field(1).value());
		}
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("line 2") && problems.get(0).contains("5 lines"), problems.get(0));
	}

	@Test
	void aRecordIsBoundedInCharacters() throws IOException {
		String longLine = "x".repeat(400);
		String text = "\"A\"\n\"" + (longLine + "\n").repeat(5) + "\"fine\"\n";
		try (CsvReader csv = reader(text, 1000, 1000)) {
			csv.header();
			List<Record> records = rest(csv);
			assertEquals("fine", records.get(records.size() - 1).field(0).value());
		}
		assertTrue(problems.get(0).startsWith("line 2:"), problems.toString());
	}

	@Test
	void crOnlyAndLfOnlyLineEndsInsideQuotes() throws IOException {
		byte[] bytes = "\"A\",\"B\"\r\n\"x\",\"one\rtwo\"\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		try (CsvReader csv = new CsvReader(new BoundedLineReader(new ByteArrayInputStream(bytes), 1024),
				problems::add)) {
			csv.header();
			assertEquals("one\ntwo", csv.next().field(1).value());
		}
	}
}
