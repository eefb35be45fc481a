package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Agent;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads agent/version.txt, the FileVersion of cbengine.exe. Some FileVersion strings carry a build note after the
 * number, e.g. {@code 2.0.9506.0 (built by: ...)}; only the dotted number is kept.
 */
public final class AgentVersionParser implements ArtifactParser {

	private static final Pattern VERSION = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,9}){1,3})(?:\\s.*)?");

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		ConsoleOutput output = ConsoleOutput.read(input, context, 100);
		Line line = output.first();
		if (line == null) {
			// the file had no FileVersion, or the collector could not read cbengine.exe
			context.problem("empty: version unknown");
			return;
		}
		Matcher matcher = VERSION.matcher(line.text().strip());
		if (!matcher.matches()) {
			throw new ArtifactFormatException("not a dotted file version: " + ConsoleOutput.quote(line),
					line.number());
		}
		Agent agent = ModelParts.part(context.server(), Literals.SERVER__AGENT);
		context.set(agent, Literals.AGENT__VERSION, matcher.group(1), line.number(), matcher.group(1));
	}
}
