package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.ServerPackage.Literals;

/** Reads system/windows-temp-tmp-count.txt: the number of {@code *.tmp} files in {@code C:\Windows\Temp}. */
public final class TmpCountParser implements ArtifactParser {

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		ConsoleOutput output = ConsoleOutput.read(input, context, 100);
		Line line = output.first();
		if (line == null) {
			// PowerShell 2 prints nothing for the Count of no files (PowerShell 3+ prints 0), and a failed
			// Get-ChildItem prints nothing either: the two cannot be told apart
			context.problem("empty: count unknown");
			return;
		}
		String text = line.text().strip();
		if (!text.matches("\\d{1,18}")) {
			throw new ArtifactFormatException("not a file count: " + ConsoleOutput.quote(line), line.number());
		}
		if (output.nonBlank().size() > 1) {
			context.problem("more than one line; only line " + line.number() + " is read as the count");
		}
		context.set(context.server(), Literals.SERVER__WINDOWS_TEMP_TMP_COUNT, Long.parseLong(text), line.number(),
				text);
	}
}
