package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;

import marswb.bundle.internal.format.CsvHeader;
import marswb.bundle.internal.format.CsvReader.Field;
import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Hotfix;
import marswb.model.server.OperatingSystem;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads system/systeminfo.csv ({@code systeminfo /fo csv}): a header of localized labels and one row. Columns are
 * found by their English or Simplified Chinese label; for any other language, by position, since systeminfo always
 * prints its columns in the same order (Host Name first, Hotfix(s) 31st). Values such as dates stay as printed,
 * in the server's culture. The Hotfix(s) column lists update ids; those not yet in the model (hotfixes.csv gives
 * more detail) are added with their id only.
 */
public final class SystemInfoParser implements ArtifactParser {

	/** The fewest columns a systeminfo header has (Hyper-V Requirements is missing on older systems). */
	private static final int MIN_SYSTEMINFO_COLUMNS = 32;
	private static final Pattern HOTFIX_ENTRY = Pattern.compile("\\[\\d+\\]:\\s*([^,]+)");

	/** A column of interest: its labels and its fixed position in systeminfo's output. */
	private record Column(EAttribute feature, String english, String chinese, int position) {
	}

	private static final List<Column> COLUMNS = List.of(
			new Column(Literals.OPERATING_SYSTEM__HOST_NAME, "Host Name", "主机名", 0),
			new Column(Literals.OPERATING_SYSTEM__NAME, "OS Name", "OS 名称", 1),
			new Column(Literals.OPERATING_SYSTEM__VERSION, "OS Version", "OS 版本", 2),
			new Column(Literals.OPERATING_SYSTEM__ORIGINAL_INSTALL_DATE, "Original Install Date", "初始安装日期", 9),
			new Column(Literals.OPERATING_SYSTEM__SYSTEM_BOOT_TIME, "System Boot Time", "系统启动时间", 10),
			new Column(Literals.OPERATING_SYSTEM__SYSTEM_TYPE, "System Type", "系统类型", 13),
			new Column(Literals.OPERATING_SYSTEM__TIME_ZONE, "Time Zone", "时区", 21),
			new Column(Literals.OPERATING_SYSTEM__DOMAIN, "Domain", "域", 28));
	private static final Column HOTFIXES = new Column(null, "Hotfix(s)", "修补程序", 30);

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		try (CsvRows rows = CsvRows.open(input, context, "systeminfo /fo csv")) {
			CsvHeader header = rows.header();
			Record row = rows.next();
			if (row == null) {
				context.problem("systeminfo printed no data row");
				return;
			}
			List<String> byPosition = new ArrayList<>();
			int[] indexes = new int[COLUMNS.size()];
			for (int i = 0; i < COLUMNS.size(); i++) {
				indexes[i] = index(header, COLUMNS.get(i), byPosition);
			}
			int hotfixIndex = index(header, HOTFIXES, byPosition);
			if (byPosition.size() == COLUMNS.size() + 1 && header.size() < MIN_SYSTEMINFO_COLUMNS) {
				throw new ArtifactFormatException("no known systeminfo label and only " + header.size()
						+ " columns: not the output of `systeminfo /fo csv`", header.line());
			}
			if (!byPosition.isEmpty()) {
				context.problem("systeminfo labels not recognised (" + String.join(", ", byPosition)
						+ "): read by their position in systeminfo's fixed column order");
			}
			OperatingSystem os = ModelParts.part(context.server(), Literals.SERVER__OPERATING_SYSTEM);
			rows.located(os, row);
			for (int i = 0; i < COLUMNS.size(); i++) {
				Field field = row.field(indexes[i]);
				if (field != null && !field.value().isBlank()) {
					context.set(os, COLUMNS.get(i).feature(), field.value().strip(), field.line(), field.raw());
				}
			}
			addHotfixes(context, row.field(hotfixIndex));
			if (rows.next() != null) {
				context.problem("more than one data row; the first was used");
			}
		}
	}

	/** The column's index by label, else by position (noted in {@code byPosition}). */
	private static int index(CsvHeader header, Column column, List<String> byPosition) {
		int index = header.index(column.english(), column.chinese());
		if (index >= 0) {
			return index;
		}
		byPosition.add(column.english());
		return column.position() < header.size() ? column.position() : -1;
	}

	private static void addHotfixes(ParseContext context, Field field) {
		if (field == null) {
			return;
		}
		Matcher matcher = HOTFIX_ENTRY.matcher(field.value());
		while (matcher.find()) {
			String id = matcher.group(1).strip();
			if (id.isEmpty() || isListed(context, id)) {
				continue;
			}
			Hotfix hotfix = ServerFactory.eINSTANCE.createHotfix();
			context.server().getHotfixes().add(hotfix);
			context.located(hotfix, field.line(), id);
			context.set(hotfix, Literals.HOTFIX__HOT_FIX_ID, id, field.line(), id);
		}
	}

	private static boolean isListed(ParseContext context, String id) {
		return context.server().getHotfixes().stream().anyMatch(h -> id.equalsIgnoreCase(h.getHotFixId()));
	}
}
