package marswb.bundle.tests.csvjson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import marswb.bundle.ErrorCodes;

class ErrorCodesTest {

	@Test
	void negativeInt32IsAnHresult() {
		assertEquals(Optional.of("0x80070005"), ErrorCodes.normalize(-2147024891L));
		assertEquals(Optional.of("0x80070005"), ErrorCodes.normalize("-2147024891"));
	}

	@Test
	void unsignedDecimalHresultIsHex() {
		assertEquals(Optional.of("0x80070005"), ErrorCodes.normalize(2147942405L));
	}

	@Test
	void articleDecimalIdsStayDecimal() {
		for (long id : new long[] { 34513, 100050, 100110, 230006, 34506, 403 }) {
			assertEquals(Optional.of(Long.toString(id)), ErrorCodes.normalize(id));
		}
	}

	@Test
	void otherPositiveCodesAreAgentHexCodes() {
		assertEquals(Optional.of("0x1FC07"), ErrorCodes.normalize(130055L));
		assertEquals(Optional.of("0x1FBD3"), ErrorCodes.normalize("130003"));
	}

	@Test
	void hexTextIsUpperCased() {
		assertEquals(Optional.of("0x1FC07"), ErrorCodes.normalize("0x1fc07"));
		assertEquals(Optional.of("0x80070570"), ErrorCodes.normalize(" 0X80070570 "));
		assertEquals(Optional.of("34513"), ErrorCodes.normalize("0x86D1"));
	}

	@Test
	void zeroIsSuccess() {
		assertEquals(Optional.of("0"), ErrorCodes.normalize(0));
	}

	@Test
	void notACode() {
		assertEquals(Optional.empty(), ErrorCodes.normalize("SalLowDiskSpace"));
		assertEquals(Optional.empty(), ErrorCodes.normalize("0x"));
		assertEquals(Optional.empty(), ErrorCodes.normalize("0x-5"));
		assertEquals(Optional.empty(), ErrorCodes.normalize("0x123456789"));
		assertEquals(Optional.empty(), ErrorCodes.normalize(1L << 40));
		assertEquals(Optional.empty(), ErrorCodes.normalize((String) null));
	}
}
