package marswb.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import marswb.bundle.internal.zip.BundleEntry;
import marswb.bundle.internal.zip.BundleSource;

/**
 * The files of a bundle as the reader takes them, for a tool that copies or rewrites a bundle file by file (as
 * {@code marswb redact} does): a zip, a folder or input recognized by content, under the reader's path checks and
 * limits. Nothing is extracted; each file can be opened as often as needed until this is closed.
 *
 * @since 0.1
 */
public final class BundleFiles implements Closeable {

	/**
	 * A file that is not among {@link #paths()}, and why: an entry the reader refused (a path that leaves the bundle,
	 * a link, a name that collides with another), or an input file sent without a manifest that was not read.
	 *
	 * @param name   the entry's or input file's name as it was given
	 * @param reason why it is left out, as the read status says it
	 */
	public record LeftOut(String name, String reason) {
	}

	private final BundleSource source;
	private final Map<String, BundleEntry> entries = new LinkedHashMap<>();

	private BundleFiles(BundleSource source) {
		this.source = source;
		source.entries().forEach(entry -> entries.put(entry.path(), entry));
	}

	/** Opens a zip file or a folder; input that is not laid out as a bundle is recognized by content. */
	public static BundleFiles open(Path bundle, BundleLimits limits) throws BundleOpenException {
		return new BundleFiles(BundleSource.open(bundle, limits));
	}

	/** The artifact paths (forward slashes, relative to the bundle's root), sorted. */
	public List<String> paths() {
		return List.copyOf(entries.keySet());
	}

	/**
	 * The bytes of the file at {@code path}, bounded by the limits (a file that grows past them fails while it is
	 * read).
	 *
	 * @throws IllegalArgumentException when {@code path} is not one of {@link #paths()}
	 */
	public InputStream open(String path) throws IOException {
		BundleEntry entry = entries.get(path);
		if (entry == null) {
			throw new IllegalArgumentException("not a file of the bundle: " + path);
		}
		return source.open(entry);
	}

	/** The entries the reader refused, with the reason. */
	public List<LeftOut> refused() {
		return source.refused().stream().map(refused -> new LeftOut(refused.name(), refused.reason())).toList();
	}

	/** For input sent without a manifest: the input files that were not read, with the reason. */
	public List<LeftOut> notRead() {
		return source.notes().stream().filter(note -> note.message() != null && note.source() != null)
				.map(note -> new LeftOut(note.source(), note.message())).toList();
	}

	@Override
	public void close() throws IOException {
		source.close();
	}
}
