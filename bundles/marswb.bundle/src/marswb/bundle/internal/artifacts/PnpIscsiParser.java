package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.PnpDevice;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads system/pnp-iscsi.csv: the ROOT\ISCSIPRT devices (the iSCSI initiator that Instant Restore mounts through).
 * An empty file or a header alone means the server has no such device.
 */
public final class PnpIscsiParser implements ArtifactParser {

	private static final String COMMAND = "Get-PnpDevice | Where InstanceId -like 'ROOT\\ISCSIPRT*' | Select ...";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		try (CsvRows rows = CsvRows.open(input, context, COMMAND, "Status", "Class", "FriendlyName", "InstanceId",
				"Problem")) {
			Record row;
			while ((row = rows.next()) != null) {
				PnpDevice device = ServerFactory.eINSTANCE.createPnpDevice();
				rows.located(device, row);
				rows.setText(device, Literals.PNP_DEVICE__STATUS, row, "Status");
				rows.setText(device, Literals.PNP_DEVICE__DEVICE_CLASS, row, "Class");
				rows.setText(device, Literals.PNP_DEVICE__FRIENDLY_NAME, row, "FriendlyName");
				rows.setText(device, Literals.PNP_DEVICE__INSTANCE_ID, row, "InstanceId");
				rows.setText(device, Literals.PNP_DEVICE__PROBLEM, row, "Problem");
				context.server().getIscsiDevices().add(device);
			}
		}
	}
}
