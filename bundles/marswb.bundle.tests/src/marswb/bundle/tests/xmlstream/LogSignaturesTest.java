package marswb.bundle.tests.xmlstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import marswb.bundle.internal.format.LogSignatures;

/** Each signature with the token rules that keep look-alikes out: one pass of cues must never hide a real one. */
class LogSignaturesTest {

	private static String found(String message, boolean errorLevel) {
		List<LogSignatures.Hit> hits = LogSignatures.find(message, errorLevel);
		return String.join(" ", hits.stream().map(h -> h.signature() + "=" + h.raw()).toList());
	}

	/** The signatures with "!" for evidence and "~" for a code on a line that reports no failure. */
	private static String judged(String message, boolean errorLevel) {
		List<LogSignatures.Hit> hits = LogSignatures.find(message, errorLevel);
		return String.join(" ", hits.stream().map(h -> (h.evidence() ? "!" : "~") + h.signature()).toList());
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
			"Failed: Hr: = [0x80072efd] cannot connect | 0x80072EFD=0x80072efd connection-failed=0x80072efd",
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
	void aBarePortIsAFailureOnlyOnALineThatReportsOne() {
		assertEquals("", found("listening on port 443", false));
		assertEquals("connection-failed= 443", found("listening on port 443", true));
		assertEquals("connection-failed= 443", found("connect on port 443 timed out", false));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			// what healthy servers log: an optional value is absent and the default is used
			"Registry value DisableThrottling not present, using default. Hr: = [0x80070002] | false | ~0x80070002",
			"Failed: Hr: = [0x80070002] value not present, using default | false | ~0x80070002",
			"ErrorReportingEnabled not present. Hr: = [0x80070002] | false | ~0x80070002",
			"Progress: 130055 bytes | false | ~0x1FC07",
			// the agent's WARNING lines that report a failed operation
			"Failed: Hr: = [0x80070005] BackupRead failed on file(D:\\a.txt) | false | !0x80070005",
			"Job failed with error 0x1FC07 (130055) | false | !0x1FC07",
			"GetFile error: 0x80070002 | false | !0x80070002",
			"Cannot open E:\\MARSCache\\OnlineBackup.KEK. Hr: = [0x80070002] | false | !0x80070002",
			"Access denied -2147024891 | false | !0x80070005",
			// an ERROR or FATAL line reports a failure whatever its words
			"value not present, using default. Hr: = [0x80070002] | true | !0x80070002",
			"Hr: = [0x80072EE7] | true | !0x80072EE7 !connection-failed",
			"Hr: = [0x80072EE7] | false | ~0x80072EE7 ~connection-failed",
			// signatures that are failures by their own words
			"SalLowDiskSpace | false | !SalLowDiskSpace",
			"(407) Proxy Authentication Required | false | !407",
			"AADSTS500021 | false | !AADSTS500021" })
	void anErrorCodeIsEvidenceOnlyWhereTheLineReportsAFailure(String message, boolean errorLevel, String expected) {
		assertEquals(expected, judged(message, errorLevel));
	}

	@Test
	void aLineWithSeveralSignsOfAConnectionFailureIsOneConnectionFailure() {
		assertEquals("!0x80072EFD !connection-failed", judged(
				"Failed: Hr: = [0x80072efd] A connection attempt failed because the connected party did not respond",
				false));
	}

	@Test
	void theMessageIsSearchedAsIfNothingStoodAroundIt() {
		String line = "abc0x80070005\txSalLowDiskSpace";
		assertEquals("", found(line, false));
		List<LogSignatures.Hit> hits = LogSignatures.find(line, 3, 13, false);
		assertEquals(List.of(new LogSignatures.Hit("0x80070005", "0x80070005", false)), hits);
		hits = LogSignatures.find(line, 15, line.length(), false);
		assertEquals(List.of(new LogSignatures.Hit("SalLowDiskSpace", "SalLowDiskSpace", true)), hits);
	}

