package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.widgets;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import marswb.engine.Analyzer;
import marswb.plugins.Plugins;
import marswb.tests.support.plugins.PluginFixtures;
import marswb.tests.support.plugins.PluginFixtures.FeatureSpec;
import marswb.ui.internal.plugins.InstallPluginsDialog;
import marswb.ui.internal.plugins.PluginsInstallationPage;

/**
 * Help &gt; Install Check Plugins... reading a zip of a p2 repository, and About &gt; Installation Details &gt; Check
 * Plugins showing a healthy plugin, one that does not resolve and one whose check class is missing, each bundle
 * with its state and reason. The plugins are installed through p2 into an installation of the test's own (the test
 * runtime was not installed by p2), their bundles into the running framework.
 */
class PluginsUiTest {

	private static final FeatureSpec HEALTHY = new FeatureSpec("com.example.healthy.feature", "Healthy checks",
			List.of("com.example.healthy"));
	private static final FeatureSpec UNRESOLVED = new FeatureSpec("com.example.unresolved.feature",
			"Unresolved checks", List.of("com.example.unresolved"));
	private static final FeatureSpec CLASSLESS = new FeatureSpec("com.example.classless.feature", "Classless checks",
			List.of("com.example.classless"));

	@TempDir
	Path dir;

	@Test
	void theInstallDialogListsTheFeaturesOfAZipAndTakesTheCheckedOnes() throws Exception {
		Path zip = PluginFixtures.zip(PluginFixtures.repository(dir.resolve("repository"), List.of(HEALTHY, CLASSLESS)),
				dir.resolve("plugins.zip"));
		Shell parent = Display.getCurrent().getActiveShell();
		InstallPluginsDialog dialog = new InstallPluginsDialog(parent, Plugins.of(dir.resolve("install"), "Test"));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Button install = widgets(dialog.getShell(), Button.class).stream()
					.filter(b -> b.getData() instanceof Integer id && id == IDialogConstants.OK_ID).findFirst()
					.orElseThrow();
			assertFalse(install.isEnabled(), "nothing to install before a repository is chosen");

			dialog.setRepository(zip);

			Table table = widgets(dialog.getShell(), Table.class).get(0);
			assertEquals(List.of("Classless checks  (com.example.classless.feature 1.0.0)",
					"Healthy checks  (com.example.healthy.feature 1.0.0)"),
					List.of(table.getItems()).stream().map(TableItem::getText).toList());
			assertTrue(List.of(table.getItems()).stream().allMatch(TableItem::getChecked));
			assertTrue(install.isEnabled());
			assertNull(dialog.getErrorMessage());
			assertEquals(List.of("com.example.classless.feature", "com.example.healthy.feature"),
					dialog.featureIds());

			// unchecking one leaves the other to install
			table.getItem(0).setChecked(false);
			table.notifyListeners(SWT.Selection, checkEvent(table.getItem(0)));
			assertEquals(List.of("com.example.healthy.feature"), dialog.featureIds());

			// a file that is no repository: the dialog says why and offers nothing
			dialog.setRepository(Files.writeString(dir.resolve("notes.zip"), "not a zip"));
			assertEquals(0, table.getItemCount());
			assertTrue(dialog.getErrorMessage() != null && !dialog.getErrorMessage().isBlank());
			assertFalse(install.isEnabled());
		} finally {
			dialog.close();
		}
	}

	@Test
	void installationDetailsListEachPluginWithItsBundlesStateAndReason() throws Exception {
		Path repository = PluginFixtures.repository(dir.resolve("repository"), List.of(HEALTHY, UNRESOLVED, CLASSLESS));
		Plugins plugins = Plugins.of(dir.resolve("install"), "Test");
		assertTrue(plugins.install(PluginFixtures.zip(repository, dir.resolve("plugins.zip")), List.of()).stream()
				.allMatch(Plugins.Result::done));
		List<Bundle> bundles = new ArrayList<>();
		Shell shell = new Shell(Display.getCurrent());
		try {
			bundles.add(PluginFixtures.install(
					PluginFixtures.bundleJar(dir.resolve("healthy.jar"), "com.example.healthy", null, null)));
			bundles.add(PluginFixtures.install(PluginFixtures.bundleJar(dir.resolve("unresolved.jar"),
					"com.example.unresolved", "com.example.absent", null)));
			bundles.add(PluginFixtures.install(PluginFixtures.bundleJar(dir.resolve("classless.jar"),
					"com.example.classless", null, PluginFixtures.checkWithoutItsClass("classless"))));

			PluginsInstallationPage page = new PluginsInstallationPage(() -> plugins);
			shell.setLayout(new FillLayout());
			page.createControl(shell);
			Tree tree = widgets(shell, Tree.class).get(0);
			List<String[]> rows = UiTesting.rows(tree);
			assertEquals(3, rows.size());
			assertArrayEquals(new String[] { "Classless checks  (com.example.classless.feature)", "1.0.0",
					"Not loaded (see its bundles)" }, rows.get(0));
			assertArrayEquals(new String[] { "Healthy checks  (com.example.healthy.feature)", "1.0.0", "Loaded" },
					rows.get(1));
			assertArrayEquals(new String[] { "Unresolved checks  (com.example.unresolved.feature)", "1.0.0",
					"Not loaded (see its bundles)" }, rows.get(2));

			String[] classless = UiTesting.rows(tree.getItem(0)).get(0);
			assertEquals("com.example.classless", classless[0]);
			assertTrue(classless[2].startsWith("Not loaded: check example.classless of com.example.classless cannot "
					+ "be created: "), classless[2]);
			assertTrue(classless[2].contains("com.example.classless.Missing"), classless[2]);
			assertArrayEquals(new String[] { "com.example.healthy", "1.0.0", "Loaded" },
					UiTesting.rows(tree.getItem(1)).get(0));
			String[] unresolved = UiTesting.rows(tree.getItem(2)).get(0);
			assertEquals("com.example.unresolved", unresolved[0]);
			assertTrue(unresolved[2].startsWith("Not loaded: "), unresolved[2]);
			assertTrue(unresolved[2].contains("Require-Bundle: com.example.absent"), unresolved[2]);
		} finally {
			shell.dispose();
			PluginFixtures.uninstall(bundles);
		}
		// gone from the framework, the class-less check is no longer a problem of the running product
		assertTrue(Analyzer.platform().registryProblems().stream().noneMatch(p -> p.contains("example.classless")));
	}

	@Test
	void installationDetailsSayWhyNothingIsListed() {
		Shell shell = new Shell(Display.getCurrent());
		try {
			// the test runtime was not installed by p2: it has no profile to list plugins from
			new PluginsInstallationPage(() -> Plugins.of(dir.resolve("install"), "Test")).createControl(shell);
			List<Label> labels = widgets(shell, Label.class);
			assertEquals(1, labels.size());
			assertTrue(labels.get(0).getText().startsWith("The check plugins cannot be listed: the product has no p2 "
					+ "profile Test in "), labels.get(0).getText());
		} finally {
			shell.dispose();
		}
	}

	private static Event checkEvent(TableItem item) {
		Event event = new Event();
		event.item = item;
		event.detail = SWT.CHECK;
		return event;
	}

}
