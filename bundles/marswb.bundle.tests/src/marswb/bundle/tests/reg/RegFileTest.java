package marswb.bundle.tests.reg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.format.RegFile;
import marswb.bundle.internal.format.RegKey;
import marswb.bundle.internal.format.RegValue;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness.BytesInput;

class RegFileTest {

	private static final String ENVIRONMENT = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment";

	/** Value forms reg export writes, as it writes them (hex data generated with its 77-column wrapping). */
	private static final String VALUE_FORMS = """
			Windows Registry Editor Version 5.00

			[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Forms]
			@="default \\"quoted\\" C:\\\\Temp\\\\"
			"Path \\"A\\""="C:\\\\Program Files\\\\App\\\\"
			"Sources"=hex(7):43,00,3a,00,5c,00,42,00,61,00,63,00,6b,00,75,00,70,00,00,00,\\
			  44,00,3a,00,5c,00,70,65,6e,63,00,00,00,00
			"Quota"=hex(b):00,00,00,40,01,00,00,00
			"Flags"=hex(4):01,00,00,80
			"Mask"=dword:ffffffff
			"Blob"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,\\
			  16,17,18,19,1a,1b,1c,1d
			"Custom"=hex(ffff0010):01,02
			"Nothing"=hex(0):
			"Empty"=""

			""";

	private static RegFile read(byte[] bytes) throws IOException, ArtifactFormatException {
		return RegFile.read(new BytesInput("test.reg", bytes));
	}

	private static RegValue value(RegFile file, String key, String name) {
		return file.key(key).orElseThrow().value(name).orElseThrow();
	}

	@Test
	void readsARealExportWithContinuedHexLines() throws Exception {
		RegFile file = read(RegAssertions.fixture("environment.reg"));
		assertTrue(file.unicode());
		assertTrue(file.problems().isEmpty(), file.problems().toString());
		// Windows compares key and value names without regard to case; HKLM is the usual abbreviation
		RegKey key = file.key("hklm\\system\\currentcontrolset\\control\\session manager\\environment\\").orElseThrow();
		assertEquals(ENVIRONMENT, key.path());
		assertEquals(3, key.line());
		assertEquals(12, key.values().size());
		RegValue modulePath = key.value("psmodulepath").orElseThrow();
		assertEquals("PSModulePath", modulePath.name());
		assertEquals(RegValue.REG_EXPAND_SZ, modulePath.type());
		assertEquals("%ProgramFiles%\\WindowsPowerShell\\Modules;%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\Modules;"
				+ "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\Modules", modulePath.value());
		assertEquals(24, modulePath.line());
		assertTrue(modulePath.raw().startsWith("hex(2):25,00,50,00,72,00"), modulePath.raw());
		assertFalse(modulePath.raw().endsWith("\\"), modulePath.raw());
		assertEquals("C:\\Windows\\System32\\Drivers\\DriverData", value(file, ENVIRONMENT, "DriverData").value());
		assertEquals("%SystemRoot%", value(file, ENVIRONMENT, "windir").value());
		assertEquals(43, value(file, ENVIRONMENT, "windir").line());
	}

	@Test
	void decodesEveryValueForm() throws Exception {
		RegFile file = read(Fixtures.utf16le(VALUE_FORMS));
		assertTrue(file.problems().isEmpty(), file.problems().toString());
		String key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Forms";
		RegValue defaultValue = value(file, key, "");
		assertEquals("default \"quoted\" C:\\Temp\\", defaultValue.value());
		assertEquals("\"default \\\"quoted\\\" C:\\\\Temp\\\\\"", defaultValue.raw());
		assertEquals("C:\\Program Files\\App\\", value(file, key, "Path \"A\"").value());
		RegValue sources = value(file, key, "Sources");
		assertEquals(RegValue.REG_MULTI_SZ, sources.type());
		assertEquals(List.of("C:\\Backup", "D:\\数据"), sources.value());
		assertEquals(6, sources.line());
		assertEquals(5L * 1024 * 1024 * 1024, value(file, key, "Quota").value());
		assertEquals(RegValue.REG_QWORD, value(file, key, "Quota").type());
		assertEquals(0x80000001L, value(file, key, "Flags").value());
		assertEquals(0xffffffffL, value(file, key, "Mask").value());
		assertEquals("dword:ffffffff", value(file, key, "Mask").raw());
		byte[] blob = new byte[30];
		for (int i = 0; i < blob.length; i++) {
			blob[i] = (byte) i;
		}
		assertArrayEquals(blob, (byte[]) value(file, key, "Blob").value());
		RegValue custom = value(file, key, "Custom");
		assertEquals(0xffff0010, custom.type());
		assertArrayEquals(new byte[] { 1, 2 }, (byte[]) custom.value());
		assertArrayEquals(new byte[0], (byte[]) value(file, key, "Nothing").value());
		assertEquals("", value(file, key, "Empty").value());
	}

