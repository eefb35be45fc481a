package marswb.model.provenance;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches artifact paths (relative, forward slashes) against globs of the bundle format such as tasks/*.xml.
 *
 * @since 0.1
 */
public final class ArtifactPaths {

	/**
	 * Compiled globs and what they said of each path: compiling one is a regular expression built and compiled, and
	 * reading a bundle asks every glob of the format about every artifact, which made it a seventh of a triage's
	 * time; the paths repeat from bundle to bundle. The globs come from the code and the contributed checks, never
	 * from a bundle; the bounds only keep a queue of odd names from growing the maps.
	 */
	private record Glob(PathMatcher matcher, Map<String, Boolean> answers) {
	}

	private static final Map<String, Glob> GLOBS = new ConcurrentHashMap<>();
	private static final int MAX_GLOBS = 1024;
	private static final int MAX_ANSWERS = 4096;

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
		Glob compiled = glob(glob);
		Boolean known = compiled.answers().get(path);
		if (known != null) {
			return known;
		}
		boolean answer;
		try {
			answer = compiled.matcher().matches(Path.of(path.toLowerCase(Locale.ROOT)));
		} catch (InvalidPathException e) {
			// names of refused entries may hold characters no path can
			answer = false;
		}
		if (compiled.answers().size() < MAX_ANSWERS) {
			compiled.answers().put(path, answer);
		}
		return answer;
	}

	private static Glob glob(String glob) {
		Glob cached = GLOBS.get(glob);
		if (cached != null) {
			return cached;
		}
		Glob compiled = new Glob(FileSystems.getDefault().getPathMatcher("glob:" + glob.toLowerCase(Locale.ROOT)),
				new ConcurrentHashMap<>());
		if (GLOBS.size() < MAX_GLOBS) {
			GLOBS.putIfAbsent(glob, compiled);
		}
		return compiled;
	}
}
