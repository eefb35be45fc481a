package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Service;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/** Reads system/services.csv: Win32_Service Name, DisplayName, State, StartMode, StartName, PathName. */
public final class ServicesParser implements ArtifactParser {

	private static final String COMMAND = "Get-CimInstance Win32_Service | Select Name,DisplayName,State,...";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		try (CsvRows rows = CsvRows.open(input, context, COMMAND, "Name", "DisplayName", "State", "StartMode",
				"StartName", "PathName")) {
			Record row;
			while ((row = rows.next()) != null) {
				Service service = ServerFactory.eINSTANCE.createService();
				rows.located(service, row);
				rows.setText(service, Literals.SERVICE__NAME, row, "Name");
				rows.setText(service, Literals.SERVICE__DISPLAY_NAME, row, "DisplayName");
				rows.setText(service, Literals.SERVICE__STATE, row, "State");
				rows.setText(service, Literals.SERVICE__START_MODE, row, "StartMode");
				rows.setText(service, Literals.SERVICE__START_NAME, row, "StartName");
				rows.setText(service, Literals.SERVICE__PATH_NAME, row, "PathName");
				context.server().getServices().add(service);
			}
		}
	}
}
