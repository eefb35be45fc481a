package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * marswb plugins outside a product: the test runtime has no p2 profile, so nothing can be listed or installed and
 * the command says why. Installing into a real product is .ci/example-plugin's end-to-end test.
 */
class PluginsCommandTest {

	@Test
	void withoutAP2ProfileTheCommandSaysSoAndExitsWith2() {
		CliRun run = CliRun.of("plugins", "list");
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertEquals("", run.out());
		assertTrue(run.err().startsWith("marswb plugins: the product has no p2 profile "), run.err());
	}

	@Test
	void aRepositoryMustBeAFolderOrAZip(@TempDir Path dir) {
		CliRun run = CliRun.of("plugins", "install", dir.resolve("nothing-here.txt").toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("is neither a p2 repository folder nor a zip of one"), run.err());
	}

	@Test
	void usageErrorsExitWith2() {
		for (String[] args : new String[][] { { "plugins" }, { "plugins", "frob" }, { "plugins", "install" },
				{ "plugins", "uninstall" }, { "plugins", "list", "extra" } }) {
			CliRun run = CliRun.of(args);
			assertEquals(2, run.exitCode(), String.join(" ", args));
			assertTrue(run.err().startsWith("usage: marswb plugins list | install"), run.err());
		}
	}

	@Test
	void helpListsPlugins() {
		assertTrue(CliRun.of("help").out().contains("\n  plugins list | install <p2 repository folder or .zip>"));
	}
}
