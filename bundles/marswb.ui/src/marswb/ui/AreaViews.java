package marswb.ui;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import marswb.ui.internal.bundles.Messages;

/**
 * What the area views, contributed by the areas' own UI bundles, need of the workbench besides their base
 * {@link AreaView}: tables that show values the same way everywhere. The rest of the workbench stays
 * internal.
 *
 * @since 0.1
 */
public final class AreaViews {

	private AreaViews() {
	}

	/** A read-only table with headers and lines, filled from a list. */
	public static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());
		return viewer;
	}

	/** Adds a column showing {@code value} of each row as {@link #text(Object)} does. */
	public static <T> void column(TableViewer viewer, String title, int width, Function<T, Object> value) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			@SuppressWarnings("unchecked")
			public String getText(Object element) {
				return text(value.apply((T) element));
			}
		});
	}

	/**
	 * A value as shown: "(not collected)" for null, so that a missing value never reads as an empty one. A model
	 * value comes here as {@link marswb.engine.DisplayValues#of} writes it: a moment then reads in the server's local time, which
	 * a bare date cannot tell.
	 */
	public static String text(Object value) {
		if (value == null) {
			return Messages.Area_notCollected;
		}
		return value.toString();
	}
}
