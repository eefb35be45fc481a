package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import marswb.tests.support.plugins.PluginFixtures;

/**
 * Two broken plugins in the running product: one whose bundle does not resolve (a bundle it requires is missing)
 * and one whose check class is not in its bundle. analyze runs every other check as before, prints the same report
 * and exit code, and warns of the check it could not create.
 */
class BrokenPluginTest {

	@Test
	void aBrokenPluginIsReportedAndEveryOtherCheckStillRuns(@TempDir Path dir) throws Exception {
		String bundle = RepoFiles.resolve("samples/broken-scheduling").toString();
		CliRun without = CliRun.of("analyze", bundle);
		List<Bundle> plugins = new ArrayList<>();
		try {
			plugins.add(PluginFixtures.install(PluginFixtures.bundleJar(dir.resolve("classless.jar"),
					"com.example.classless", null, PluginFixtures.checkWithoutItsClass("classless"))));
			plugins.add(PluginFixtures.install(PluginFixtures.bundleJar(dir.resolve("unresolved.jar"),
					"com.example.unresolved", "com.example.absent", PluginFixtures.checkWithoutItsClass("unresolved"))));
			assertEquals(Bundle.INSTALLED, plugins.get(1).getState(), "the unresolvable plugin resolved");

			CliRun with = CliRun.of("analyze", bundle);
			assertEquals(without.exitCode(), with.exitCode());
			assertEquals(without.out(), with.out());
			List<String> warnings = new ArrayList<>(with.err().lines().toList());
			warnings.removeAll(without.err().lines().toList());
			assertEquals(1, warnings.size(), with.err());
			assertTrue(warnings.get(0).startsWith(
					"warning: check example.classless of com.example.classless cannot be created: "), warnings.get(0));
			assertTrue(warnings.get(0).contains("com.example.classless.Missing"), warnings.get(0));
		} finally {
			PluginFixtures.uninstall(plugins);
		}
		// uninstalled, the plugin is forgotten: the next analysis reads the contributions again
		assertEquals(without, CliRun.of("analyze", bundle));
	}
}
