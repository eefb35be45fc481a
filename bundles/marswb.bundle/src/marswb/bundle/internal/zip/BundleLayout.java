package marswb.bundle.internal.zip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import marswb.bundle.internal.artifacts.BundleFormat;
import marswb.model.provenance.ArtifactPaths;

/**
 * Whether a zip or folder is laid out as a version 1 bundle: a manifest or an artifact at its v1 path at the root.
 * Anything else (loose files, a tar, a bundle wrapped one folder deeper) is recognized by content instead.
 */
final class BundleLayout {

	/** v1 paths are at most three levels deep; looking deeper in a large folder would only cost time. */
	private static final int DEPTH = 3;

	private BundleLayout() {
	}

	static boolean isBundle(Path path) {
		if (Files.isDirectory(path)) {
			try (Stream<Path> all = Files.walk(path, DEPTH)) {
				return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
						.anyMatch(p -> isV1Path(path.relativize(p).toString()));
			} catch (IOException | RuntimeException e) {
				return true; // the folder reader reports what is wrong with it
			}
		}
		if (!Files.isRegularFile(path)) {
			return true; // "no such bundle"
		}
		if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip") && !startsWithZipMagic(path)) {
			return false;
		}
		try (ZipFile zip = new ZipFile(path.toFile())) {
			return Collections.list(zip.entries()).stream().anyMatch(e -> isV1Path(e.getName()));
		} catch (IOException | RuntimeException e) {
			return true; // the zip reader says why it is not a zip
		}
	}

	private static boolean isV1Path(String name) {
		String path = EntryNames.normalize(name);
		return BundleFormat.V1_ARTIFACTS.stream().anyMatch(glob -> ArtifactPaths.matches(glob, path));
	}

	private static boolean startsWithZipMagic(Path path) {
		try (InputStream in = Files.newInputStream(path)) {
			byte[] magic = in.readNBytes(2);
			return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
		} catch (IOException e) {
			return false;
		}
	}
}
