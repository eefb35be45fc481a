package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Hotfix;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads system/hotfixes.csv (Get-HotFix). InstalledOn is printed in the server's culture and is sometimes empty;
 * the text is always kept and the date is set when its form is unambiguous. A hotfix that systeminfo already
 * listed (id only) is completed rather than listed twice.
 */
public final class HotfixesParser implements ArtifactParser {

	private static final String COMMAND = "Get-HotFix | Select HotFixID,Description,InstalledOn";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		try (CsvRows rows = CsvRows.open(input, context, COMMAND, "HotFixID", "Description", "InstalledOn")) {
			Record row;
			while ((row = rows.next()) != null) {
				Hotfix hotfix = listedBySysteminfo(context, rows.text(row, "HotFixID"));
				if (hotfix == null) {
					hotfix = ServerFactory.eINSTANCE.createHotfix();
					context.server().getHotfixes().add(hotfix);
				}
				rows.located(hotfix, row);
				rows.setText(hotfix, Literals.HOTFIX__HOT_FIX_ID, row, "HotFixID");
				rows.setText(hotfix, Literals.HOTFIX__DESCRIPTION, row, "Description");
				rows.setText(hotfix, Literals.HOTFIX__INSTALLED_ON_TEXT, row, "InstalledOn");
				rows.setCultureDate(hotfix, Literals.HOTFIX__INSTALLED_ON, row, "InstalledOn");
			}
		}
	}

	/** A hotfix with this id that only systeminfo's Hotfix(s) column gave (it has no description or date). */
	static Hotfix listedBySysteminfo(ParseContext context, String id) {
		if (id == null) {
			return null;
		}
		for (Hotfix hotfix : context.server().getHotfixes()) {
			if (id.equalsIgnoreCase(hotfix.getHotFixId()) && hotfix.getDescription() == null
					&& hotfix.getInstalledOnText() == null) {
				return hotfix;
			}
		}
		return null;
	}
}
