package marswb.model.provenance;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Matches artifact paths (relative, forward slashes) against globs of the bundle format such as tasks/*.xml. */
public final class ArtifactPaths {

	private ArtifactPaths() {
	}

	/** True when {@code path} is {@code glob} or matches it; '*' does not cross '/'. */
	public static boolean matches(String glob, String path) {
		if (glob.equals(path)) {
			return true;
		}
		try {
			return FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(path));
		} catch (InvalidPathException e) {
			// names of refused entries may hold characters no path can
			return false;
		}
	}
}
