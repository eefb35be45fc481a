package marswb.ui.internal.findings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

import marswb.model.diagnosis.Finding;

/**
 * The rows of the findings view from a list of findings: the findings themselves, or groups with the findings as
 * their children. The parent of a grouped finding is known, so that selecting a finding reveals it in its group.
 */
final class FindingsContent implements ITreeContentProvider {

	private final Function<String, String> areaName;
	private FindingGrouping grouping = FindingGrouping.NONE;
	private List<Finding> findings = List.of();
	private List<FindingGroup> groups = List.of();
	private final Map<Finding, FindingGroup> groupOf = new HashMap<>();

	FindingsContent(Function<String, String> areaName) {
		this.areaName = areaName;
	}

	FindingGrouping grouping() {
		return grouping;
	}

	void setGrouping(FindingGrouping grouping) {
		this.grouping = grouping;
		regroup();
	}

	@Override
	@SuppressWarnings("unchecked")
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		findings = newInput == null ? List.of() : (List<Finding>) newInput;
		regroup();
	}

	private void regroup() {
		groups = grouping.groups(findings, areaName);
		groupOf.clear();
		groups.forEach(group -> group.members().forEach(member -> groupOf.put(member, group)));
	}

	@Override
	public Object[] getElements(Object input) {
		return grouping == FindingGrouping.NONE ? findings.toArray() : groups.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof FindingGroup group ? group.members().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return groupOf.get(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof FindingGroup;
	}
}