	/*
	 * The word searches are written by hand for speed; these expressions say what they must find, and random
	 * messages made of near misses check that they agree.
	 */
	private static final Pattern SAL = Pattern.compile(
			"\\b(SalChecksumStoreInitializationFailed|SalVhdInitializationError|SalLowDiskSpace|SalBitmapError)\\b");
	private static final Pattern PROXY_AUTH = Pattern.compile("Proxy Authentication Required",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern CONNECTION_ATTEMPT = Pattern.compile("connection attempt failed",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern PORT_443 = Pattern.compile("[: ]443(?![0-9])");
	private static final Pattern FAILURE_WORD = Pattern.compile(
			"fail|unable|refused|timed out|exception|cannot|could not|denied|(?<!\\p{L})error(?!\\p{L})",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern FALLBACK = Pattern.compile("using default", Pattern.CASE_INSENSITIVE);
	private static final Pattern AADSTS = Pattern.compile("AADSTS[0-9]+");
	private static final Pattern SHORT_ENCRYPTION = Pattern.compile("(?<![0-9A-Za-z])0[xX]1[fF][cC]07(?![0-9A-Za-z])");
	/** Messages these match would also hold an HRESULT, a negative HRESULT or an article id, not searched here. */
	private static final Pattern OTHER_SIGNATURES = Pattern.compile("0[xX][0-9A-Fa-f]{8}|-[12][0-9]{9}|[0-9]{5}");
	private static final String[] PIECES = { "Sal", "SalLowDiskSpace", "SalBitmapError", "SalVhdInitializationError",
			"SalChecksumStoreInitializationFailed", "LowDiskSpace", "_", "x", "é", " ", ":", "443", "4", "44", "4430",
			"AADSTS", "AADSTS7", "AAD", "12", "Proxy Authentication Required", "PROXY AUTHENTICATION required",
			"proxy authentication", "connection attempt failed", "Connection Attempt FAILED", "connection attempt",
			"0x1fC07", "0X1FC07", "0x1FC0", "fail", "ERROR", "errors", "Timed Out", "unable", "refused", "exception",
			"Cannot", "could not", "denied", "using default", "-", "0", "A", "S", "\t" };

	@Test
	void theWordSearchesFindWhatTheirExpressionsFind() {
		Random random = new Random(20261126);
		int compared = 0;
		for (int i = 0; i < 20_000; i++) {
			StringBuilder message = new StringBuilder();
			for (int piece = random.nextInt(8); piece >= 0; piece--) {
				message.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String text = message.toString();
			if (OTHER_SIGNATURES.matcher(text).find()) {
				continue;
			}
			boolean errorLevel = random.nextBoolean();
			assertEquals(expected(text, errorLevel), found(text, errorLevel), text);
			compared++;
		}
		assertTrue(compared > 10_000, compared + " messages compared");
	}

	/** What the expressions find, in the order the signatures are searched. */
	private static String expected(String text, boolean errorLevel) {
		Map<String, String> hits = new LinkedHashMap<>();
		Matcher matcher = SHORT_ENCRYPTION.matcher(text);
		if (matcher.find()) {
			hits.putIfAbsent("0x1FC07", matcher.group());
		}
		for (matcher = SAL.matcher(text); matcher.find();) {
			hits.putIfAbsent(matcher.group(1), matcher.group(1));
		}
		if ((matcher = PROXY_AUTH.matcher(text)).find()) {
			hits.putIfAbsent("407", matcher.group());
		}
		if ((matcher = CONNECTION_ATTEMPT.matcher(text)).find()) {
			hits.putIfAbsent("connection-failed", matcher.group());
		} else if ((matcher = PORT_443.matcher(text)).find() && (errorLevel
				|| FAILURE_WORD.matcher(text).find() && !FALLBACK.matcher(text).find())) {
			hits.putIfAbsent("connection-failed", matcher.group());
		}
		for (matcher = AADSTS.matcher(text); matcher.find();) {
			hits.putIfAbsent(matcher.group(), matcher.group());
		}
		return String.join(" ", hits.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
	}
}
