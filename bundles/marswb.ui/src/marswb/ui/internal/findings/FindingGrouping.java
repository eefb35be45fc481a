package marswb.ui.internal.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import marswb.engine.Analyzer;
import marswb.model.diagnosis.Finding;
import marswb.ui.internal.bundles.FindingWords;

/** How the findings view gathers its rows: not at all, by area or by severity; groups come worst first. */
public enum FindingGrouping {

	NONE(Messages.Findings_groupNone),
	AREA(Messages.Findings_groupArea),
	SEVERITY(Messages.Findings_groupSeverity);

	final String label;

	FindingGrouping(String label) {
		this.label = label;
	}

	/**
	 * The groups of {@code findings}, worst first: an area ranks by its worst finding, a severity by its own rank.
	 * {@code areaName} gives an area's display name. Empty for {@link #NONE}.
	 */
	public List<FindingGroup> groups(List<Finding> findings, Function<String, String> areaName) {
		if (this == NONE) {
			return List.of();
		}
		List<Finding> worstFirst = findings.stream().sorted(Analyzer.WORST_FIRST).toList();
		Map<String, List<Finding>> members = new LinkedHashMap<>();
		for (Finding finding : worstFirst) {
			members.computeIfAbsent(key(finding), k -> new ArrayList<>()).add(finding);
		}
		List<String> keys = new ArrayList<>(members.keySet());
		if (this == SEVERITY) {
			keys.sort(Comparator.comparingInt(key -> members.get(key).get(0).getSeverity().getValue()));
		}
		List<FindingGroup> groups = new ArrayList<>();
		for (String key : keys) {
			String name = this == AREA ? areaName.apply(key) : FindingWords.severity(members.get(key).get(0).getSeverity());
			groups.add(new FindingGroup(this, key, name, groups.size(), members.get(key)));
		}
		return groups;
	}

	private String key(Finding finding) {
		return this == AREA ? finding.getArea() : finding.getSeverity().getLiteral();
	}
}