	@Test
	void readsAnAnsiRegedit4File() throws Exception {
		RegFile file = read(RegAssertions.fixture("regedit4-gbk.reg"));
		assertFalse(file.unicode());
		assertTrue(file.problems().isEmpty(), file.problems().toString());
		String key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\备份";
		assertEquals("D:\\备份\\数据", value(file, key, "Folder").value());
		assertEquals(42L, value(file, key, "Count").value());
		// hex(2) and hex(7) of a REGEDIT4 file hold ANSI bytes, not UTF-16
		assertEquals("%SystemDrive%\\备份", value(file, key, "Expand").value());
		assertEquals(List.of("C:\\一", "D:\\二"), value(file, key, "Multi").value());
	}

	@Test
	void aFileWithoutTheHeaderIsRefused() {
		byte[] bytes = Fixtures.utf16le("[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\n\"A\"=dword:00000001\n");
		ArtifactFormatException e = RegAssertions.refused(() -> read(bytes));
		assertEquals(1, e.line());
		assertTrue(e.getMessage().startsWith("not a .reg file: the first line is '[HKEY_LOCAL_MACHINE"), e.getMessage());
	}

	@Test
	void anEmptyFileIsRefused() {
		ArtifactFormatException e = RegAssertions.refused(() -> read(new byte[] { (byte) 0xFF, (byte) 0xFE }));
		assertEquals("empty file: no .reg header", e.getMessage());
	}

	@Test
	void aTruncatedUtf16FileKeepsWhatWasWholeAndReportsTheCutValue() throws Exception {
		byte[] whole = RegAssertions.fixture("dotnet-ndp.reg");
		// drop the two final CRLFs, the closing quote and half of the last character: an odd byte count
		byte[] cut = Arrays.copyOf(whole, whole.length - 11);
		assertEquals(1, cut.length % 2);
		RegFile file = read(cut);
		String full = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full\\1033";
		assertEquals(528449L, value(file, full, "Release").value());
		assertTrue(file.key(full).orElseThrow().value("Version").isEmpty());
		assertEquals(1, file.problems().size(), file.problems().toString());
		assertTrue(file.problems().get(0).startsWith("line 18: string value 'Version' is not one quoted string"),
				file.problems().get(0));
	}

	@Test
	void malformedLinesAreReportedWithTheirLineAndTheRestIsRead() throws Exception {
		RegFile file = read(Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]
				"BadDword"=dword:xyz
				garbage
				"BadHex"=hex:01,0g
				"Cut"=hex:01,02,\\

				"Good"="yes"
				"Unquoted"="no end
				"Unknown"=word:1
				"Short"=hex(b):01,02
				"Odd"=hex(2):41,00,42
				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Broken
				"Lost"="value of an unreadable key"
				  03,04

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\After]
				"Read"=dword:00000007
				"""));
		assertEquals(List.of(
				"line 4: DWORD value 'BadDword' is not 1 to 8 hex digits: 'dword:xyz'",
				"line 5: neither a key, a value nor a comment: 'garbage'",
				"line 6: hex data of 'BadHex' holds something other than hex bytes; value skipped",
				"line 7: the hex data of 'Cut' is cut off at line 8; value skipped",
				"line 10: string value 'Unquoted' is not one quoted string: '\"no end'",
				"line 11: value 'Unknown' has an unknown data form: 'word:1'",
				"line 12: REG_QWORD value 'Short' has 2 bytes instead of 8; kept as bytes",
				"line 13: 'Odd' has an odd number of bytes for UTF-16 text; last byte dropped",
				"line 14: key line without its closing ']': '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Broken'"),
				file.problems());
		assertEquals("yes", value(file, "HKLM\\SOFTWARE\\Contoso", "Good").value());
		assertEquals("A", value(file, "HKLM\\SOFTWARE\\Contoso", "Odd").value());
		assertEquals(7L, value(file, "HKLM\\SOFTWARE\\Contoso\\After", "Read").value());
		assertEquals(2, file.keys().size());
	}

	@Test
	void deletionsAndCommentsAreIgnored() throws Exception {
		RegFile file = read(Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				; written by hand
				[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Old]
				"Gone"=dword:00000001

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]
				"Removed"=-
				"Kept"=dword:00000002
				"""));
		assertTrue(file.problems().isEmpty(), file.problems().toString());
		assertEquals(1, file.keys().size());
		RegKey key = file.keyEndingWith("\\contoso").orElseThrow();
		assertEquals(1, key.values().size());
		assertEquals(2L, key.value("kept").orElseThrow().value());
	}

	@Test
	void aContinuationAtTheEndOfTheFileIsReported() throws Exception {
		RegFile file = read("""
				Windows Registry Editor Version 5.00\r
				\r
				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\r
				"Cut"=hex:01,02,\\""".getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("line 4: the hex data of 'Cut' ends with a continuation mark at the end of the file;"
				+ " value skipped"), file.problems());
	}
}
