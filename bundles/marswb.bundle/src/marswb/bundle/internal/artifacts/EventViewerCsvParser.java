package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.Locale;

import marswb.bundle.internal.format.CsvReader.Field;
import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.EventRecord;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads agent/cloudbackup-events-viewer.csv: the CloudBackup/Operational log saved from Event Viewer as CSV. Its
 * header names five columns ({@code Level,Date and Time,Source,Event ID,Task Category}) and each row has a sixth,
 * the message. Only the agent's events are read: an event id means something else in another log, so rows of other
 * sources are counted and left out, and a file without any of the agent's rows is not this log at all. When
 * agent/cloudbackup-events.csv was read too, this file is left out, so no event is counted twice.
 */
public final class EventViewerCsvParser implements ArtifactParser {

	private static final String COMMAND = "Event Viewer > Applications and Services Logs > CloudBackup > Operational"
			+ " > Save All Events As... (CSV)";
	private static final String SOURCE = "CloudBackup";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		if (!context.server().getEvents().isEmpty()) {
			context.problem("not read: the events were read from agent/cloudbackup-events.csv");
			return;
		}
		int read = 0;
		int otherSources = 0;
		try (CsvRows rows = CsvRows.open(input, context, COMMAND, "Level", "Date and Time", "Source", "Event ID")) {
			Record row;
			while ((row = rows.next()) != null) {
				String source = rows.text(row, "Source");
				if (source == null || !source.toLowerCase(Locale.ROOT).startsWith(SOURCE.toLowerCase(Locale.ROOT))) {
					otherSources++;
					continue;
				}
				EventRecord event = ServerFactory.eINSTANCE.createEventRecord();
				rows.located(event, row);
				rows.setCultureDate(event, Literals.EVENT_RECORD__TIME_CREATED, row, "Date and Time");
				rows.setInteger(event, Literals.EVENT_RECORD__EVENT_ID, row, "Event ID");
				rows.setText(event, Literals.EVENT_RECORD__LEVEL, row, "Level");
				int messageColumn = rows.header().size();
				if (row.fields().size() > messageColumn) {
					Field message = row.fields().get(messageColumn);
					context.set(event, Literals.EVENT_RECORD__MESSAGE, message.value(), message.line(), message.raw());
				}
				context.server().getEvents().add(event);
				read++;
			}
		}
		if (read == 0 && otherSources > 0) {
			throw new ArtifactFormatException("no event of the source " + SOURCE + ": an export of another log", 1);
		}
		if (otherSources > 0) {
			context.problem(otherSources + " event(s) of other sources left out");
		}
		if (context.collectionOffset().isEmpty()) {
			context.problem("the event times are taken as UTC: the manifest gave no UTC offset of the server");
		}
	}
}
