package marswb.area.jobs.ui.internal;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import marswb.model.server.Job;
import marswb.model.server.Server;

/**
 * The geometry of the job history chart: one bar per job at its start on a time axis (UTC), as tall as the job ran,
 * colored by its kind; the duration axis on the left, the time axis below, the legend with the count per kind above.
 * Jobs without a start cannot be placed and are only counted.
 */
public final class HistoryLayout {

	/** A job's bar; jobs without an end get a short mark of {@link #MIN_HEIGHT}. */
	public record Bar(Job job, JobKind kind, int x, int y, int width, int height) {

		/** Whether a pointer at (px, py) is on the bar, or in the plot's column above it. */
		public boolean hit(int px, int py, Box plot) {
			return px >= x && px < x + width && py >= plot.y() && py <= y + height;
		}
	}

	/** A labelled position on an axis: x for the time axis, y for the duration axis. */
	public record Tick(int position, String label) {
	}

	public record Box(int x, int y, int width, int height) {
	}

	/** A legend entry: the kind's color square at x, its label and count after it. */
	public record LegendItem(JobKind kind, String label, int x) {
	}

	static final int MIN_HEIGHT = 3;
	static final int MIN_BAR_WIDTH = 3;
	static final int MAX_BAR_WIDTH = 14;
	static final int GAP = 6;
	private static final long HOUR = 3_600_000L;
	private static final long DAY = 24 * HOUR;
	/** Time axis steps to choose from: the smallest whose labels do not overlap. */
	private static final long[] TIME_STEPS = { HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY,
			30 * DAY, 91 * DAY, 365 * DAY };
	private static final double[] NICE = { 1, 2, 5, 10 };

	private final Box plot;
	private final List<Bar> bars;
	private final List<Tick> timeTicks;
	private final List<Tick> durationTicks;
	private final List<LegendItem> legend;
	private final int unplaced;

	private HistoryLayout(Box plot, List<Bar> bars, List<Tick> timeTicks, List<Tick> durationTicks,
			List<LegendItem> legend, int unplaced) {
		this.plot = plot;
		this.bars = bars;
		this.timeTicks = timeTicks;
		this.durationTicks = durationTicks;
		this.legend = legend;
		this.unplaced = unplaced;
	}

	/** Lays {@code jobs} out on a chart of {@code width} by {@code height} pixels. */
	public static HistoryLayout of(List<Job> jobs, int width, int height, TextSize text) {
		List<Job> placed = jobs.stream().filter(j -> j.getStartTime() != null).toList();
		long longest = placed.stream().mapToLong(HistoryLayout::minutes).max().orElse(0);
		double top = niceCeiling(Math.max(longest, 1));
		List<String> durationLabels = List.of(minutesText(0), minutesText(top / 2), minutesText(top));
		int left = durationLabels.stream().mapToInt(text::width).max().orElse(0) + GAP;
		int legendHeight = text.height() + GAP;
		Box plot = new Box(left, legendHeight + text.height() / 2, Math.max(width - left - GAP, 1),
				Math.max(height - legendHeight - text.height() / 2 - text.height() - GAP, 1));
		if (plot.height() < 3 * text.height()) {
			// too low for three labels on the duration axis: the middle one goes
			durationLabels = List.of(durationLabels.get(0), durationLabels.get(2));
		}

		long from = placed.stream().mapToLong(j -> j.getStartTime().getTime()).min().orElse(0);
		long to = placed.stream().mapToLong(j -> j.getStartTime().getTime()).max().orElse(0);
		if (from == to) {
			// one instant: put it in the middle of a day
			from -= DAY / 2;
			to += DAY / 2;
		}
		int barWidth = Math.max(MIN_BAR_WIDTH, Math.min(MAX_BAR_WIDTH, plot.width() / Math.max(placed.size() * 2, 1)));
		int track = Math.max(plot.width() - barWidth, 0);
		List<Bar> bars = new ArrayList<>();
		Map<JobKind, Integer> counts = new EnumMap<>(JobKind.class);
		for (Job job : placed) {
			JobKind kind = JobKind.of(job.getJobState());
			counts.merge(kind, 1, Integer::sum);
			int x = plot.x() + (int) Math.round((double) (job.getStartTime().getTime() - from) / (to - from) * track);
			int barHeight = job.getEndTime() == null ? MIN_HEIGHT
					: Math.max(MIN_HEIGHT, (int) Math.round(minutes(job) / top * plot.height()));
			bars.add(new Bar(job, kind, x, plot.y() + plot.height() - barHeight, barWidth, barHeight));
		}

		List<Tick> durationTicks = new ArrayList<>();
		int steps = durationLabels.size() - 1;
		for (int i = 0; i <= steps; i++) {
			durationTicks.add(new Tick(plot.y() + plot.height() - plot.height() * i / steps, durationLabels.get(i)));
		}
		long shift = placed.isEmpty() ? 0 : offsetMillis(placed.get(0));
		return new HistoryLayout(plot, bars, timeTicks(from, to, shift, plot, barWidth, text), durationTicks,
				legend(counts, text), jobs.size() - placed.size());
	}

