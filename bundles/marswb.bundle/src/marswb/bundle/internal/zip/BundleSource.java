package marswb.bundle.internal.zip;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;
import marswb.bundle.internal.recognize.LooseInputSource;

/**
 * Read-only access to the entries of a bundle, a zip file or a folder, from which nothing is extracted; or of input
 * in another shape, recognized by content ({@link LooseInputSource}).
 */
public interface BundleSource extends Closeable {

	/** Display name: the zip's or folder's file name. */
	String name();

	/** Entries that passed the path checks, sorted by path. */
	List<BundleEntry> entries();

	/** Entries that were refused, with the reason. */
	List<RefusedEntry> refused();

	/** For input without a manifest: where each entry came from and why, and the input files not read. */
	default List<InputNote> notes() {
		return List.of();
	}

	/** The bytes of an entry, bounded by the limits (an entry that grows past them fails while reading). */
	InputStream open(BundleEntry entry) throws IOException;

	/** Opens a zip file or a folder; input that is not laid out as a bundle is recognized by content. */
	static BundleSource open(Path path, BundleLimits limits) throws BundleOpenException {
		if (!BundleLayout.isBundle(path)) {
			return LooseInputSource.open(List.of(path), limits);
		}
		if (Files.isDirectory(path)) {
			return FolderBundleSource.open(path, limits);
		}
		if (Files.isRegularFile(path)) {
			return ZipBundleSource.open(path, limits);
		}
		throw new BundleOpenException("No such bundle: " + path);
	}
}
