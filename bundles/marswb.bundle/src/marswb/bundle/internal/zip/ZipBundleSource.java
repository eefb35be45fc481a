package marswb.bundle.internal.zip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;

/** A bundle zip, read in place through its central directory; entries are streamed, never extracted. */
final class ZipBundleSource implements BundleSource {

	/**
	 * Entries up to this size are inflated and checked once before they are read. Larger ones (logs, failed-file
	 * lists) are checked as they stream: their parsers scan into counts that reach the model only once the whole
	 * entry, and with it the checksum, has been read.
	 */
	private static final long VERIFY_FIRST_BYTES = 16L << 20;

	private final Path zipPath;
	private final ZipFile zip;
	private final BundleLimits limits;
	private final List<BundleEntry> entries = new ArrayList<>();
	private final List<RefusedEntry> refused = new ArrayList<>();
	private final Map<String, ZipEntry> zipEntries = new java.util.HashMap<>();

	private ZipBundleSource(Path zipPath, ZipFile zip, BundleLimits limits) {
		this.zipPath = zipPath;
		this.zip = zip;
		this.limits = limits;
	}

	static ZipBundleSource open(Path path, BundleLimits limits) throws BundleOpenException {
		ZipFile zip;
		try {
			zip = new ZipFile(path.toFile());
		} catch (ZipException e) {
			throw new BundleOpenException("Not a zip file or a bundle folder: " + path + " (" + e.getMessage() + ")", e);
		} catch (IOException e) {
			throw new BundleOpenException("Cannot read " + path + ": " + e.getMessage(), e);
		}
		ZipBundleSource source = new ZipBundleSource(path, zip, limits);
		try {
			source.scan(ZipLinks.linkNames(path));
		} catch (BundleOpenException | RuntimeException e) {
			source.close();
			throw e;
		}
		return source;
	}

	private void scan(Set<String> linkNames) throws BundleOpenException {
		if (zip.size() > limits.maxEntries()) {
			throw new BundleOpenException(
					"The zip has " + zip.size() + " entries; at most " + limits.maxEntries() + " are accepted");
		}
		long total = 0;
		List<ZipEntry> files = new ArrayList<>();
		Enumeration<? extends ZipEntry> all = zip.entries();
		while (all.hasMoreElements()) {
			ZipEntry entry = all.nextElement();
			if (!entry.isDirectory()) {
				files.add(entry);
			}
		}
		Map<ZipEntry, String> collisions = EntryNames.collisions(files, ZipEntry::getName);
		for (ZipEntry entry : files) {
			String name = entry.getName();
			String reason = EntryNames.refusal(name);
			if (reason == null && linkNames.contains(name)) {
				reason = "symbolic link";
			}
			String path = EntryNames.normalize(name);
			if (reason == null) {
				reason = collisions.get(entry);
			}
			long size = entry.getSize();
			long compressed = entry.getCompressedSize();
			if (reason == null && size > limits.maxEntryBytes()) {
				reason = "larger than " + limits.maxEntryBytes() + " bytes";
			}
			if (reason == null && size > BundleLimits.RATIO_CHECK_THRESHOLD && compressed > 0
					&& size / compressed > limits.maxCompressionRatio()) {
				reason = "compression ratio " + (size / compressed) + ":1 is above " + limits.maxCompressionRatio() + ":1";
			}
			if (reason != null) {
				refused.add(new RefusedEntry(name, reason));
				continue;
			}
			total += Math.max(size, 0);
			if (total > limits.maxTotalBytes()) {
				throw new BundleOpenException("The bundle unpacks to more than " + limits.maxTotalBytes() + " bytes");
			}
			entries.add(new BundleEntry(path, size, name));
			zipEntries.put(path, entry);
		}
		entries.sort(Comparator.comparing(BundleEntry::path));
	}

	@Override
	public String name() {
		return zipPath.getFileName().toString();
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
		ZipEntry zipEntry = zipEntries.get(entry.path());
		if (zipEntry == null) {
			throw new IOException("No entry " + entry.path());
		}
		// Declared sizes can lie: bound what inflating may produce by the size and the ratio limits.
		long limit = limits.maxEntryBytes();
		if (zipEntry.getSize() >= 0) {
			limit = Math.min(limit, zipEntry.getSize());
		}
		if (zipEntry.getCompressedSize() > 0) {
			limit = Math.min(limit, Math.max(BundleLimits.RATIO_CHECK_THRESHOLD,
					zipEntry.getCompressedSize() * limits.maxCompressionRatio()));
		}
		if (zipEntry.getCrc() < 0) {
			return new LimitedInputStream(zip.getInputStream(zipEntry), limit, entry.path());
		}
		if (zipEntry.getSize() >= 0 && zipEntry.getSize() <= VERIFY_FIRST_BYTES) {
			// a small entry is checked before a parser sees it, so nothing read from damaged data reaches the model
			try (InputStream first = new CrcCheckedInputStream(
					new LimitedInputStream(zip.getInputStream(zipEntry), limit, entry.path()), zipEntry.getCrc())) {
				first.transferTo(OutputStream.nullOutputStream());
			}
		}
		return new CrcCheckedInputStream(new LimitedInputStream(zip.getInputStream(zipEntry), limit, entry.path()),
				zipEntry.getCrc());
	}

	@Override
	public void close() {
		try {
			zip.close();
		} catch (IOException e) {
			// nothing was written; a failing close of a read-only zip loses nothing
		}
	}
}
