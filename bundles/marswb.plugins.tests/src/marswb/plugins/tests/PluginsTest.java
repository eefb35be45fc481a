package marswb.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import marswb.plugins.PluginException;
import marswb.plugins.Plugins;
import marswb.tests.support.plugins.PluginFixtures;
import marswb.tests.support.plugins.PluginFixtures.FeatureSpec;

/**
 * Installing from a repository folder and from a zip of one through p2's director, into an installation of the
 * test's own (the test runtime was not installed by p2), and listing what is installed with each bundle's state in
 * the running framework: loaded, unresolved with the framework's reason, or absent until the next start.
 */
class PluginsTest {

	private static final FeatureSpec HEALTHY = new FeatureSpec("com.example.healthy.feature", "Healthy checks",
			List.of("com.example.healthy"));
	private static final FeatureSpec BROKEN = new FeatureSpec("com.example.broken.feature", "Broken checks",
			List.of("com.example.broken"));
	private static final FeatureSpec LATER = new FeatureSpec("com.example.later.feature", "Checks of the next start",
			List.of("com.example.later"));

	@TempDir
	Path dir;

	@Test
	void aFolderAndAZipOfItOfferTheSameFeatures() throws Exception {
		Path folder = PluginFixtures.repository(dir.resolve("repository"), List.of(HEALTHY, BROKEN));
		Path zip = PluginFixtures.zip(folder, dir.resolve("repository.zip"));
		Plugins plugins = Plugins.of(dir.resolve("install"), "TestProfile");

		List<Plugins.Feature> expected = List.of(
				new Plugins.Feature("com.example.broken.feature", PluginFixtures.VERSION, "Broken checks"),
				new Plugins.Feature("com.example.healthy.feature", PluginFixtures.VERSION, "Healthy checks"));
		assertEquals(expected, plugins.offered(folder));
		assertEquals(expected, plugins.offered(zip));
	}

	@Test
	void aZipIsInstalledListedWithEachBundlesStateAndUninstalled() throws Exception {
		Path healthyJar = PluginFixtures.bundleJar(dir.resolve("healthy.jar"), "com.example.healthy", null, null);
		Path folder = PluginFixtures.repository(dir.resolve("repository"), List.of(HEALTHY, BROKEN, LATER),
				Map.of("com.example.healthy", healthyJar));
		Path zip = PluginFixtures.zip(folder, dir.resolve("repository.zip"));
		Path installation = dir.resolve("install");
		Plugins plugins = Plugins.of(installation, "TestProfile");

		List<Plugins.Result> results = plugins.install(zip, List.of());
		assertEquals(List.of("com.example.broken.feature", "com.example.healthy.feature", "com.example.later.feature"),
				results.stream().map(Plugins.Result::featureId).toList());
		assertTrue(results.stream().allMatch(Plugins.Result::done), results.toString());
		// the bundle's jar came out of the zip into the installation
		assertArrayEquals(Files.readAllBytes(healthyJar),
				Files.readAllBytes(installation.resolve("plugins/com.example.healthy_1.0.0.jar")));

		Bundle healthy = PluginFixtures.install(healthyJar);
		Bundle broken = PluginFixtures.install(PluginFixtures.bundleJar(dir.resolve("broken.jar"),
				"com.example.broken", "com.example.absent", null));
		try {
			List<Plugins.Plugin> installed = plugins.installed();
			assertEquals(List.of("com.example.broken.feature", "com.example.healthy.feature",
					"com.example.later.feature"), installed.stream().map(Plugins.Plugin::id).toList());

			Plugins.PluginBundle unresolved = installed.get(0).bundles().get(0);
			assertEquals("com.example.broken", unresolved.id());
			assertTrue(unresolved.problem().contains("Require-Bundle: com.example.absent"), unresolved.problem());
			assertFalse(installed.get(0).ok());

			assertEquals(List.of(new Plugins.PluginBundle("com.example.healthy", PluginFixtures.VERSION, null)),
					installed.get(1).bundles());
			assertTrue(installed.get(1).ok());
			assertEquals("Healthy checks", installed.get(1).name());

			assertEquals("not installed in this run (start the product again)",
					installed.get(2).bundles().get(0).problem());

			Plugins.Result removed = plugins.uninstall("com.example.healthy.feature");
			assertTrue(removed.done(), removed.message());
			assertEquals(List.of("com.example.broken.feature", "com.example.later.feature"),
					plugins.installed().stream().map(Plugins.Plugin::id).toList());
		} finally {
			PluginFixtures.uninstall(List.of(healthy, broken));
		}
	}

	@Test
	void theProductsOwnFeaturesAreNoPlugins() {
		PluginException refused = assertThrows(PluginException.class,
				() -> Plugins.of(dir.resolve("install"), "TestProfile").uninstall("marswb.core.feature"));
		assertEquals("marswb.core.feature is part of the product, not a plugin", refused.getMessage());
	}
}
