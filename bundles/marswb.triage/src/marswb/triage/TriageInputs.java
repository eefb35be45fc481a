package marswb.triage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import marswb.bundle.BundleReader;

/**
 * Which bundles a triage (the {@code triage} command, the workbench's Triage view) reads under its arguments. A file named as an argument is one bundle, whatever
 * it holds. A folder holding {@code manifest.json} is one bundle. Under any other folder every archive (by name:
 * {@code .zip}, {@code .tar}, {@code .tar.gz}, {@code .tgz}; or, for a name without an extension, by its first bytes)
 * is one bundle, and subfolders are searched the same way, unless one of the folder's own files is recognized as an
 * artifact by content: then the folder, with its archives and subfolders, is one loose set (a customer's files with
 * a zipped Temp folder beside them). A folder below which no bundle is found is one loose set too. Other files lying
 * beside bundles (a note, a screenshot) belong to no bundle and are listed as skipped: reading them into one of
 * their neighbours would mix two servers.
 */
public final class TriageInputs {

	/** Deeper than any layout customers send; keeps a hostile tree (or a loop of junctions) from running on. */
	private static final int MAX_DEPTH = 16;

	private static final List<String> ARCHIVE_SUFFIXES = List.of(".zip", ".tar", ".tar.gz", ".tgz");

	/** The bundles found, in the order of the arguments and then by name, and the files no bundle holds. */
	public record Discovery(List<Path> bundles, List<Path> skipped) {
	}

	private final List<Path> bundles = new ArrayList<>();
	private final List<Path> skipped = new ArrayList<>();

	private TriageInputs() {
	}

	public static Discovery discover(List<Path> arguments) {
		TriageInputs inputs = new TriageInputs();
		for (Path argument : arguments) {
			if (Files.isDirectory(argument)) {
				inputs.bundles.addAll(inputs.folder(argument, 0));
			} else {
				inputs.bundles.add(argument); // a missing one becomes a row that says so
			}
		}
		return new Discovery(List.copyOf(inputs.bundles), List.copyOf(inputs.skipped));
	}

	private List<Path> folder(Path folder, int depth) {
		List<Path> children;
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			children = new ArrayList<>();
			stream.forEach(children::add);
		} catch (IOException e) {
			return List.of(folder); // the reader says why it cannot be read
		}
		children.sort(null);
		if (children.stream().anyMatch(c -> c.getFileName().toString().equalsIgnoreCase("manifest.json")
				&& Files.isRegularFile(c, LinkOption.NOFOLLOW_LINKS))) {
			return List.of(folder);
		}
		if (children.stream().anyMatch(TriageInputs::isLooseArtifact)) {
			return List.of(folder);
		}
		List<Path> found = new ArrayList<>();
		List<Path> loose = new ArrayList<>();
		for (Path child : children) {
			if (child.getFileName().toString().startsWith(".")) {
				continue; // .DS_Store, .git: never evidence
			}
			if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
				if (depth < MAX_DEPTH) {
					found.addAll(folder(child, depth + 1));
				}
			} else if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
				if (isArchive(child)) {
					found.add(child);
				} else {
					loose.add(child);
				}
			}
		}
		if (found.isEmpty()) {
			return List.of(folder);
		}
		skipped.addAll(loose);
		return found;
	}

	private static boolean isLooseArtifact(Path child) {
		if (!Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS) || isArchive(child)) {
			return false;
		}
		try {
			return BundleReader.recognizes(child);
		} catch (IOException e) {
			return false; // unreadable here, it would be unreadable in a loose set too
		}
	}

	private static boolean isArchive(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (ARCHIVE_SUFFIXES.stream().anyMatch(name::endsWith)) {
			return true;
		}
		return name.indexOf('.') < 0 && hasArchiveMagic(file);
	}

	/** Zip (local header or empty archive), gzip, or a POSIX tar header. */
	private static boolean hasArchiveMagic(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(262);
			if (head.length >= 4 && head[0] == 'P' && head[1] == 'K'
					&& (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6)) {
				return true;
			}
			if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
				return true;
			}
			return head.length == 262 && Arrays.equals(Arrays.copyOfRange(head, 257, 262), "ustar".getBytes(StandardCharsets.US_ASCII));
		} catch (IOException e) {
			return false;
		}
	}
}
