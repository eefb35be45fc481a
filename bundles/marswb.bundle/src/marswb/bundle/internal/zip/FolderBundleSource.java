package marswb.bundle.internal.zip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;

/** A bundle laid out as a folder. Links are refused rather than followed, so nothing outside it is read. */
final class FolderBundleSource implements BundleSource {

	private final Path root;
	private final BundleLimits limits;
	private final List<BundleEntry> entries = new ArrayList<>();
	private final List<RefusedEntry> refused = new ArrayList<>();

	private FolderBundleSource(Path root, BundleLimits limits) {
		this.root = root;
		this.limits = limits;
	}

	static FolderBundleSource open(Path root, BundleLimits limits) throws BundleOpenException {
		FolderBundleSource source = new FolderBundleSource(root.toAbsolutePath().normalize(), limits);
		try {
			source.scan();
		} catch (IOException e) {
			throw new BundleOpenException("Cannot list the bundle folder " + root + ": " + e.getMessage(), e);
		}
		return source;
	}

	private void scan() throws IOException, BundleOpenException {
		long[] total = { 0 };
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				if (!dir.equals(root) && attrs.isSymbolicLink()) {
					refused.add(new RefusedEntry(relative(dir), "symbolic link"));
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				String name = relative(file);
				if (attrs.isSymbolicLink() || Files.isSymbolicLink(file)) {
					refused.add(new RefusedEntry(name, "symbolic link"));
				} else if (!attrs.isRegularFile()) {
					refused.add(new RefusedEntry(name, "not a regular file"));
				} else if (attrs.size() > limits.maxEntryBytes()) {
					refused.add(new RefusedEntry(name, "larger than " + limits.maxEntryBytes() + " bytes"));
				} else {
					total[0] += attrs.size();
					entries.add(new BundleEntry(EntryNames.normalize(name), attrs.size(), name));
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) {
				refused.add(new RefusedEntry(relative(file), "cannot be read: " + e.getMessage()));
				return FileVisitResult.CONTINUE;
			}
		});
		if (entries.size() > limits.maxEntries()) {
			throw new BundleOpenException("The bundle folder has " + entries.size() + " files; at most "
					+ limits.maxEntries() + " are accepted");
		}
		if (total[0] > limits.maxTotalBytes()) {
			throw new BundleOpenException("The bundle folder holds more than " + limits.maxTotalBytes() + " bytes");
		}
		Map<BundleEntry, String> collisions = EntryNames.collisions(entries, BundleEntry::sourceName);
		entries.removeIf(entry -> {
			String reason = collisions.get(entry);
			if (reason != null) {
				refused.add(new RefusedEntry(entry.sourceName(), reason));
			}
			return reason != null;
		});
		entries.sort(Comparator.comparing(BundleEntry::path));
	}

	private String relative(Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	@Override
	public String name() {
		return root.getFileName() == null ? root.toString() : root.getFileName().toString();
	}

	@Override
	public List<BundleEntry> entries() {
		return entries;
	}

	@Override
	public List<RefusedEntry> refused() {
		return refused;
	}

	@Override
	public InputStream open(BundleEntry entry) throws IOException {
		Path file = root.resolve(entry.path()).normalize();
		if (!file.startsWith(root) || Files.isSymbolicLink(file)
				|| !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException(entry.path() + " is no longer a regular file inside the bundle");
		}
		return new LimitedInputStream(new FileChannelInput(FileChannel.open(file, StandardOpenOption.READ,
				LinkOption.NOFOLLOW_LINKS)), limits.maxEntryBytes(), entry.path());
	}

	@Override
	public void close() {
		// nothing held open between reads
	}
}
