package marswb.area.jobs.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.model.server.Job;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

/**
 * The job history's time axis counts the server's clock, as the job's tooltip and every other view give its local
 * time first; UTC when the bundle does not tell the offset. Fixed text metrics: 7 pixels a character, 14 a line.
 */
class HistoryAxisLocalTimeTest {

	@Test
	void ticksStandAtWholeHoursOfTheServersClock() {
		Server server = ServerFactory.eINSTANCE.createServer();
		Job job = ServerFactory.eINSTANCE.createJob();
		// 06:00 on the 20th at UTC+08:00: the chart spans the day around it, ticked every 12 hours
		job.setStartTime(Date.from(Instant.parse("2026-11-19T22:00:00Z")));
		job.setEndTime(Date.from(Instant.parse("2026-11-19T22:05:00Z")));
		job.setJobState("Completed");
		server.getJobs().add(job);
		server.setLocalUtcOffsetMinutes(480);
		assertEquals(List.of("11-20 00:00", "11-20 12:00"), ticks(job));
		server.setLocalUtcOffsetMinutes(null);
		assertEquals(List.of("11-19 12:00", "11-20 00:00"), ticks(job), "UTC, as the title says");
	}

	private static List<String> ticks(Job job) {
		return HistoryLayout.of(List.of(job), 400, 200, FixedTextSize.TEXT).timeTicks().stream().map(HistoryLayout.Tick::label)
				.toList();
	}
}
