package marswb.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;

/**
 * Root causes and their symptoms, read from the findings' {@code causes} links (docs/contracts.md): a FAIL or WARN
 * finding with no problem among its causes is a root cause; the problems it explains, directly or through other
 * symptoms, are its symptoms. The command line, its JSON and the workbench all ask this one class, so they agree.
 * A ring of findings that explain each other has no root by that rule; its worst member stands as the root so that
 * no problem is lost.
 *
 * @since 0.1
 */
public final class CauseChain {

	private final List<Finding> problems;
	private final Map<Finding, List<Finding>> explains = new IdentityHashMap<>();
	private final Map<Finding, List<Finding>> symptoms = new IdentityHashMap<>();
	private final Set<Finding> roots = Collections.newSetFromMap(new IdentityHashMap<>());

	private CauseChain(List<Finding> findings) {
		this.problems = findings.stream().filter(CauseChain::isProblem).toList();
		for (Finding finding : problems) {
			for (Finding cause : finding.getCauses()) {
				if (isProblem(cause)) {
					explains.computeIfAbsent(cause, c -> new ArrayList<>()).add(finding);
				}
			}
		}
		Set<Finding> reached = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Finding finding : problems) {
			if (problemCauses(finding).isEmpty()) {
				roots.add(finding);
				reached.addAll(symptoms(finding));
			}
		}
		// findings arrive worst first, so the first unreached member of a ring is its worst
		for (Finding finding : problems) {
			if (!roots.contains(finding) && !reached.contains(finding)) {
				roots.add(finding);
				reached.addAll(symptoms(finding));
			}
		}
	}

	/** The chain of a diagnosis, its findings in the diagnosis' order (worst first). */
	public static CauseChain of(Diagnosis diagnosis) {
		return new CauseChain(diagnosis.getFindings());
	}

	/** FAIL and WARN: the outcomes that name a problem on the server. */
	public static boolean isProblem(Finding finding) {
		return finding.getOutcome() == Outcome.FAIL || finding.getOutcome() == Outcome.WARN;
	}

	/** The root causes, worst first; among equally bad ones, the one that explains more first. */
	public List<Finding> roots() {
		return problems.stream().filter(roots::contains)
				.sorted(Comparator.comparing((Finding f) -> f.getOutcome().getValue())
						.thenComparing(f -> f.getSeverity() == null ? Integer.MAX_VALUE : f.getSeverity().getValue())
						.thenComparing(f -> -symptoms(f).size()))
				.toList();
	}

	public boolean isRoot(Finding finding) {
		return roots.contains(finding);
	}

	/** The problems among the finding's causes ("caused by"). */
	public List<Finding> problemCauses(Finding finding) {
		return finding.getCauses().stream().filter(CauseChain::isProblem).toList();
	}

	/** The problems this finding causes directly ("explains"), worst first. */
	public List<Finding> explains(Finding finding) {
		return explains.getOrDefault(finding, List.of());
	}

	/** Every problem the finding explains, directly or through other symptoms, worst first, each once. */
	public List<Finding> symptoms(Finding finding) {
		return symptoms.computeIfAbsent(finding, f -> {
			Set<Finding> seen = new LinkedHashSet<>();
			collect(f, seen);
			seen.remove(f);
			return problems.stream().filter(seen::contains).toList();
		});
	}

	private void collect(Finding finding, Set<Finding> seen) {
		for (Finding symptom : explains(finding)) {
			if (seen.add(symptom)) {
				collect(symptom, seen);
			}
		}
	}

	/** The root causes behind a problem (itself when it is one), worst first. */
	public List<Finding> rootsOf(Finding finding) {
		return roots().stream().filter(r -> r == finding || symptoms(r).contains(finding)).toList();
	}

	/** How many links separate a problem from its farthest root cause (0 for a root cause or a non-problem). */
	public int depth(Finding finding) {
		return depth(finding, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private int depth(Finding finding, Set<Finding> path) {
		if (roots.contains(finding) || !path.add(finding)) {
			return 0;
		}
		int depth = 0;
		for (Finding cause : problemCauses(finding)) {
			depth = Math.max(depth, 1 + depth(cause, path));
		}
		path.remove(finding);
		return depth;
	}
}
