package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;

import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads system/psversion.txt: either the {@code $PSVersionTable} table ({@code Name  Value} rows; PowerShell 2.0 has
 * no PSEdition row) or the {@code $PSVersionTable.PSVersion} table ({@code Major Minor Build Revision}).
 */
public final class PsVersionParser implements ArtifactParser {

	private static final Pattern TABLE_ROW = Pattern.compile("\\s*(\\w+)\\s+(\\S.*?)\\s*");
	private static final Pattern VERSION_HEADER = Pattern.compile("\\s*Major\\s+Minor\\s+Build\\s+Revision\\s*");
	private static final Pattern VERSION_ROW = Pattern.compile("\\s*(\\d+)\\s+(\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s*");
	private static final Pattern DOTTED = Pattern.compile("\\d+\\.\\d+.*");
	private static final Map<String, EAttribute> ROWS = Map.of("PSVersion", Literals.POWER_SHELL_INFO__VERSION,
			"PSEdition", Literals.POWER_SHELL_INFO__EDITION, "CLRVersion", Literals.POWER_SHELL_INFO__CLR_VERSION);

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		List<Line> lines = ConsoleOutput.read(input, context, 1000).nonBlank();
		if (lines.isEmpty()) {
			throw new ArtifactFormatException("empty file: no PowerShell version table");
		}
		if (!readVersionObject(lines, context) && !readTable(lines, context)) {
			throw new ArtifactFormatException("neither a $PSVersionTable nor a PSVersion table: first line "
					+ ConsoleOutput.quote(lines.get(0)), lines.get(0).number());
		}
	}

	/** {@code Major Minor Build Revision}; PowerShell 2.0 prints -1 for the parts it does not have. */
	private static boolean readVersionObject(List<Line> lines, ParseContext context) {
		for (int i = 0; i < lines.size(); i++) {
			if (!VERSION_HEADER.matcher(lines.get(i).text()).matches()) {
				continue;
			}
			for (Line row : lines.subList(i + 1, lines.size())) {
				Matcher m = VERSION_ROW.matcher(row.text());
				if (m.matches()) {
					StringBuilder version = new StringBuilder(m.group(1)).append('.').append(m.group(2));
					for (int part = 3; part <= 4 && !m.group(part).startsWith("-"); part++) {
						version.append('.').append(m.group(part));
					}
					PowerShellInfo powerShell = ModelParts.part(context.server(), Literals.SERVER__POWER_SHELL);
					context.set(powerShell, Literals.POWER_SHELL_INFO__VERSION, version.toString(), row.number(),
							row.text().strip());
					return true;
				}
			}
			context.problem("the PSVersion table at line " + lines.get(i).number() + " has no version row");
			return true;
		}
		return false;
	}

	private static boolean readTable(List<Line> lines, ParseContext context) {
		boolean found = false;
		for (Line line : lines) {
			Matcher m = TABLE_ROW.matcher(line.text());
			EAttribute feature = m.matches() ? ROWS.get(m.group(1)) : null;
			if (feature == null) {
				continue;
			}
			found = true;
			String value = m.group(2);
			if (feature == Literals.POWER_SHELL_INFO__VERSION && !DOTTED.matcher(value).matches()) {
				context.problem("line " + line.number() + ": PSVersion '" + value + "' is not a version; not read");
				continue;
			}
			PowerShellInfo powerShell = ModelParts.part(context.server(), Literals.SERVER__POWER_SHELL);
			context.set(powerShell, feature, value, line.number(), value);
		}
		return found;
	}
}
