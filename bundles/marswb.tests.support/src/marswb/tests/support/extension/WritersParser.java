package marswb.tests.support.extension;

import java.io.IOException;

import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.bundle.spi.TextLines;
import marswb.model.server.Located;
import marswb.model.server.ServerPackage;

/**
 * A plugin's parser as the tests contribute it (plugin.xml of this bundle): each line {@code name=state} of
 * {@code extra/writers.txt} is one {@link ExtensionWriters#WRITER} in {@code Server.extensions}, every value with
 * its line.
 */
public final class WritersParser implements ArtifactParser {

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		try (TextLines lines = input.openLines()) {
			Line line;
			while ((line = lines.next()) != null) {
				String text = line.text().strip();
				if (text.isEmpty()) {
					continue;
				}
				int equals = text.indexOf('=');
				if (equals < 1) {
					throw new ArtifactFormatException("not name=state: " + text, line.number());
				}
				Located writer = ExtensionWriters.writer();
				context.add(context.server(), ServerPackage.Literals.SERVER__EXTENSIONS, writer, line.number(), text);
				context.located(writer, line.number(), text);
				context.set(writer, ExtensionWriters.NAME, text.substring(0, equals), line.number(),
						text.substring(0, equals));
				context.set(writer, ExtensionWriters.STATE, text.substring(equals + 1), line.number(),
						text.substring(equals + 1));
			}
		}
	}
}
