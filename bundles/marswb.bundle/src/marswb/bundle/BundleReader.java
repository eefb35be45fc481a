package marswb.bundle;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import marswb.bundle.internal.artifacts.ModelBuilder;
import marswb.bundle.internal.artifacts.ReadProgress;
import marswb.bundle.internal.recognize.LooseInputSource;
import marswb.bundle.internal.text.BoundedLineReader;
import marswb.bundle.internal.zip.BundleEntry;
import marswb.bundle.internal.zip.BundleSource;
import marswb.bundle.spi.TextLines;
import marswb.model.server.Server;

/**
 * Reads a diagnostic bundle (zip or folder), or input in any other shape that is recognized by content (loose
 * files, tars, nested archives, a bundle wrapped in another folder or zip), into a server model. A broken artifact
 * never stops the others: it is reported with its status in {@link Server#getArtifacts()}.
 *
 * @since 0.1
 */
public final class BundleReader {

	private BundleReader() {
	}

	/** Reads with {@link BundleLimits#DEFAULT}. */
	public static Server read(Path bundle) throws BundleOpenException {
		return read(bundle, BundleLimits.DEFAULT);
	}

	public static Server read(Path bundle, BundleLimits limits) throws BundleOpenException {
		return read(bundle, limits, null);
	}

	/**
	 * Reads with progress in bytes of the bundle's entries, and stops as soon as the monitor is canceled (checked
	 * while bytes stream, so a large log does not delay it).
	 *
	 * @param monitor may be null
	 * @throws OperationCanceledException when the monitor was canceled; nothing of the bundle is kept
	 */
	public static Server read(Path bundle, BundleLimits limits, IProgressMonitor monitor) throws BundleOpenException {
		try (BundleSource source = BundleSource.open(bundle, limits)) {
			return new ModelBuilder(source, limits, ReadProgress.of(monitor, source.entries())).build();
		} catch (IOException e) {
			throw new BundleOpenException("Cannot read " + bundle + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Whether a file on its own is recognized by content as an artifact of the bundle format: what tells a folder of
	 * loose evidence from a folder that merely holds bundles and a note beside them.
	 */
	public static boolean recognizes(Path file) throws IOException {
		return LooseInputSource.recognizes(file);
	}

	/**
	 * Opens one artifact of a bundle as decoded lines, the way reading decodes it (so line numbers match the
	 * origins of the model), for showing the raw text behind a value. Streams with the limits of
	 * {@link BundleLimits#DEFAULT}: a log of several hundred MB is never held in memory. The path matches without
	 * case, like Windows names; closing the lines closes the bundle.
	 *
	 * @throws NoSuchFileException when the bundle has no such artifact
	 */
	public static TextLines openArtifact(Path bundle, String artifactPath) throws BundleOpenException, IOException {
		BundleLimits limits = BundleLimits.DEFAULT;
		BundleSource source = BundleSource.open(bundle, limits);
		try {
			BundleEntry entry = source.entries().stream().filter(e -> e.path().equalsIgnoreCase(artifactPath))
					.findFirst().orElseThrow(() -> new NoSuchFileException(artifactPath));
			// closing the lines closes the stream, and with it the bundle
			InputStream stream = new FilterInputStream(source.open(entry)) {
				@Override
				public void close() throws IOException {
					try (source) {
						super.close();
					}
				}
			};
			return new BoundedLineReader(stream, limits.maxLineChars());
		} catch (IOException | RuntimeException e) {
			source.close();
			throw e;
		}
	}
}
