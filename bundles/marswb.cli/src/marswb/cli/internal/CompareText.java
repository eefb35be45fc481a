package marswb.cli.internal;

import java.io.PrintStream;
import java.util.List;

import marswb.compare.Values;
import marswb.compare.Comparison;
import marswb.compare.Difference;
import marswb.compare.FindingDelta;
import marswb.compare.State;
import marswb.model.server.Origin;
import marswb.model.server.Server;
import marswb.report.ConfigurationText;

/**
 * The readable comparison: the area summary, then per area every difference that counts as drift, by its display
 * name, with both values as people read them and where each was read, then the findings that differ. Values that are the same, expected to differ (job ids,
 * timestamps, file sizes, identities) or incomplete are only counted, unless {@code --all} asks for them.
 */
final class CompareText {

	private final PrintStream out;

	CompareText(PrintStream out) {
		this.out = out;
	}

	void print(CompareCommand.Side left, CompareCommand.Side right, Comparison comparison, boolean all) {
		out.println(Messages.format(Messages.Compare_title, name(left), name(right)));
		out.println(comparison.sameServer() ? Messages.Compare_sameServer : Messages.Compare_differentServers);
		out.println();
		out.println(Messages.format(Messages.Compare_summary, comparison.count()));
		out.println(String.format("  %-13s %6s %9s %9s %10s %10s %8s   %s", Messages.Compare_area, "SAME", "DIFFERENT",
				"ONLY_LEFT", "ONLY_RIGHT", "INCOMPLETE", Messages.Compare_expected, Messages.Compare_findingsColumn));
		List<Comparison.AreaSummary> summary = comparison.summary();
		for (Comparison.AreaSummary area : summary) {
			out.println(String.format("  %-13s %6d %9d %9d %10d %10d %8d   %d / %d / %d", area.area(), area.same(),
					area.different(), area.onlyLeft(), area.onlyRight(), area.incomplete(), area.expected(),
					area.findingsLeft(), area.findingsRight(), area.findingsBoth()));
		}
		for (Comparison.AreaSummary area : summary) {
			List<Difference> shown = comparison.differences().stream().filter(d -> d.area().equals(area.area()))
					.filter(d -> all ? d.state() != State.SAME : d.counts()).toList();
			if (shown.isEmpty()) {
				continue;
			}
			out.println();
			out.println("[" + area.area() + "]");
			for (Difference difference : shown) {
				out.println("  " + difference.state() + (difference.expected() ? " (" + Messages.Compare_expected + ")" : "")
						+ "  " + Values.displaySubject(difference));
				side(Messages.Compare_left, difference, difference.left(), left.server(), difference.leftOrigin(),
						difference.state() == State.ONLY_RIGHT);
				side(Messages.Compare_right, difference, difference.right(), right.server(), difference.rightOrigin(),
						difference.state() == State.ONLY_LEFT);
			}
		}
		List<FindingDelta> findings = comparison.findings().stream().filter(f -> all || f.counts()).toList();
		if (!findings.isEmpty()) {
			out.println();
			out.println(Messages.Compare_findings);
			for (FindingDelta finding : findings) {
				out.println(String.format("  %-10s  %-32s left %-7s right %-7s", finding.state(),
						finding.check() + (finding.subject() == null ? "" : "@" + finding.subject()),
						finding.left() == null ? "-" : finding.left().getName(),
						finding.right() == null ? "-" : finding.right().getName()));
			}
		}
	}

	private void side(String label, Difference difference, Object value, Server server, Origin origin,
			boolean absent) {
		String text = absent ? Messages.Compare_absent
				: value == null ? Messages.Show_unknown : Values.display(difference, value, server);
		String where = Values.where(origin);
		out.println("      " + label + "  " + text.replace("\n", " ") + (where == null || absent ? "" : "   " + where));
	}

	private static String name(CompareCommand.Side side) {
		String host = side.server().getHostName() == null ? Messages.Show_unknown : ConfigurationText.host(side.server());
		return side.baselineName() == null ? Messages.format(Messages.Compare_bundleSide, host, side.argument())
				: Messages.format(Messages.Compare_baselineSide, host, side.baselineName(), side.argument());
	}
}
