package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.PnpIscsiParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.PnpDevice;
import marswb.model.server.ServerPackage.Literals;

class PnpIscsiParserTest {

	private static final String PATH = "system/pnp-iscsi.csv";
	private static final String HEADER = "\"Status\",\"Class\",\"FriendlyName\",\"InstanceId\",\"Problem\"\n";

	@Test
	void readsTheInitiatorDevice() {
		Result result = parse(new PnpIscsiParser(), PATH, Fixtures.utf16le(HEADER
				+ "\"OK\",\"SCSIAdapter\",\"Microsoft iSCSI Initiator\",\"ROOT\\ISCSIPRT\\0000\",\"CM_PROB_NONE\"\n"));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		PnpDevice device = result.server().getIscsiDevices().get(0);
		assertEquals("OK", device.getStatus());
		assertEquals("SCSIAdapter", device.getDeviceClass());
		assertEquals("Microsoft iSCSI Initiator", device.getFriendlyName());
		assertEquals("ROOT\\ISCSIPRT\\0000", device.getInstanceId());
		assertEquals("CM_PROB_NONE", device.getProblem());
		assertOrigin(2, "ROOT\\ISCSIPRT\\0000", device, Literals.PNP_DEVICE__INSTANCE_ID);
	}

	@Test
	void emptyFileOrHeaderOnlyMeansNoDevice() {
		for (byte[] content : new byte[][] { new byte[0], Fixtures.utf16le(""), Fixtures.utf16le(HEADER) }) {
			Result result = parse(new PnpIscsiParser(), PATH, content);
			assertTrue(result.server().getIscsiDevices().isEmpty());
			assertTrue(result.problems().isEmpty(), result.problems().toString());
		}
	}
}
