package marswb.ui.internal.findings;

import java.util.Comparator;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

import marswb.engine.Analyzer;
import marswb.model.diagnosis.Finding;

/**
 * The order of the findings view: worst first until a column is chosen, then by that column, ascending or
 * descending, ties worst first. Groups keep their own worst-first order whatever the column.
 */
public final class FindingOrder extends ViewerComparator {

	private FindingColumn column;
	private boolean descending;

	/** Sorts by {@code chosen}; choosing the same column again turns the direction around. */
	public void sortBy(FindingColumn chosen) {
		descending = chosen == column && !descending;
		column = chosen;
	}

	/** The column sorted by, null while the order is worst first. */
	public FindingColumn column() {
		return column;
	}

	public boolean descending() {
		return descending;
	}

	private Comparator<Finding> findings() {
		Comparator<Finding> order = column == null ? Analyzer.WORST_FIRST
				: column.order().thenComparing(Analyzer.WORST_FIRST);
		return descending ? order.reversed() : order;
	}

	@Override
	public int compare(Viewer viewer, Object a, Object b) {
		if (a instanceof FindingGroup first && b instanceof FindingGroup second) {
			return Integer.compare(first.rank(), second.rank());
		}
		return findings().compare((Finding) a, (Finding) b);
	}
}
