package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.EventRecord;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads agent/cloudbackup-events.csv (CloudBackup/Operational). Messages span several lines inside their quotes;
 * the message keeps them joined with LF. LevelDisplayName is localized and kept as printed.
 */
public final class CloudBackupEventsParser implements ArtifactParser {

	private static final String COMMAND = "Get-WinEvent -LogName CloudBackup/Operational | Select TimeCreated,...";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		try (CsvRows rows = CsvRows.open(input, context, COMMAND, "TimeCreated", "Id", "LevelDisplayName",
				"Message")) {
			Record row;
			while ((row = rows.next()) != null) {
				EventRecord event = ServerFactory.eINSTANCE.createEventRecord();
				rows.located(event, row);
				rows.setCultureDate(event, Literals.EVENT_RECORD__TIME_CREATED, row, "TimeCreated");
				rows.setInteger(event, Literals.EVENT_RECORD__EVENT_ID, row, "Id");
				rows.setText(event, Literals.EVENT_RECORD__LEVEL, row, "LevelDisplayName");
				rows.setText(event, Literals.EVENT_RECORD__MESSAGE, row, "Message");
				context.server().getEvents().add(event);
			}
		}
	}
}
