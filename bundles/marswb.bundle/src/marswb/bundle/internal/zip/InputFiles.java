package marswb.bundle.internal.zip;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import marswb.bundle.BundleLimits;
import marswb.bundle.spi.Sample;

/**
 * The files of input sent without a manifest: folders, zips, tars and tar.gz files, nested up to {@link #MAX_DEPTH}
 * containers deep, under one set of limits for everything they hold (entry count, bytes, compression ratio, names,
 * links). Zips and tars on disk are read in place; what can only be streamed (tar.gz, and a container inside
 * another) is extracted into a private temporary folder that {@link #close()} deletes. Extracted files get numbers
 * for names, never the archive's. A streamed file that {@code keep} refuses is listed but not extracted, and a
 * VaultCredentials file is held in memory instead: its content never reaches the disk.
 */
public final class InputFiles implements Closeable {

	/** Containers inside containers: the input archive, a zip in it, a zip in that. */
	public static final int MAX_DEPTH = 3;
	/** A credentials file is a few KiB; this bounds what memory holds for one. */
	static final int MAX_IN_MEMORY = 4 << 20;
	private static final byte[] VAULT_ROOT = "RSBackupVaultAADCreds".getBytes(StandardCharsets.US_ASCII);

	private final BundleLimits limits;
	private final Predicate<InputFile> keep;
	private final List<InputFile> files = new ArrayList<>();
	private final List<RefusedEntry> refused = new ArrayList<>();
	private final List<Closeable> open = new ArrayList<>();
	private Path temp;
	private int extracted;
	private int entries;
	private long totalBytes;

	private InputFiles(BundleLimits limits, Predicate<InputFile> keep) {
		this.limits = limits;
		this.keep = keep;
	}

