package marswb.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import marswb.model.server.Server;

/**
 * The comparison of two server models: every compared value, every object without counterpart, and the findings
 * that differ.
 *
 * @param sameServer  both sides carry the same registration machine id: one server over time
 * @param differences every compared value (SAME included, so that a viewer can show both sides) and every
 *                    object without counterpart, in model order
 * @param findings    FAIL and WARN findings per check and subject; empty when findings were not compared
 */
public record Comparison(Server left, Server right, boolean sameServer, List<Difference> differences,
		List<FindingDelta> findings) {

	/** Counts of one area. {@code expected}: values that differ as expected (not counted as drift). */
	public record AreaSummary(String area, int same, int different, int onlyLeft, int onlyRight, int incomplete,
			int expected, int findingsLeft, int findingsRight, int findingsBoth) {

		public int drift() {
			return different + onlyLeft + onlyRight;
		}
	}

	/** Differences that count as drift plus findings on one side only or graver on one side. */
	public int count() {
		return (int) (differences.stream().filter(Difference::counts).count()
				+ findings.stream().filter(FindingDelta::counts).count());
	}

	/** One summary per area, in {@link Areas#ORDER} (areas of third-party checks after them). */
	public List<AreaSummary> summary() {
		// per area: one counter per State (by ordinal), then expected, findings left, right, both
		Map<String, int[]> counts = new LinkedHashMap<>();
		Areas.ORDER.forEach(area -> counts.put(area, new int[10]));
		for (Difference d : differences) {
			int[] c = counts.computeIfAbsent(d.area(), a -> new int[10]);
			if (d.expected() && d.state() != State.SAME) {
				c[6]++;
			} else {
				c[d.state().ordinal()]++;
			}
		}
		for (FindingDelta f : findings) {
			int[] c = counts.computeIfAbsent(f.area(), a -> new int[10]);
			if (f.state() == State.ONLY_LEFT) {
				c[7]++;
			} else if (f.state() == State.ONLY_RIGHT) {
				c[8]++;
			} else if (f.state() == State.SAME || f.state() == State.DIFFERENT) {
				c[9]++;
			}
		}
		return counts.entrySet().stream().map(e -> {
			int[] c = e.getValue();
			return new AreaSummary(e.getKey(), c[0], c[1], c[2], c[3], c[4], c[6], c[7], c[8], c[9]);
		}).toList();
	}
}
