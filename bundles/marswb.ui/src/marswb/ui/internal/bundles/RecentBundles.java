package marswb.ui.internal.bundles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The bundles opened last, most recent first, without repeats and at most {@link #LIMIT}; File > Recent Bundles
 * lists them. Kept in a preference node as one absolute path a line, so that the list outlives the workbench.
 */
public final class RecentBundles {

	public static final int LIMIT = 8;
	static final String KEY = "recentBundles";

	private final Preferences node;

	public RecentBundles(Preferences node) {
		this.node = node;
	}

	/** The workbench's own list, in the instance preferences of marswb.ui. */
	public static RecentBundles workbench() {
		return new RecentBundles(InstanceScope.INSTANCE.getNode("marswb.ui"));
	}

	public List<Path> paths() {
		return parse(node.get(KEY, ""));
	}

	/** Puts {@code bundle} first and saves the list at once, so that a crash later does not lose it. */
	public void opened(Path bundle) {
		node.put(KEY, format(add(paths(), bundle)));
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// the list is a convenience: the bundle is open, the next opening tries to save again
			ILog.of(RecentBundles.class).warn(e.getMessage(), e);
		}
	}

	/** {@code paths} with {@code bundle} first, its earlier place removed, cut to {@link #LIMIT}. */
	public static List<Path> add(List<Path> paths, Path bundle) {
		Path added = bundle.toAbsolutePath().normalize();
		List<Path> result = new ArrayList<>(LIMIT);
		result.add(added);
		paths.stream().filter(path -> !path.equals(added)).limit(LIMIT - 1L).forEach(result::add);
		return result;
	}

	public static String format(List<Path> paths) {
		StringBuilder text = new StringBuilder();
		paths.forEach(path -> text.append(path).append('\n'));
		return text.toString();
	}

	/** The paths of a stored list; blank lines are skipped and a list longer than the limit is cut. */
	public static List<Path> parse(String stored) {
		return stored.lines().filter(line -> !line.isBlank()).map(Path::of).distinct().limit(LIMIT).toList();
	}
}
