package marswb.area.jobs.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.model.server.ErrorCodeCount;
import marswb.model.server.Job;
import marswb.model.server.ServerFactory;

/** The geometry of the jobs area's charts, computed with fixed text metrics: 7 pixels a character, 14 a line. */
class ChartLayoutTest {

	@Test
	void jobsStandAtTheirStartAsTallAsTheyRanOnANiceDurationScale() {
		Job first = job("2026-11-17T22:00:00Z", 10, "Completed");
		Job longest = job("2026-11-18T22:00:00Z", 60, "CompletedWithWarnings");
		Job last = job("2026-11-19T22:00:00Z", -1, "Failed");
		HistoryLayout layout = HistoryLayout.of(List.of(first, longest, last), 600, 300, FixedTextSize.TEXT);
		HistoryLayout.Box plot = layout.plot();
		List<HistoryLayout.Bar> bars = layout.bars();
		assertEquals(3, bars.size());
		assertEquals(plot.x(), bars.get(0).x(), "the first start on the left edge");
		assertEquals(plot.x() + plot.width(), bars.get(2).x() + bars.get(2).width(), "the last start on the right edge");
		assertEquals((bars.get(0).x() + bars.get(2).x()) / 2.0, bars.get(1).x(), 1, "the middle day in the middle");
		bars.forEach(bar -> assertEquals(plot.y() + plot.height(), bar.y() + bar.height(), "bars stand on the axis"));
		// 60 minutes at most: the axis goes to 100, so 60 minutes are 0.6 of the height
		assertEquals(List.of("0 min", "50 min", "100 min"), layout.durationTicks().stream().map(t -> t.label()).toList());
		assertEquals(Math.round(0.6 * plot.height()), bars.get(1).height());
		assertEquals(Math.round(0.1 * plot.height()), bars.get(0).height());
		assertEquals(3, bars.get(2).height(), "a job without an end gets a mark");
		assertEquals(List.of(JobKind.SUCCEEDED, JobKind.WARNINGS, JobKind.FAILED),
				bars.stream().map(HistoryLayout.Bar::kind).toList());
		assertEquals(List.of("Succeeded (1)", "With warnings (1)", "Failed (1)"),
				layout.legend().stream().map(HistoryLayout.LegendItem::label).toList());
		assertSame(longest, layout.barAt(bars.get(1).x() + 1, plot.y() + plot.height() - 1).job());
		assertSame(longest, layout.barAt(bars.get(1).x() + 1, plot.y() + 1).job(), "the column above a bar hits it");
		assertNull(layout.barAt(bars.get(1).x() - 20, plot.y() + plot.height() - 1));

		HistoryLayout low = HistoryLayout.of(List.of(first, longest, last), 600, 80, FixedTextSize.TEXT);
		assertEquals(List.of("0 min", "100 min"), low.durationTicks().stream().map(t -> t.label()).toList(),
				"no room for the middle label");
		assertEquals(low.plot().y(), low.durationTicks().get(1).position());
	}

	@Test
	void timeLabelsNeverOverlapAndThinOutWhenTheChartNarrows() {
		List<Job> jobs = List.of(job("2026-11-01T22:00:00Z", 30, "Completed"),
				job("2026-11-20T22:00:00Z", 30, "Completed"));
		HistoryLayout wide = HistoryLayout.of(jobs, 1200, 300, FixedTextSize.TEXT);
		HistoryLayout narrow = HistoryLayout.of(jobs, 300, 300, FixedTextSize.TEXT);
		assertTrue(narrow.timeTicks().size() < wide.timeTicks().size(),
				wide.timeTicks().size() + " / " + narrow.timeTicks().size());
		for (HistoryLayout layout : List.of(wide, narrow)) {
			assertTrue(layout.timeTicks().size() >= 2);
			List<HistoryLayout.Tick> ticks = layout.timeTicks();
			for (int i = 1; i < ticks.size(); i++) {
				assertTrue(ticks.get(i).position() - ticks.get(i - 1).position() >= FixedTextSize.TEXT.width(ticks.get(i).label()),
						ticks.get(i - 1) + " " + ticks.get(i));
			}
			ticks.forEach(t -> assertTrue(t.position() >= layout.plot().x()
					&& t.position() <= layout.plot().x() + layout.plot().width(), t.toString()));
			assertTrue(ticks.get(0).label().matches("11-\\d\\d"), "days as month-day: " + ticks.get(0).label());
		}
	}

