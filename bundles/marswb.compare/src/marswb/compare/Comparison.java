package marswb.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import marswb.engine.Areas;
import marswb.model.server.Server;

/**
 * The comparison of two server models: every compared value, every object without counterpart, and the findings
 * that differ.
 *
 * @param sameServer  both sides carry the same registration machine id: one server over time
 * @param differences every compared value (SAME included, so that a viewer can show both sides) and every
 *                    object without counterpart, in model order
 * @param findings    FAIL and WARN findings per check and subject; empty when findings were not compared
 *
 * @since 0.1
 */
public record Comparison(Server left, Server right, boolean sameServer, List<Difference> differences,
		List<FindingDelta> findings) {

	/**
	 * The group of the artifacts' read status: a different status explains INCOMPLETE values but is no drift itself,
	 * and belongs to no troubleshooting area.
	 */
	public static final String EVIDENCE = "evidence";

	/** The area of the server's own facts that no other area declares. */
	static final String BASICS = "basics";

	/** The installed areas in their declared order, then {@link #EVIDENCE}: the groups of a comparison. */
	public static List<String> areaOrder() {
		List<String> order = new ArrayList<>();
		Areas.platform().all().forEach(area -> order.add(area.id()));
		order.add(EVIDENCE);
		return order;
	}

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

	/**
	 * One summary per installed area in their declared order, then {@link #EVIDENCE}, then areas that no installed
	 * bundle declares (findings of a baseline saved where a plugin was installed).
	 */
	public List<AreaSummary> summary() {
		// per area: one counter per State (by ordinal), then expected, findings left, right, both
		Map<String, int[]> counts = new LinkedHashMap<>();
		areaOrder().forEach(area -> counts.put(area, new int[10]));
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
