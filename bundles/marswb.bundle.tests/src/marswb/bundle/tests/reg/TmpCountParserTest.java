package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.TmpCountParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.ServerPackage.Literals;

class TmpCountParserTest {

	private static final String PATH = "system/windows-temp-tmp-count.txt";

	@Test
	void readsTheCount() {
		byte[] bytes = Fixtures.utf16le("61234\n");
		Result result = ParserHarness.run(new TmpCountParser(), PATH, bytes);
		assertClean(result);
		assertEquals(61234L, result.server().getWindowsTempTmpCount());
		assertEquals("61234", origin(result.server(), Literals.SERVER__WINDOWS_TEMP_TMP_COUNT).getRaw());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void zeroIsACount() {
		Result result = ParserHarness.run(new TmpCountParser(), PATH, Fixtures.utf16le("0\n"));
		assertClean(result);
		assertEquals(0L, result.server().getWindowsTempTmpCount());
	}

	@Test
	void anEmptyFileLeavesTheCountUnknown() {
		Result result = ParserHarness.run(new TmpCountParser(), PATH, Fixtures.utf16le(""));
		assertNull(result.failure());
		assertEquals(List.of("empty: count unknown"), result.problems());
		assertNull(result.server().getWindowsTempTmpCount());
	}

	@Test
	void somethingElseIsRefused() {
		Result result = ParserHarness.run(new TmpCountParser(), PATH,
				Fixtures.utf16le("Get-ChildItem : Access to the path 'C:\\Windows\\Temp' is denied.\n"));
		assertEquals(1, RegAssertions.failure(result).line());
		assertEquals("not a file count: 'Get-ChildItem : Access to the path 'C:\\Windows\\Temp' is denied.' (line 1)",
				result.failure().getMessage());
	}
}
