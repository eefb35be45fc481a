package marswb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import marswb.ui.internal.bundles.RecentBundles;

/** The recent bundles list: order, repeats, limit, and how it is stored. */
class RecentBundlesTest {

	private final Preferences node = InstanceScope.INSTANCE.getNode("marswb.ui.tests").node("recent");

	@AfterEach
	void removeNode() throws BackingStoreException {
		node.removeNode();
	}

	@Test
	void mostRecentFirstWithoutRepeats() {
		List<Path> paths = List.of();
		paths = RecentBundles.add(paths, Path.of("/cases/a.zip"));
		paths = RecentBundles.add(paths, Path.of("/cases/b"));
		paths = RecentBundles.add(paths, Path.of("/cases/c.zip"));
		paths = RecentBundles.add(paths, Path.of("/cases/x/../a.zip"));
		assertEquals(List.of(Path.of("/cases/a.zip"), Path.of("/cases/c.zip"), Path.of("/cases/b")), paths,
				"opened again, a bundle moves to the top once, named the same however it was reached");
	}

	@Test
	void keepsTheLastEight() {
		List<Path> paths = List.of();
		for (int i = 1; i <= 10; i++) {
			paths = RecentBundles.add(paths, Path.of("/cases/bundle" + i + ".zip"));
		}
		List<Path> expected = new ArrayList<>();
		for (int i = 10; i >= 3; i--) {
			expected.add(Path.of("/cases/bundle" + i + ".zip"));
		}
		assertEquals(RecentBundles.LIMIT, paths.size());
		assertEquals(expected, paths);
	}

	@Test
	void relativePathsAreStoredAbsolute() {
		assertEquals(List.of(Path.of("samples/healthy").toAbsolutePath()),
				RecentBundles.add(List.of(), Path.of("samples/./healthy")));
	}

	@Test
	void storedAsOnePathALine() {
		List<Path> paths = List.of(Path.of("/cases/a b.zip"), Path.of("/cases/c;d"));
		assertEquals("/cases/a b.zip\n/cases/c;d\n", RecentBundles.format(paths));
		assertEquals(paths, RecentBundles.parse(RecentBundles.format(paths)));
		assertEquals(paths, RecentBundles.parse("\n/cases/a b.zip\r\n\n/cases/c;d"), "blank lines and CRLF ignored");
		assertEquals(List.of(), RecentBundles.parse(""));
	}

	@Test
	void aStoredListIsCutToTheLimit() {
		StringBuilder stored = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			stored.append("/cases/b").append(i).append('\n');
		}
		assertEquals(RecentBundles.LIMIT, RecentBundles.parse(stored.toString()).size());
	}

	@Test
	void outlivesTheObjectThatSavedIt() throws BackingStoreException {
		new RecentBundles(node).opened(Path.of("/cases/a.zip"));
		new RecentBundles(node).opened(Path.of("/cases/b.zip"));
		node.sync();
		assertEquals(List.of(Path.of("/cases/b.zip"), Path.of("/cases/a.zip")), new RecentBundles(node).paths());
	}
}
