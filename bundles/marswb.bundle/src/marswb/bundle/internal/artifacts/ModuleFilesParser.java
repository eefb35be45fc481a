package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.ModuleFile;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/** Reads agent/module-files.csv: the files of the MSOnlineBackup module with their hashes (Get-FileHash). */
public final class ModuleFilesParser implements ArtifactParser {

	private static final String COMMAND = "Get-ChildItem ...\\Modules\\MSOnlineBackup -Recurse -File | Get-FileHash";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		try (CsvRows rows = CsvRows.open(input, context, COMMAND, "Path", "Algorithm", "Hash")) {
			Record row;
			while ((row = rows.next()) != null) {
				ModuleFile file = ServerFactory.eINSTANCE.createModuleFile();
				rows.located(file, row);
				rows.setText(file, Literals.MODULE_FILE__PATH, row, "Path");
				rows.setText(file, Literals.MODULE_FILE__ALGORITHM, row, "Algorithm");
				rows.setText(file, Literals.MODULE_FILE__HASH, row, "Hash");
				context.server().getModuleFiles().add(file);
			}
		}
	}
}
