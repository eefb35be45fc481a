package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.List;

import marswb.bundle.internal.format.CsvReader.Field;
import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.Volume;

/**
 * Reads system/volumes.csv (Get-Volume, sizes in bytes). DriveLetter is empty for volumes without a letter (system
 * and recovery partitions): that is a fact, kept as an empty letter. DriveType comes as a name (Fixed) or as the
 * number of the CIM enum, depending on how the property was formatted.
 */
public final class VolumesParser implements ArtifactParser {

	private static final String COMMAND = "Get-Volume | Select DriveLetter,...,Size,SizeRemaining,Path";

	/** MSFT_Volume.DriveType values 0..6, named as Get-Volume prints them. */
	private static final List<String> DRIVE_TYPES = List.of("Unknown", "Invalid Root Path", "Removable", "Fixed",
			"Remote", "CD-ROM", "RAM Disk");

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		try (CsvRows rows = CsvRows.open(input, context, COMMAND, "DriveLetter", "FileSystemLabel", "FileSystem",
				"DriveType", "HealthStatus", "OperationalStatus", "Size", "SizeRemaining", "Path")) {
			Record row;
			while ((row = rows.next()) != null) {
				Volume volume = ServerFactory.eINSTANCE.createVolume();
				rows.located(volume, row);
				Field letter = rows.field(row, "DriveLetter");
				if (letter != null) {
					// a CIM char16 of 0 (no letter) may come through as a NUL character
					context.set(volume, Literals.VOLUME__DRIVE_LETTER, letter.value().replace("\0", "").strip(),
							letter.line(), letter.raw());
				}
				rows.setText(volume, Literals.VOLUME__LABEL, row, "FileSystemLabel");
				rows.setText(volume, Literals.VOLUME__FILE_SYSTEM, row, "FileSystem");
				setDriveType(context, volume, rows.field(row, "DriveType"));
				rows.setText(volume, Literals.VOLUME__HEALTH_STATUS, row, "HealthStatus");
				rows.setText(volume, Literals.VOLUME__OPERATIONAL_STATUS, row, "OperationalStatus");
				rows.setLong(volume, Literals.VOLUME__SIZE, row, "Size");
				rows.setLong(volume, Literals.VOLUME__SIZE_REMAINING, row, "SizeRemaining");
				rows.setText(volume, Literals.VOLUME__PATH, row, "Path");
				context.server().getVolumes().add(volume);
			}
		}
	}

	private static void setDriveType(ParseContext context, Volume volume, Field field) {
		if (field == null || field.value().isBlank()) {
			return;
		}
		String value = field.value().strip();
		String name = value;
		if (value.chars().allMatch(Character::isDigit)) {
			int number = value.length() > 2 ? -1 : Integer.parseInt(value);
			if (number >= 0 && number < DRIVE_TYPES.size()) {
				name = DRIVE_TYPES.get(number);
			} else {
				context.problem("DriveType " + value + " is not a known drive type; kept as a number (line "
						+ field.line() + ")");
			}
		}
		context.set(volume, Literals.VOLUME__DRIVE_TYPE, name, field.line(), field.raw());
	}
}
