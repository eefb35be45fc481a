package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.TimeSettings;

/**
 * Reads system/tzutil.txt ({@code tzutil /g}): the Windows time-zone id, with or without a line end. The id is kept
 * as printed, including a {@code _dstoff} suffix that tzutil shows when daylight saving adjustment is off.
 */
public final class TzutilParser implements ArtifactParser {

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		ConsoleOutput output = ConsoleOutput.read(input, context, 100);
		Line line = output.first();
		if (line == null) {
			throw new ArtifactFormatException("empty file: no time zone id");
		}
		if (output.nonBlank().size() > 1) {
			context.problem("more than one line; only line " + line.number() + " is read as the time zone id");
		}
		String id = line.text().strip();
		TimeSettings time = ModelParts.part(context.server(), Literals.SERVER__TIME);
		context.set(time, Literals.TIME_SETTINGS__TIME_ZONE_ID, id, line.number(), id);
	}
}
