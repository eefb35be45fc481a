package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import marswb.bundle.BundleLimits;
import marswb.bundle.internal.text.BoundedLineReader;
import marswb.bundle.internal.text.ByteLines;
import marswb.bundle.internal.text.TextDocuments;
import marswb.bundle.internal.zip.BundleEntry;
import marswb.bundle.internal.zip.BundleSource;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.TextLines;

/** An entry of a bundle source offered to parsers, with the bundle's limits applied. */
final class EntryInput implements ArtifactInput {

	private final BundleSource source;
	private final BundleEntry entry;
	private final BundleLimits limits;
	private final ReadProgress progress;
	/** Made on the builder's thread: the input may be read on a worker thread. */
	private final AtomicLong streamed;
	/** The reader of the last openLines(), whose encoding and undecodable bytes the builder reports. */
	private BoundedLineReader lastReader;
	/** The reader of the last {@link #byteLines(ArtifactInput)}; its parser reports undecodable bytes itself. */
	private ByteLines lastByteLines;

	EntryInput(BundleSource source, BundleEntry entry, BundleLimits limits, ReadProgress progress) {
		this.source = source;
		this.entry = entry;
		this.limits = limits;
		this.progress = progress;
		this.streamed = progress.counter(entry);
	}

	@Override
	public String path() {
		return entry.path();
	}

	@Override
	public long size() {
		return entry.size();
	}

	@Override
	public InputStream openStream() throws IOException {
		return progress.track(source.open(entry), streamed);
	}

	@Override
	public TextLines openLines() throws IOException {
		lastReader = new BoundedLineReader(openStream(), limits.maxLineChars());
		return lastReader;
	}

	@Override
	public String readText(int maxChars) throws IOException, ArtifactFormatException {
		int max = Math.min(maxChars, limits.maxDocumentChars());
		// a document is bounded by its size: valid JSON may be written on one line of any length
		lastReader = new BoundedLineReader(openStream(), max);
		return TextDocuments.read(lastReader, max);
	}

	/**
	 * The lines of a large artifact, read without a String per line (see {@link ByteLines}), with the bundle's line
	 * limit when the artifact comes from a bundle.
	 */
	static ByteLines byteLines(ArtifactInput input) throws IOException {
		if (input instanceof EntryInput entry) {
			entry.lastByteLines = new ByteLines(entry.openStream(), entry.limits.maxLineChars());
			return entry.lastByteLines;
		}
		return new ByteLines(input.openStream(), BundleLimits.DEFAULT.maxLineChars());
	}

	/** Encoding detected the last time the text was opened, or null. */
	String encoding() {
		if (lastReader != null) {
			return lastReader.encoding();
		}
		return lastByteLines == null ? null : lastByteLines.encoding();
	}

	/** Undecodable bytes seen the last time the text was read. */
	long malformedInputs() {
		return lastReader == null ? 0 : lastReader.malformedInputs();
	}
}