	@Test
	void aSingleJobStandsInTheMiddleAndJobsWithoutStartAreCounted() {
		Job unplaced = job("2026-11-19T22:00:00Z", 5, "InProgress");
		unplaced.setStartTime(null);
		HistoryLayout layout = HistoryLayout.of(List.of(job("2026-11-19T22:00:00Z", 5, "Aborted"), unplaced), 400,
				200, FixedTextSize.TEXT);
		assertEquals(1, layout.bars().size());
		assertEquals(1, layout.unplaced());
		HistoryLayout.Bar bar = layout.bars().get(0);
		assertEquals(layout.plot().x() + layout.plot().width() / 2.0, bar.x() + bar.width() / 2.0, 1);
		assertEquals(JobKind.FAILED, bar.kind(), "an aborted job counts as failed");
		// the day around the job, labelled every 12 hours of UTC
		assertEquals(List.of("11-19 12:00", "11-20 00:00"),
				layout.timeTicks().stream().map(HistoryLayout.Tick::label).toList());
	}

	@Test
	void jobStatesReadAsTheJobsAreaReadsThem() {
		assertEquals(JobKind.SUCCEEDED, JobKind.of("Completed"));
		assertEquals(JobKind.WARNINGS, JobKind.of("Completed with warnings"));
		assertEquals(JobKind.FAILED, JobKind.of("Canceled"));
		assertEquals(JobKind.OTHER, JobKind.of("InProgress"));
		assertEquals(JobKind.OTHER, JobKind.of("7"), "a number PowerShell 5.1 wrote is not guessed at");
		assertEquals(JobKind.OTHER, JobKind.of(null));
	}

	@Test
	void codesMostFirstWithTheirNamesBarsScaledToTheLargestCount() {
		List<ErrorCodeCount> codes = List.of(code("0x80070005", 40), code("0x80070002", 100), code("0x8007ABCD", 10),
				code("", 5));
		CodeBarsLayout layout = CodeBarsLayout.of(codes, 500, 200, FixedTextSize.TEXT);
		List<CodeBarsLayout.Row> rows = layout.rows();
		assertEquals(List.of("0x80070002 file not found", "0x80070005 access denied", "0x8007ABCD", "(no code)"),
				rows.stream().map(CodeBarsLayout.Row::label).toList());
		assertEquals(List.of("100", "40", "10", "5"), rows.stream().map(CodeBarsLayout.Row::count).toList());
		CodeBarsLayout.Row most = rows.get(0);
		assertEquals(500 - 6, most.countX() + FixedTextSize.TEXT.width("100"), "the largest bar and its count fill the width");
		assertEquals(0.4 * most.barWidth(), rows.get(1).barWidth(), 1);
		assertEquals(0, layout.hidden());
		for (int i = 1; i < rows.size(); i++) {
			assertTrue(rows.get(i).y() >= rows.get(i - 1).y() + FixedTextSize.TEXT.height(), "rows do not overlap");
		}
		assertSame(rows.get(1), layout.rowAt(rows.get(1).y() + 2));
	}

	@Test
	void codesThatDoNotFitAreCountedAndLongLabelsLeaveRoomForBars() {
		List<ErrorCodeCount> codes = List.of(code("0x80070002", 9), code("0x80070003", 8), code("0x80070005", 7),
				code("0x80070020", 6), code("0x80070570", 5));
		CodeBarsLayout low = CodeBarsLayout.of(codes, 500, 60, FixedTextSize.TEXT);
		assertEquals(2, low.rows().size(), "three lines fit: two codes and the line saying what is left out");
		assertEquals(3, low.hidden());
		CodeBarsLayout narrow = CodeBarsLayout.of(codes, 200, 200, FixedTextSize.TEXT);
		assertEquals(90, narrow.labelWidth(), "labels take at most 45 % of the width");
		narrow.rows().forEach(row -> assertTrue(row.barWidth() >= 1 && row.barX() > narrow.labelWidth()));
	}

	private static Job job(String start, int minutes, String state) {
		Job job = ServerFactory.eINSTANCE.createJob();
		Instant begin = Instant.parse(start);
		job.setStartTime(Date.from(begin));
		if (minutes >= 0) {
			job.setEndTime(Date.from(begin.plusSeconds(60L * minutes)));
		}
		job.setJobState(state);
		return job;
	}

	private static ErrorCodeCount code(String code, long count) {
		ErrorCodeCount result = ServerFactory.eINSTANCE.createErrorCodeCount();
		result.setCode(code);
		result.setCount(count);
		return result;
	}
}
