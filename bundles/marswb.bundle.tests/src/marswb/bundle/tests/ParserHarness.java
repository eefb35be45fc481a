package marswb.bundle.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import marswb.bundle.BundleLimits;
import marswb.bundle.internal.artifacts.ModelParseContext;
import marswb.bundle.internal.text.BoundedLineReader;
import marswb.bundle.internal.text.TextDocuments;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.TextLines;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

/** Runs one artifact parser on bytes, as the bundle reader would, and returns what it produced. */
public final class ParserHarness {

	/** What a parser run produced: the model, the problems it reported, or the failure that made it unreadable. */
	public record Result(Server server, List<String> problems, ArtifactFormatException failure) {
	}

	private ParserHarness() {
	}

	public static Result run(ArtifactParser parser, String path, byte[] content) {
		return run(parser, path, content, ServerFactory.eINSTANCE.createServer());
	}

	/** Runs on an existing model, e.g. one whose manifest fields (collection time) are already set. */
	public static Result run(ArtifactParser parser, String path, byte[] content, Server server) {
		ModelParseContext context = new ModelParseContext(server, path);
		try {
			parser.parse(new BytesInput(path, content), context);
			return new Result(server, context.problems(), null);
		} catch (ArtifactFormatException e) {
			return new Result(server, context.problems(), e);
		} catch (IOException e) {
			throw new AssertionError("in-memory input cannot fail to read", e);
		}
	}

	/** An artifact held in memory. */
	public static final class BytesInput implements ArtifactInput {
		private final String path;
		private final byte[] content;

		public BytesInput(String path, byte[] content) {
			this.path = path;
			this.content = content;
		}

		@Override
		public String path() {
			return path;
		}

		@Override
		public long size() {
			return content.length;
		}

		@Override
		public InputStream openStream() {
			return new ByteArrayInputStream(content);
		}

		@Override
		public TextLines openLines() throws IOException {
			return new BoundedLineReader(openStream(), BundleLimits.DEFAULT.maxLineChars());
		}

		@Override
		public String readText(int maxChars) throws IOException, ArtifactFormatException {
			// as the reader does: a document is bounded by its size, not by the length of its lines
			return TextDocuments.read(new BoundedLineReader(openStream(), maxChars), maxChars);
		}
	}
}