	/**
	 * Lists every file of the inputs.
	 *
	 * @param keep told of each streamed file (head read, not yet extracted) whether it is worth extracting
	 */
	public static InputFiles open(List<Path> inputs, BundleLimits limits, Predicate<InputFile> keep)
			throws IOException {
		InputFiles result = new InputFiles(limits, keep);
		try {
			for (Path input : inputs) {
				Path path = input.toAbsolutePath().normalize();
				String prefix = inputs.size() == 1 ? "" : nameOf(path);
				if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
					result.addFolder(path, prefix);
				} else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
					result.addDiskFile(path, nameOf(path), Files.getLastModifiedTime(path).toMillis(), 0, true);
				} else {
					throw new IOException("No such file or folder: " + input);
				}
			}
		} catch (IOException | RuntimeException e) {
			result.close();
			throw e;
		}
		result.files.sort(Comparator.comparing(InputFile::name));
		return result;
	}

	public List<InputFile> files() {
		return Collections.unmodifiableList(files);
	}

	/** Entries and containers refused, with the reason; the name is the one {@link InputFile#name()} would have. */
	public List<RefusedEntry> refused() {
		return Collections.unmodifiableList(refused);
	}

	private static String nameOf(Path path) {
		return path.getFileName() == null ? path.toString() : path.getFileName().toString();
	}

	private void addFolder(Path root, String prefix) throws IOException {
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				if (!dir.equals(root) && attrs.isSymbolicLink()) {
					refused.add(new RefusedEntry(name(dir), "symbolic link"));
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				String name = name(file);
				if (attrs.isSymbolicLink() || Files.isSymbolicLink(file)) {
					refused.add(new RefusedEntry(name, "symbolic link"));
				} else if (!attrs.isRegularFile()) {
					refused.add(new RefusedEntry(name, "not a regular file"));
				} else {
					addDiskFile(file, name, attrs.lastModifiedTime().toMillis(), 0, true);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) {
				refused.add(new RefusedEntry(name(file), "cannot be read: " + e.getMessage()));
				return FileVisitResult.CONTINUE;
			}

			private String name(Path file) {
				String relative = root.relativize(file).toString().replace('\\', '/');
				return prefix.isEmpty() ? relative : prefix + "/" + relative;
			}
		});
	}

	/** A file on disk: the user's own, or one extracted here. Containers are opened in place. */
	private void addDiskFile(Path file, String name, long modified, int depth, boolean counted) throws IOException {
		long size = Files.size(file);
		// an extracted container was counted as the entry that held it
		if (counted && !admit(name, size)) {
			return;
		}
		InputFile.Opener opener = () -> new LimitedInputStream(new FileChannelInput(FileChannel.open(file,
				StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)), limits.maxEntryBytes(), name);
		byte[] head;
		try (InputStream in = opener.open()) {
			head = in.readNBytes(Sample.HEAD_BYTES);
		}
		Container kind = Container.of(head);
		if (kind == null) {
			files.add(new InputFile(name, size, modified, head, opener));
			return;
		}
		if (depth >= MAX_DEPTH) {
			refused.add(new RefusedEntry(name, "archive nested deeper than " + MAX_DEPTH + " levels"));
			return;
		}
		try {
			switch (kind) {
			case ZIP -> addZip(file, name, depth + 1);
			case TAR -> addTar(file, name, depth + 1);
			case GZIP -> addTarGz(file, name, depth + 1);
			}
		} catch (IOException e) {
			refused.add(new RefusedEntry(name, "not a readable " + kind.word + ": " + e.getMessage()));
		}
	}

	/** The name of an archive entry as the read status shows it; an absolute name keeps no leading '/'. */
	private static String inside(String container, String entryName) {
		return container + "!/" + EntryNames.normalize(entryName).replaceFirst("^/+", "");
	}

	/** Counts an entry against the limits across every container; false (and listed as refused) when over. */
	private boolean admit(String name, long size) {
		if (++entries > limits.maxEntries()) {
			refused.add(new RefusedEntry(name, "more than " + limits.maxEntries() + " files in all the input"));
			return false;
		}
		if (size > limits.maxEntryBytes()) {
			refused.add(new RefusedEntry(name, "larger than " + limits.maxEntryBytes() + " bytes"));
			return false;
		}
		totalBytes += Math.max(0, size);
		if (totalBytes > limits.maxTotalBytes()) {
			refused.add(new RefusedEntry(name, "the input unpacks to more than " + limits.maxTotalBytes() + " bytes"));
			return false;
		}
		return true;
	}

	/** Why an archive entry's name or kind is refused, or null. */
	private String refusal(String entryName, Set<String> seen) {
		String reason = EntryNames.refusal(entryName);
		if (reason == null && !seen.add(EntryNames.normalize(entryName).toLowerCase(Locale.ROOT))) {
			reason = "duplicate of an earlier entry with the same name";
		}
		return reason;
	}

	private void addZip(Path file, String name, int depth) throws IOException {
		ZipFile zip = ZipFile.builder().setPath(file).get();
		open.add(zip);
		Set<String> seen = new HashSet<>();
		for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
			if (entry.isDirectory()) {
				continue;
			}
			String entryName = inside(name, entry.getName());
			String reason = refusal(entry.getName(), seen);
			long size = entry.getSize();
			long compressed = entry.getCompressedSize();
			if (reason == null && entry.isUnixSymlink()) {
				reason = "symbolic link";
			}
			if (reason == null && size > BundleLimits.RATIO_CHECK_THRESHOLD && compressed > 0
					&& size / compressed > limits.maxCompressionRatio()) {
				reason = "compression ratio " + (size / compressed) + ":1 is above " + limits.maxCompressionRatio()
						+ ":1";
			}
			if (reason != null) {
				refused.add(new RefusedEntry(entryName, reason));
				continue;
			}
			if (!admit(entryName, size)) {
				continue;
			}
			// declared sizes can lie: inflating is bounded by them and by the ratio
			long bound = limits.maxEntryBytes();
			if (size >= 0) {
				bound = Math.min(bound, size);
			}
			if (compressed > 0) {
				bound = Math.min(bound,
						Math.max(BundleLimits.RATIO_CHECK_THRESHOLD, compressed * limits.maxCompressionRatio()));
			}
			long limit = bound;
			addEntry(entryName, Math.max(size, 0), entry.getTime(),
					() -> new LimitedInputStream(zip.getInputStream(entry), limit, entryName), depth);
		}
	}

	private void addTar(Path file, String name, int depth) throws IOException {
		TarFile tar = new TarFile(file);
		open.add(tar);
		Set<String> seen = new HashSet<>();
		for (TarArchiveEntry entry : tar.getEntries()) {
			String entryName = inside(name, entry.getName());
			String reason = tarRefusal(entry, seen);
			if (reason != null) {
				refused.add(new RefusedEntry(entryName, reason));
			} else if (entry.isFile() && admit(entryName, entry.getSize())) {
				addEntry(entryName, entry.getSize(), entry.getModTime().getTime(),
						() -> new LimitedInputStream(tar.getInputStream(entry), entry.getSize(), entryName), depth);
			}
		}
	}

	private String tarRefusal(TarArchiveEntry entry, Set<String> seen) {
		if (entry.isDirectory()) {
			return entry.getName().contains("..") ? EntryNames.refusal(entry.getName()) : null;
		}
		if (entry.isSymbolicLink() || entry.isLink()) {
			return "link to " + entry.getLinkName();
		}
		if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
			return "device or pipe entry";
		}
		return refusal(entry.getName(), seen);
	}

	/** A tar.gz cannot be read at random: it is streamed once, and what is kept is extracted. */
	private void addTarGz(Path file, String name, int depth) throws IOException {
		long compressedSize = Files.size(file);
		try (InputStream raw = Files.newInputStream(file);
				InputStream gz = new RatioGuard(GzipCompressorInputStream.builder().setInputStream(raw).get(),
						compressedSize, limits, name);
				TarArchiveInputStream tar = new TarArchiveInputStream(gz)) {
			Set<String> seen = new HashSet<>();
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				String entryName = inside(name, entry.getName());
				String reason = tarRefusal(entry, seen);
				if (reason != null) {
					refused.add(new RefusedEntry(entryName, reason));
				} else if (entry.isFile() && admit(entryName, entry.getSize())) {
					addStreamed(entryName, entry.getSize(), entry.getModTime().getTime(),
							new LimitedInputStream(tar, entry.getSize(), entryName), depth);
				}
			}
		}
	}

	/** An entry of a container read in place: opened again whenever it is read. */
	private void addEntry(String name, long size, long modified, InputFile.Opener opener, int depth)
			throws IOException {
		byte[] head;
		try (InputStream in = opener.open()) {
			head = in.readNBytes(Sample.HEAD_BYTES);
		}
		if (Container.of(head) == null) {
			files.add(new InputFile(name, size, modified, head, opener));
			return;
		}
		try (InputStream in = opener.open()) {
			addStreamed(name, size, modified, in, depth);
		}
	}

	/** An entry that can be read only once: a container or a kept file is extracted, a credentials file kept in memory. */
	private void addStreamed(String name, long size, long modified, InputStream in, int depth) throws IOException {
		byte[] head = in.readNBytes(Sample.HEAD_BYTES);
		Container kind = Container.of(head);
		if (kind == null) {
			InputFile listed = new InputFile(name, size, modified, head, null);
			if (!keep.test(listed)) {
				files.add(listed);
			} else if (isVaultCredentials(name, head)) {
				files.add(inMemory(name, modified, head, in));
			} else {
				Path copy = extract(head, in);
				files.add(new InputFile(name, Files.size(copy), modified, head, () -> new LimitedInputStream(
						new FileChannelInput(FileChannel.open(copy, StandardOpenOption.READ)), limits.maxEntryBytes(),
						name)));
			}
			return;
		}
		if (depth >= MAX_DEPTH) {
			refused.add(new RefusedEntry(name, "archive nested deeper than " + MAX_DEPTH + " levels"));
			return;
		}
		Path copy = extract(head, in);
		addDiskFile(copy, name, modified, depth, false);
	}

	private InputFile inMemory(String name, long modified, byte[] head, InputStream in) throws IOException {
		byte[] rest = in.readNBytes(MAX_IN_MEMORY - head.length + 1);
		if (head.length + rest.length > MAX_IN_MEMORY) {
			throw new IOException(name + ": a credentials file larger than " + MAX_IN_MEMORY + " bytes");
		}
		byte[] all = Arrays.copyOf(head, head.length + rest.length);
		System.arraycopy(rest, 0, all, head.length, rest.length);
		return new InputFile(name, all.length, modified, head, () -> new ByteArrayInputStream(all));
	}

	private static boolean isVaultCredentials(String name, byte[] head) {
		if (name.toLowerCase(Locale.ROOT).endsWith(".vaultcredentials")) {
			return true;
		}
		// the root element's name in UTF-8 or in UTF-16LE
		return indexOf(head, VAULT_ROOT, 1) >= 0 || indexOf(head, VAULT_ROOT, 2) >= 0;
	}

	private static int indexOf(byte[] data, byte[] ascii, int stride) {
		outer: for (int i = 0; i + ascii.length * stride <= data.length; i++) {
			for (int j = 0; j < ascii.length; j++) {
				if (data[i + j * stride] != ascii[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private Path extract(byte[] head, InputStream rest) throws IOException {
		if (temp == null) {
			temp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
					? Files.createTempDirectory("marswb-input-",
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
					: Files.createTempDirectory("marswb-input-");
		}
		Path copy = temp.resolve(Integer.toString(++extracted));
		try (OutputStream out = Files.newOutputStream(copy, StandardOpenOption.CREATE_NEW)) {
			out.write(head);
			rest.transferTo(out);
		}
		return copy;
	}

	@Override
	public void close() {
		for (Closeable closeable : open) {
			try {
				closeable.close();
			} catch (IOException e) {
				// read-only archives: closing loses nothing
			}
		}
		open.clear();
		if (temp != null) {
			try (Stream<Path> all = Files.walk(temp)) {
				for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			} catch (IOException e) {
				temp.toFile().deleteOnExit();
			}
			temp = null;
		}
	}

	/** What the first bytes say a container is. */
	enum Container {
		ZIP("zip"), TAR("tar"), GZIP("tar.gz");

		final String word;

		Container(String word) {
			this.word = word;
		}

		static Container of(byte[] head) {
			if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)
					&& (head[3] == 4 || head[3] == 6)) {
				return ZIP;
			}
			if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
				return GZIP;
			}
			if (head.length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
				return TAR;
			}
			return null;
		}
	}

	/** Bounds what a gzip stream may inflate to by the ratio limit, since it declares no sizes. */
	private static final class RatioGuard extends java.io.FilterInputStream {
		private final long maxBytes;
		private final String name;
		private long count;

		RatioGuard(InputStream in, long compressedSize, BundleLimits limits, String name) {
			super(in);
			this.maxBytes = Math.max(BundleLimits.RATIO_CHECK_THRESHOLD,
					compressedSize * limits.maxCompressionRatio());
			this.name = name;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			return n <= 0 ? n : counted(n);
		}

		private int counted(int n) throws IOException {
			count += n;
			if (count > maxBytes) {
				throw new IOException(name + " inflates to more than " + maxBytes
						+ " bytes, above the compression ratio limit");
			}
			return n;
		}
	}
}
