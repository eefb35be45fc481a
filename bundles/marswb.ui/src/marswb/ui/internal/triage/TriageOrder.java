package marswb.ui.internal.triage;

import java.util.Comparator;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

import marswb.triage.TriageRow;

/**
 * Worst first, as the {@code triage} command's table, until a column header is clicked: then by that column, a count
 * largest first; a second click turns the order around. Ties stay worst first.
 */
final class TriageOrder extends ViewerComparator {

	private TriageColumn column;
	private boolean descending;

	void sortBy(TriageColumn clicked) {
		if (clicked == column) {
			descending = !descending;
		} else {
			column = clicked;
			descending = clicked.count();
		}
	}

	/** The column sorted by, or null for worst first. */
	TriageColumn column() {
		return column;
	}

	boolean descending() {
		return descending;
	}

	Comparator<TriageRow> comparator() {
		if (column == null) {
			return TriageRow.WORST_FIRST;
		}
		Comparator<TriageRow> by = descending ? column.order.reversed() : column.order;
		return by.thenComparing(TriageRow.WORST_FIRST);
	}

	@Override
	public int compare(Viewer viewer, Object left, Object right) {
		return comparator().compare((TriageRow) left, (TriageRow) right);
	}
}