	/**
	 * How far the server's clock is ahead of UTC, by the manifest's offset: the time axis is in the server's local
	 * time, as the job's tooltip and every other view say it first; UTC when the bundle does not tell the offset.
	 */
	private static long offsetMillis(Job job) {
		Integer minutes = EcoreUtil.getRootContainer(job) instanceof Server server ? server.getLocalUtcOffsetMinutes()
				: null;
		return minutes == null ? 0 : minutes * 60_000L;
	}

	/** Ticks at whole local hours or days: {@code shift} is the server's offset from UTC. */
	private static List<Tick> timeTicks(long from, long to, long shift, Box plot, int barWidth, TextSize text) {
		int track = Math.max(plot.width() - barWidth, 1);
		long step = TIME_STEPS[TIME_STEPS.length - 1];
		for (long candidate : TIME_STEPS) {
			int room = text.width(format(pattern(candidate), to + shift)) + 2 * GAP;
			if (((to - from) / candidate + 1) * room <= track) {
				step = candidate;
				break;
			}
		}
		List<Tick> ticks = new ArrayList<>();
		// steps are whole hours or days of the server's clock, counted from the epoch, which is midnight UTC
		for (long t = Math.floorDiv(from + shift + step - 1, step) * step - shift; t <= to; t += step) {
			int x = plot.x() + barWidth / 2 + (int) Math.round((double) (t - from) / (to - from) * track);
			ticks.add(new Tick(x, format(pattern(step), t + shift)));
		}
		return ticks;
	}

	private static String pattern(long step) {
		return step >= DAY ? "MM-dd" : "MM-dd HH:mm";
	}

	private static List<LegendItem> legend(Map<JobKind, Integer> counts, TextSize text) {
		List<LegendItem> items = new ArrayList<>();
		int x = 0;
		for (Map.Entry<JobKind, Integer> count : counts.entrySet()) {
			String label = NLS.bind(Messages.Chart_legend, count.getKey().label, count.getValue());
			items.add(new LegendItem(count.getKey(), label, x));
			x += text.height() + text.width(label) + 2 * GAP;
		}
		return items;
	}

	private static long minutes(Job job) {
		if (job.getEndTime() == null) {
			return 0;
		}
		return Math.max(0, job.getEndTime().getTime() - job.getStartTime().getTime()) / 60_000L;
	}

	/** The smallest of 1, 2, 5, 10, 20, 50, ... at or above {@code value}. */
	static double niceCeiling(double value) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		for (double nice : NICE) {
			if (nice * magnitude >= value) {
				return nice * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String minutesText(double minutes) {
		return NLS.bind(Messages.Chart_minutes, minutes == Math.rint(minutes) ? String.valueOf((long) minutes)
				: String.valueOf(minutes));
	}

	/** {@code time} already shifted to the server's clock, so it is written as if it were UTC. */
	private static String format(String pattern, long time) {
		SimpleDateFormat format = new SimpleDateFormat(pattern);
		format.setTimeZone(TimeZone.getTimeZone("UTC"));
		return format.format(new Date(time));
	}

	public Box plot() {
		return plot;
	}

	/** The bars in the order of the jobs given. */
	public List<Bar> bars() {
		return bars;
	}

	public List<Tick> timeTicks() {
		return timeTicks;
	}

	/** Zero, half (when there is room) and the top of the duration axis, bottom up. */
	public List<Tick> durationTicks() {
		return durationTicks;
	}

	public List<LegendItem> legend() {
		return legend;
	}

	/** Jobs without a start time, which have no place on the time axis. */
	public int unplaced() {
		return unplaced;
	}

	/** The bar under the pointer, the last drawn (topmost) where bars overlap; null if none. */
	public Bar barAt(int x, int y) {
		for (int i = bars.size() - 1; i >= 0; i--) {
			if (bars.get(i).hit(x, y, plot)) {
				return bars.get(i);
			}
		}
		return null;
	}
}
