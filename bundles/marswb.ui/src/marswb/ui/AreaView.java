package marswb.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import org.eclipse.ui.part.ViewPart;

import marswb.model.server.Server;
import marswb.ui.internal.bundles.BundleFrame;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.WhatIfMarks;

/**
 * The base of an area view: its tables stacked in a vertical sash, filled from the current bundle's server as the
 * applied quick-fixes leave it (the working copy, as the findings show it) and refilled whenever it changes. While
 * quick-fixes are applied, the what-if banner stands above the tables and every cell whose text a fix changed is
 * marked, with the value as read beside it.
 *
 * @since 0.1
 */
public abstract class AreaView extends ViewPart {

	// held, not inherited: the frame and the open bundle it passes are the workbench's internals, not API
	private final BundleFrame frame = new BundleFrame(new BundleFrame.Content() {
		@Override
		public Control createContent(Composite parent) {
			sash = new SashForm(parent, SWT.VERTICAL);
			createTables(sash);
			return sash.getChildren().length > 0 ? sash.getChildren()[0] : sash;
		}

		@Override
		public void bundleChanged(OpenBundle current) {
			AreaView.this.bundleChanged(current);
		}
	});

	private SashForm sash;

	@Override
	public final void createPartControl(Composite parent) {
		frame.create(parent);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == BundleFrame.class ? adapter.cast(frame) : super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		frame.dispose();
		super.dispose();
	}

	@Override
	public void setFocus() {
		frame.setFocus();
	}

	private void bundleChanged(OpenBundle current) {
		if (current == null || current.appliedFixes().isEmpty()) {
			show(current == null ? null : current.session().workingCopy());
			return;
		}
		// the tables filled once from the server as read give each cell's original text
		show(current.server());
		Map<Table, List<String[]>> asRead = new HashMap<>();
		tables(sash).forEach(table -> asRead.put(table, cells(table)));
		show(current.session().workingCopy());
		tables(sash).forEach(table -> mark(table, asRead.get(table)));
	}

	/** Creates the view's tables, top to bottom, in {@code sash}. */
	protected abstract void createTables(Composite sash);

	/** Shares the height among the controls {@link #createTables} created, top to bottom; equal shares otherwise. */
	protected void setWeights(int... weights) {
		sash.setWeights(weights);
	}

	/** Fills the tables from {@code server}, or empties them when it is null (no bundle open). */
	protected abstract void show(Server server);

	private static List<Table> tables(Control control) {
		List<Table> tables = new ArrayList<>();
		if (control instanceof Table table) {
			tables.add(table);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				tables.addAll(tables(child));
			}
		}
		return tables;
	}

	private static List<String[]> cells(Table table) {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			String[] row = new String[table.getColumnCount()];
			for (int i = 0; i < row.length; i++) {
				row[i] = item.getText(i);
			}
			rows.add(row);
		}
		return rows;
	}

	/**
	 * Marks the cells whose text differs from the table as read. Rows pair by their first cell where it names one
	 * row only (a fix may add or remove rows), by position otherwise; a row without a pair is marked whole.
	 */
	private static void mark(Table table, List<String[]> asRead) {
		if (asRead == null) {
			return;
		}
		Map<String, String[]> byKey = new HashMap<>();
		Map<String, Integer> keyCount = new HashMap<>();
		for (String[] row : asRead) {
			String key = row.length == 0 ? "" : row[0];
			byKey.put(key, row);
			keyCount.merge(key, 1, Integer::sum);
		}
		Color changed = WhatIfMarks.color();
		TableItem[] items = table.getItems();
		for (int r = 0; r < items.length; r++) {
			String key = table.getColumnCount() == 0 ? "" : items[r].getText(0);
			String[] original = keyCount.getOrDefault(key, 0) == 1 ? byKey.get(key)
					: r < asRead.size() && keyCount.getOrDefault(key, 0) > 1 ? asRead.get(r) : null;
			if (original == null) {
				items[r].setBackground(changed);
				continue;
			}
			for (int c = 0; c < table.getColumnCount(); c++) {
				String now = items[r].getText(c);
				if (c < original.length && !now.equals(original[c])) {
					items[r].setText(c, WhatIfMarks.changed(now, original[c]));
					items[r].setBackground(c, changed);
				}
			}
		}
	}
}
