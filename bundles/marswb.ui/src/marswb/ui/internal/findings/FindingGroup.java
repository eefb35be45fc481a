package marswb.ui.internal.findings;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;

import marswb.model.diagnosis.Finding;
import marswb.ui.internal.bundles.FindingWords;

/**
 * One group row of the findings view: an area or a severity with its findings. Two groups are equal when they group
 * the same way under the same key, so that the tree keeps them expanded when the findings are computed anew.
 */
public final class FindingGroup {

	private final FindingGrouping grouping;
	private final String key;
	private final String name;
	private final int rank;
	private final List<Finding> members;

	FindingGroup(FindingGrouping grouping, String key, String name, int rank, List<Finding> members) {
		this.grouping = grouping;
		this.key = key;
		this.name = name;
		this.rank = rank;
		this.members = List.copyOf(members);
	}

	public String name() {
		return name;
	}

	/** Place among the groups, 0 for the worst. */
	public int rank() {
		return rank;
	}

	public List<Finding> members() {
		return members;
	}

	public boolean anyShown(Predicate<Finding> shown) {
		return members.stream().anyMatch(shown);
	}

	/** The name with the outcomes of the findings shown, e.g. "Cache — 3 FAIL, 1 WARN"; outcomes worst first. */
	public String label(Predicate<Finding> shown) {
		return NLS.bind(Messages.Findings_group, name, FindingWords.counts(members.stream().filter(shown)));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FindingGroup group && group.grouping == grouping && group.key.equals(key);
	}

	@Override
	public int hashCode() {
		return Objects.hash(grouping, key);
	}

	@Override
	public String toString() {
		return name;
	}
}
