package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.VolumesParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.Volume;

class VolumesParserTest {

	private static final String PATH = "system/volumes.csv";

	@Test
	void readsSizesLettersAndDriveTypes() {
		Result result = parse(new VolumesParser(), PATH, CsvJsonAssertions.fixture("volumes.csv"));
		var volumes = result.server().getVolumes();
		assertEquals(4, volumes.size());
		Volume c = volumes.get(0);
		assertEquals("C", c.getDriveLetter());
		assertNull(c.getLabel());
		assertEquals("NTFS", c.getFileSystem());
		assertEquals("Fixed", c.getDriveType());
		assertEquals(254779846656L, c.getSize());
		assertEquals(175554883584L, c.getSizeRemaining());
		assertEquals("\\\\?\\Volume{3f1c0c3e-0000-0000-0000-501f00000000}\\", c.getPath());
		assertOrigin(2, "175554883584", c, Literals.VOLUME__SIZE_REMAINING);

		Volume reserved = volumes.get(1);
		assertEquals("", reserved.getDriveLetter());
		assertEquals("System Reserved", reserved.getLabel());

		Volume e = volumes.get(2);
		assertEquals("Backup, cache", e.getLabel());
		assertEquals("Fixed", e.getDriveType());
		assertOrigin(4, "3", e, Literals.VOLUME__DRIVE_TYPE);

		Volume f = volumes.get(3);
		assertEquals("9", f.getDriveType());
		assertNull(f.getFileSystem());
		assertEquals(1, result.problems().size(), result.problems().toString());
		assertTrue(result.problems().get(0).contains("DriveType 9"), result.problems().get(0));
	}

	@Test
	void sizeThatIsNotANumberIsReportedAndLeftUnknown() {
		Result result = parse(new VolumesParser(), PATH, Fixtures.utf16le(
				"\"DriveLetter\",\"FileSystemLabel\",\"FileSystem\",\"DriveType\",\"HealthStatus\","
						+ "\"OperationalStatus\",\"Size\",\"SizeRemaining\",\"Path\"\n"
						+ "\"D\",\"Data\",\"ReFS\",\"Removable\",\"Healthy\",\"OK\",\"28.64 GB\",\"\",\"\"\n"));
		Volume d = result.server().getVolumes().get(0);
		assertEquals("Removable", d.getDriveType());
		assertNull(d.getSize());
		assertNull(d.getSizeRemaining());
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "'28.64 GB' is not a whole number (line 2)"),
				result.problems().toString());
	}

	@Test
	void emptyFileHasNoVolumes() {
		Result result = parse(new VolumesParser(), PATH, new byte[0]);
		assertTrue(result.server().getVolumes().isEmpty());
		assertTrue(result.problems().isEmpty());
	}
}
