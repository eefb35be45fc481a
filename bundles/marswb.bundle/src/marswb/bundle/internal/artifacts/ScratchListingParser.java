package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.Locale;

import marswb.bundle.internal.format.CsvHeader;
import marswb.bundle.internal.format.CsvReader.Field;
import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.CacheSettings;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads agent/scratch-listing.csv, the entries of the scratch folder: whether the encryption key file
 * OnlineBackup.KEK is there, and how many entries were listed. An empty file is an empty folder (Get-ChildItem
 * writes nothing); a missing folder is told by scratch-folder.csv and the manifest, not here.
 */
public final class ScratchListingParser implements ArtifactParser {

	private static final String COMMAND = "Get-ChildItem -Force $Scratch | Select Name,Length,Attributes,...";
	private static final String KEY_FILE = "onlinebackup.kek";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		try (CsvRows rows = CsvRows.open(input, context, COMMAND, "Name", "Length", "Attributes",
				"LastWriteTimeUtc")) {
			CacheSettings cache = ModelParts.part(context.server(), Literals.SERVER__CACHE);
			Field keyFile = null;
			int entries = 0;
			Record row;
			while ((row = rows.next()) != null) {
				entries++;
				Field name = rows.field(row, "Name");
				if (keyFile == null && name != null && name.value().strip().toLowerCase(Locale.ROOT).equals(KEY_FILE)) {
					keyFile = name;
				}
			}
			CsvHeader header = rows.header();
			// facts about the whole listing point at its header; an empty file has no line (0)
			int headerLine = header == null ? 0 : header.line();
			String headerRaw = header == null ? "" : header.record().field(0).raw();
			if (keyFile != null) {
				context.set(cache, Literals.CACHE_SETTINGS__KEK_PRESENT, Boolean.TRUE, keyFile.line(), keyFile.raw());
			} else {
				context.set(cache, Literals.CACHE_SETTINGS__KEK_PRESENT, Boolean.FALSE, headerLine, headerRaw);
			}
			context.set(cache, Literals.CACHE_SETTINGS__LISTED_ENTRIES, entries, headerLine, headerRaw);
		}
	}
}
