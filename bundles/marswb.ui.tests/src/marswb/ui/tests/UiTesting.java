package marswb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.opentest4j.AssertionFailedError;

import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;

/** What the UI tests share: opening samples the way the workbench does, and waiting on the UI thread. */
final class UiTesting {

	/** The repository root, which the build passes to the tests. */
	static final Path REPO = Path.of(System.getProperty("marswb.repo"));

	private UiTesting() {
	}

	/** Opens a sample bundle through the workbench's own job and waits until it is the current one. */
	static OpenBundle open(String sample) {
		OpenBundle before = OpenBundles.get().current();
		Job job = OpenBundles.get().open(REPO.resolve(sample));
		waitFor(() -> job.getResult() != null);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		waitFor(() -> OpenBundles.get().current() != before);
		return OpenBundles.get().current();
	}

	/**
	 * The tables of a view, top to bottom as it created them: how a test reads a view that another bundle contributes
	 * and keeps internal, as the user would, through its widgets.
	 */
	static List<Table> tables(IViewPart view) {
		MPart part = view.getSite().getService(MPart.class);
		if (part == null || !(part.getWidget() instanceof Control control)) {
			throw new AssertionFailedError("no widget for the view " + view.getSite().getId());
		}
		return control instanceof Composite composite ? widgets(composite, Table.class) : List.of();
	}

	/** The widgets of a type below {@code parent}, depth first in the order they were made. */
	static <T extends Control> List<T> widgets(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(widgets(composite, type));
			}
		}
		return found;
	}

	/** The cells of a table, row by row, as the user sees them. */
	static List<String[]> rows(Table table) {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			String[] cells = new String[table.getColumnCount()];
			for (int i = 0; i < cells.length; i++) {
				cells[i] = item.getText(i);
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Waits until the what-if jobs (apply, undo, redo) ended and the views heard of their findings. */
	static void whatIfsDone() {
		waitFor(() -> Job.getJobManager().find(OpenBundles.WHAT_IF_FAMILY).length == 0);
		// the jobs posted what the views show before they ended
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run them all
		}
	}

	/** The cells of a tree's top-level rows, as the user sees them. */
	static List<String[]> rows(Tree tree) {
		return rows(tree.getItems(), tree.getColumnCount());
	}

	/** The cells of the rows under {@code parent}, as the user sees them once it is expanded. */
	static List<String[]> rows(TreeItem parent) {
		return rows(parent.getItems(), parent.getParent().getColumnCount());
	}

	private static List<String[]> rows(TreeItem[] items, int columns) {
		List<String[]> rows = new ArrayList<>();
		for (TreeItem item : items) {
			String[] cells = new String[columns];
			for (int i = 0; i < cells.length; i++) {
				cells[i] = item.getText(i);
			}
			rows.add(cells);
		}
		return rows;
	}

	/**
	 * A copy of a sample in {@code folder} without the artifacts whose paths start with one of {@code leftOut}, as a
	 * customer's bundle may come.
	 */
	static Path copyWithout(String sample, Path folder, String... leftOut) throws IOException {
		Path source = REPO.resolve(sample);
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String relative = source.relativize(file).toString().replace('\\', '/');
				if (Arrays.stream(leftOut).noneMatch(relative::startsWith)) {
					Path target = folder.resolve(relative);
					Files.createDirectories(target.getParent());
					Files.copy(file, target);
				}
			}
		}
		return folder;
	}

	/** Lets the workbench paint and run what jobs posted to the UI thread. */
	static void spin() {
		long until = System.currentTimeMillis() + 500;
		waitFor(() -> System.currentTimeMillis() > until);
	}

	/** Runs the UI event loop until the condition holds (two minutes at most). */
	static void waitFor(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 120_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionFailedError("timed out");
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionFailedError("interrupted", e);
				}
			}
		}
	}
}
