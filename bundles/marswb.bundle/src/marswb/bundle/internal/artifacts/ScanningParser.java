package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import marswb.bundle.internal.text.ByteLines;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;

/**
 * A parser of a large artifact whose reading needs nothing of the model but the collection time: {@link #scan}
 * reads all of it into a small result without touching the model, so the builder can run it on another core while
 * other artifacts are read; {@link #apply} then writes the result into the model in the builder's usual order, which
 * keeps the model the same whatever thread scanned.
 *
 * @param <S> what a scan keeps of the artifact
 */
interface ScanningParser<S extends ScanningParser.Scanned> extends ArtifactParser {

	/** What a scan found, and the problems it had, reported to the artifact when applied. */
	abstract class Scanned {
		final List<String> problems = new ArrayList<>();

		void problem(String message) {
			problems.add(message);
		}
	}

	/** A scan that takes the artifact a line at a time (see {@link ByteLines}). */
	abstract class LineScan extends Scanned {

		/** One line; a method of its own so that the JIT compiles it early and whole, not the loop around it. */
		abstract void line(ByteLines.Line line);

		/** After the last line: what reading the whole artifact showed. */
		abstract void end(ByteLines lines);

		static <S extends LineScan> S read(ArtifactInput input, S scan) throws IOException {
			try (ByteLines lines = EntryInput.byteLines(input)) {
				ByteLines.Line line;
				while ((line = lines.next()) != null) {
					scan.line(line);
				}
				scan.end(lines);
			}
			return scan;
		}
	}

	/** The collection time and the server's UTC offset from the manifest, each null when it does not give it. */
	record CollectionTime(Instant utc, ZoneOffset offset) {
		static CollectionTime of(ParseContext context) {
			return new CollectionTime(context.collectedAtUtc().orElse(null), context.collectionOffset().orElse(null));
		}
	}

	/** Reads the artifact; may run on any thread, and never touches the model. */
	S scan(ArtifactInput input, CollectionTime time) throws IOException, ArtifactFormatException;

	/** Writes what the scan found into the model, after the problems it reports before the scan's own. */
	void apply(S scanned, ArtifactInput input, ParseContext context);

	@Override
	default void parse(ArtifactInput input, ParseContext context) throws IOException, ArtifactFormatException {
		apply(scan(input, CollectionTime.of(context)), input, context);
	}
}
