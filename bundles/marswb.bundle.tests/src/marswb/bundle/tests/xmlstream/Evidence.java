package marswb.bundle.tests.xmlstream;

import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ProvenanceAssertions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import marswb.bundle.BundleLimits;
import marswb.bundle.internal.artifacts.ModelParseContext;
import marswb.bundle.internal.text.BoundedLineReader;
import marswb.bundle.internal.text.TextDocuments;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.TextLines;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.Located;
import marswb.model.server.Origin;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

/** Helpers shared by the xmlstream tests: provenance checks, model serialization, streamed inputs. */
final class Evidence {

	private Evidence() {
	}

	/**
	 * A fixture under fixtures/xmlstream/. Read through the class loader: this bundle is a fragment, and
	 * {@code Bundle.getEntry} of its host does not see a fragment's files.
	 */
	/** A fixture under fixtures/xmlstream/. */
	static byte[] fixture(String name) {
		return Fixtures.bytes("xmlstream/" + name);
	}

	/** A server whose manifest gave this collection time and UTC offset. */
	static Server collectedAt(String utc, int offsetMinutes) {
		Server server = ServerFactory.eINSTANCE.createServer();
		server.setCollectedAtUtc(Date.from(Instant.parse(utc)));
		server.setLocalUtcOffsetMinutes(offsetMinutes);
		return server;
	}

	/** Every origin of the given artifact with a line must show its raw text on that line of the decoded text. */
	static void assertOriginsOnTheirLines(Server server, String artifact, byte[] content) {
		ProvenanceAssertions.assertOriginsOnTheirLines(server, artifact, content);
	}

	

	/** The model as EMF writes it to disk (XMI), for checks that nothing secret is in it. */
	static String xmi(Server server) {
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource resource = resources.createResource(URI.createURI("memory:/server.xmi"));
		resource.getContents().add(server);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Runs a parser on content produced as a stream, e.g. generated lines too large to hold comfortably. */
	static Result runStreamed(ArtifactParser parser, String path, Supplier<InputStream> content) {
		Server server = ServerFactory.eINSTANCE.createServer();
		ModelParseContext context = new ModelParseContext(server, path);
		try {
			parser.parse(new StreamedInput(path, content), context);
			return new Result(server, context.problems(), null);
		} catch (ArtifactFormatException e) {
			return new Result(server, context.problems(), e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private record StreamedInput(String path, Supplier<InputStream> content) implements ArtifactInput {
		@Override
		public long size() {
			return -1;
		}

		@Override
		public InputStream openStream() {
			return content.get();
		}

		@Override
		public TextLines openLines() throws IOException {
			return new BoundedLineReader(openStream(), BundleLimits.DEFAULT.maxLineChars());
		}

		@Override
		public String readText(int maxChars) throws IOException, ArtifactFormatException {
			return TextDocuments.read(openLines(), maxChars);
		}
	}

	/** An input stream of generated lines (UTF-8, CRLF), produced on demand in constant memory. */
	static InputStream generatedLines(long count, java.util.function.LongFunction<String> line) {
		return new InputStream() {
			private long next;
			private byte[] current = new byte[0];
			private int position;

			@Override
			public int read() {
				if (!fill()) {
					return -1;
				}
				return current[position++] & 0xFF;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (length == 0) {
					return 0;
				}
				if (!fill()) {
					return -1;
				}
				int n = Math.min(length, current.length - position);
				System.arraycopy(current, position, buffer, offset, n);
				position += n;
				return n;
			}

			private boolean fill() {
				while (position >= current.length) {
					if (next >= count) {
						return false;
					}
					current = (line.apply(next++) + "\r\n").getBytes(StandardCharsets.UTF_8);
					position = 0;
				}
				return true;
			}
		};
	}
}
