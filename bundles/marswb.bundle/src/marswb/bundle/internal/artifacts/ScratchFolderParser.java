package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.CsvHeader;
import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.CacheSettings;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads agent/scratch-folder.csv: Get-Item on the configured scratch folder. Get-Item writes nothing (and so
 * ConvertTo-Csv writes nothing) when the folder does not exist: an empty file, or a header without a row, means
 * the folder is missing.
 */
public final class ScratchFolderParser implements ArtifactParser {

	private static final String COMMAND = "Get-Item -Force $Scratch | Select FullName,Attributes,LastWriteTimeUtc";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		try (CsvRows rows = CsvRows.open(input, context, COMMAND, "FullName", "Attributes", "LastWriteTimeUtc")) {
			CacheSettings cache = ModelParts.part(context.server(), Literals.SERVER__CACHE);
			Record row = rows.next();
			if (row == null) {
				CsvHeader header = rows.header();
				// an empty file has no line to point at: line 0 is "no line structure"
				int line = header == null ? 0 : header.line();
				context.set(cache, Literals.CACHE_SETTINGS__FOLDER_EXISTS, Boolean.FALSE, line, "");
				return;
			}
			context.set(cache, Literals.CACHE_SETTINGS__FOLDER_EXISTS, Boolean.TRUE, row.line(), row.rawLine());
			rows.setText(cache, Literals.CACHE_SETTINGS__FOLDER_FULL_NAME, row, "FullName");
			rows.setText(cache, Literals.CACHE_SETTINGS__FOLDER_ATTRIBUTES, row, "Attributes");
			if (rows.next() != null) {
				context.problem("more than one row for one folder; the first was used");
			}
		}
	}
}
