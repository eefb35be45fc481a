package marswb.ui.internal.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

import marswb.compare.Comparison;
import marswb.compare.Difference;

/**
 * The rows of the comparison tree: one node per area that has rows to show, its compared values below in model
 * order. "Only differences" keeps the values that count as drift, as {@code marswb compare --only-different} does.
 */
final class ComparisonRows implements ITreeContentProvider {

	/** An area of the comparison and its rows shown. */
	record Area(String name, List<Difference> rows) {
	}

	/** Each row's area node, so that selecting a row can expand its way to it. */
	private final Map<Difference, Area> parents = new HashMap<>();

	/** The area nodes of the comparison, in {@link Comparison#areaOrder()}; areas without rows are left out. */
	static List<Area> areas(Comparison comparison, boolean onlyDifferences) {
		Map<String, List<Difference>> rows = new LinkedHashMap<>();
		Comparison.areaOrder().forEach(area -> rows.put(area, new ArrayList<>()));
		for (Difference difference : comparison.differences()) {
			if (!onlyDifferences || difference.counts()) {
				rows.computeIfAbsent(difference.area(), a -> new ArrayList<>()).add(difference);
			}
		}
		return rows.entrySet().stream().filter(e -> !e.getValue().isEmpty())
				.map(e -> new Area(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		parents.clear();
		if (newInput instanceof List<?> areas) {
			for (Object area : areas) {
				((Area) area).rows().forEach(row -> parents.put(row, (Area) area));
			}
		}
	}

	@Override
	public Object[] getElements(Object input) {
		return ((List<?>) input).toArray();
	}

	@Override
	public Object[] getChildren(Object element) {
		return element instanceof Area area ? area.rows().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof Difference difference ? parents.get(difference) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Area;
	}
}
