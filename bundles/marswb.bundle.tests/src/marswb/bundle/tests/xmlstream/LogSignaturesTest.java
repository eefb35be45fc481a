package marswb.bundle.tests.xmlstream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import marswb.bundle.internal.format.LogSignatures;

/** Each signature with the token rules that keep look-alikes out: one pass of cues must never hide a real one. */
class LogSignaturesTest {

	private static String found(String message, boolean failureLevel) {
		List<LogSignatures.Hit> hits = LogSignatures.find(message, failureLevel);
		return String.join(" ", hits.stream().map(h -> h.signature() + "=" + h.raw()).toList());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"Failed: Hr: = [0x80070005] Access is denied | 0x80070005=0x80070005",
			"call returned 0x00000000 | ''",
			"Encryption failed 0x0001FC07 | 0x1FC07=0x0001FC07",
			"x0x80070005 | ''",
			"0x800700051 | ''",
			"lower case 0x8007000e | 0x8007000E=0x8007000e",
			"short form 0x1fc07 here | 0x1FC07=0x1fc07",
			"short form 0x1FC07. | 0x1FC07=0x1FC07",
			"HRESULT -2147024891 from .NET | 0x80070005=-2147024891",
			"a-2147024891 | ''",
			"--2147024891 | ''",
			"-21470248910 | ''",
			"-2999999999 | ''",
			"(ID: 34513) | 34513=34513",
			"version 2.0.34513 | ''",
			"134513 | ''",
			"34513abc | ''",
			"130055 | 0x1FC07=130055",
			"100110 after 34506 | 34506=34506 100110=100110",
			"SalLowDiskSpace: no room | SalLowDiskSpace=SalLowDiskSpace",
			"XSalLowDiskSpace | ''",
			"(407) Proxy Authentication Required | 407=Proxy Authentication Required",
			"A connection attempt failed because the host did not respond | connection-failed=connection attempt failed",
			"connect to host:443 failed | connection-failed=:443",
			"listening on port 443 | ''",
			"AADSTS500021: access denied | AADSTS500021=AADSTS500021",
			"FileProvider::EndData completed | FileProvider::EndData=FileProvider::EndData",
			"A critical inconsistency was detected | critical-inconsistency=critical inconsistency was detected",
			"Failed to download the vault credential file | 403=Failed to download the vault credential file",
			"Job progress: transferred 1048576 bytes | ''",
			"二进制 0x80070002 文件 | 0x80070002=0x80070002" })
	void findsEachSignatureAsAWholeToken(String message, String expected) {
		assertEquals(expected, found(message, false));
	}

	@Test
	void aBarePortIsAFailureOnlyOnAWarningOrErrorLine() {
		assertEquals("", found("listening on port 443", false));
		assertEquals("connection-failed= 443", found("listening on port 443", true));
	}

	@Test
	void theMessageIsSearchedAsIfNothingStoodAroundIt() {
		String line = "abc0x80070005\txSalLowDiskSpace";
		assertEquals("", found(line, false));
		List<LogSignatures.Hit> hits = LogSignatures.find(line, 3, 13, false);
		assertEquals(List.of(new LogSignatures.Hit("0x80070005", "0x80070005")), hits);
		hits = LogSignatures.find(line, 15, line.length(), false);
		assertEquals(List.of(new LogSignatures.Hit("SalLowDiskSpace", "SalLowDiskSpace")), hits);
	}
}
