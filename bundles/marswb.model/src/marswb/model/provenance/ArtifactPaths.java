package marswb.model.provenance;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Matches artifact paths (relative, forward slashes) against globs of the bundle format such as tasks/*.xml.
 *
 * @since 0.1
 */
public final class ArtifactPaths {

	private ArtifactPaths() {
	}

	/**
	 * True when {@code path} is {@code glob} or matches it; '*' does not cross '/'. Case is ignored: the files come
	 * from Windows, where {@code x.vaultcredentials} and {@code x.VaultCredentials} are the same name.
	 */
	public static boolean matches(String glob, String path) {
		if (glob.equalsIgnoreCase(path)) {
			return true;
		}
		try {
			return FileSystems.getDefault().getPathMatcher("glob:" + glob.toLowerCase(Locale.ROOT))
					.matches(Path.of(path.toLowerCase(Locale.ROOT)));
		} catch (InvalidPathException e) {
			// names of refused entries may hold characters no path can
			return false;
		}
	}
}
