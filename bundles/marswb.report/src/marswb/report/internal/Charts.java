package marswb.report.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import marswb.engine.DisplayValues;
import marswb.report.Html;
import marswb.model.server.ErrorCodeCount;
import marswb.model.server.Job;
import marswb.model.server.ServerPackage.Literals;

/**
 * The report's two charts as inline SVG markup: drawn by the page itself, so they need neither script nor network. Every
 * value in them goes through {@link Html}'s escaping, which is why the template may insert them unescaped.
 */
public final class Charts {

	private static final int WIDTH = 720;
	private static final int BAR_AREA = 120;

	private Charts() {
	}

	/**
	 * The backup jobs on a time line: one bar per job at its start time, as tall as it ran (at least a stub), coloured
	 * by state, with its state, code and times as the bar's tooltip; null without a dated job.
	 */
	public static String jobs(List<Job> jobs) {
		List<Job> dated = jobs.stream().filter(j -> j.getStartTime() != null)
				.sorted(Comparator.comparing(Job::getStartTime)).toList();
		if (dated.isEmpty()) {
			return null;
		}
		Html html = new Html();
		long first = dated.get(0).getStartTime().getTime();
		long last = dated.get(dated.size() - 1).getStartTime().getTime();
		long span = Math.max(1, last - first);
		long longest = dated.stream().mapToLong(Charts::durationMs).max().orElse(1);
		int left = 10;
		int plot = WIDTH - 2 * left;
		int height = BAR_AREA + 40;
		html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "viewBox",
				"0 0 " + WIDTH + " " + height, "role", "img", "aria-label", Messages.Report_chartJobs);
		html.element("title", Messages.Report_chartJobs);
		html.open("line", "x1", str(left), "y1", str(BAR_AREA), "x2", str(WIDTH - left), "y2", str(BAR_AREA),
				"stroke", "#888").close("line");
		int barWidth = Math.max(2, Math.min(14, plot / Math.max(1, dated.size()) - 1));
		for (Job job : dated) {
			double x = left + (plot - barWidth) * (double) (job.getStartTime().getTime() - first) / span;
			int bar = Math.max(6, (int) Math.round((BAR_AREA - 10) * (double) durationMs(job) / Math.max(1, longest)));
			html.open("rect", "x", String.format(Locale.ROOT, "%.1f", x), "y", str(BAR_AREA - bar), "width",
					str(barWidth), "height", str(bar), "fill", colour(job.getJobState(), job.getErrorCode()));
			html.element("title", String.join(" ", nonNull(DisplayValues.of(job, Literals.JOB__JOB_TYPE)),
					nonNull(DisplayValues.of(job, Literals.JOB__JOB_STATE)), nonNull(job.getErrorCode()),
					DisplayValues.of(job, Literals.JOB__START_TIME)).strip());
			html.close("rect");
		}
		html.element("text", DisplayValues.of(dated.get(0), Literals.JOB__START_TIME), "x", str(left), "y", str(BAR_AREA + 18),
				"font-size", "12");
		html.element("text", DisplayValues.of(dated.get(dated.size() - 1), Literals.JOB__START_TIME), "x", str(WIDTH - left), "y",
				str(BAR_AREA + 18), "font-size", "12", "text-anchor", "end");
		html.element("text", Messages.Report_chartLegend, "x", str(left), "y", str(BAR_AREA + 36), "font-size", "12");
		return html.close("svg").toString();
	}

	/** The failed-file entries per error code, most first, as horizontal bars with the count at their end; null without any. */
	public static String failedFiles(List<ErrorCodeCount> codes) {
		List<ErrorCodeCount> sorted = codes.stream()
				.sorted(Comparator.comparingLong(ErrorCodeCount::getCount).reversed()).limit(15).toList();
		if (sorted.isEmpty()) {
			return null;
		}
		Html html = new Html();
		long most = Math.max(1, sorted.get(0).getCount());
		int row = 22;
		int label = 170;
		int plot = WIDTH - label - 70;
		html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "viewBox",
				"0 0 " + WIDTH + " " + (row * sorted.size() + 8), "role", "img", "aria-label",
				Messages.Report_chartFailed);
		html.element("title", Messages.Report_chartFailed);
		int y = 4;
		for (ErrorCodeCount code : sorted) {
			int bar = Math.max(2, (int) Math.round(plot * (double) code.getCount() / most));
			html.element("text", code.getCode() == null ? Messages.Report_noCode : code.getCode(), "x",
					str(label - 6), "y", str(y + 15), "font-size", "13", "text-anchor", "end");
			html.open("rect", "x", str(label), "y", str(y + 3), "width", str(bar), "height", str(row - 6), "fill",
					"#c0392b").close("rect");
			html.element("text", Long.toString(code.getCount()), "x", str(label + bar + 6), "y", str(y + 15),
					"font-size", "13");
			y += row;
		}
		return html.close("svg").toString();
	}

	private static long durationMs(Job job) {
		return job.getEndTime() == null ? 0 : Math.max(0, job.getEndTime().getTime() - job.getStartTime().getTime());
	}

	/** Red for failures, amber for warnings, green otherwise, read from the state's name or an error code. */
	private static String colour(String state, String errorCode) {
		String lower = state == null ? "" : state.toLowerCase(Locale.ROOT);
		if (lower.contains("fail") || lower.contains("abort") || errorCode != null && !lower.contains("warn")) {
			return "#c0392b";
		}
		return lower.contains("warn") ? "#d68910" : "#1e8449";
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static String str(int value) {
		return Integer.toString(value);
	}
}
