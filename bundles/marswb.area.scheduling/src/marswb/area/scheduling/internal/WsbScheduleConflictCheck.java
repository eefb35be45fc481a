package marswb.area.scheduling.internal;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.ScheduledTask;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.TaskTrigger;

/**
 * Windows Server Backup and the agent both take volume shadow copies; when their schedules meet, one of them
 * fails. A WSB trigger within an hour of an agent trigger on a common day counts as a conflict.
 */
public final class WsbScheduleConflictCheck implements Check {

	static final int WINDOW_MINUTES = 60;

	@Override
	public void run(CheckContext context) {
		Optional<ScheduledTask> wsb = Tasks.windowsServerBackup(context.server());
		if (wsb.isEmpty() || Boolean.FALSE.equals(wsb.get().getEnabled())) {
			context.finding(Outcome.PASS).message(Messages.WsbAbsent_message).add();
			return;
		}
		boolean conflict = false;
		for (TaskTrigger wsbTrigger : active(wsb.get())) {
			for (ScheduledTask mars : Tasks.onlineBackup(context.server())) {
				for (TaskTrigger marsTrigger : active(mars)) {
					Optional<Long> minutes = minutesApartOnACommonDay(wsbTrigger, marsTrigger);
					if (minutes.isPresent() && minutes.get() <= WINDOW_MINUTES) {
						conflict = true;
						context.finding(Outcome.FAIL).subject(mars.getPath())
								.message(NLS.bind(Messages.WsbConflict_message,
										new Object[] { mars.getPath(), minutes.get(), WINDOW_MINUTES }))
								.recommendation(Messages.WsbConflict_recommendation)
								.evidence(wsbTrigger, Literals.TASK_TRIGGER__START_BOUNDARY)
								.evidence(marsTrigger, Literals.TASK_TRIGGER__START_BOUNDARY).add();
					}
				}
			}
		}
		if (!conflict) {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.WsbNoConflict_message, WINDOW_MINUTES))
					.evidence(wsb.get()).add();
		}
	}

	private static List<TaskTrigger> active(ScheduledTask task) {
		if (Boolean.FALSE.equals(task.getEnabled())) {
			return List.of();
		}
		return task.getTriggers().stream().filter(t -> !Boolean.FALSE.equals(t.getEnabled()))
				.filter(t -> t.getStartBoundary() != null).toList();
	}

	/** Minutes between the two times of day, when the triggers share a day; empty when they never meet. */
	static Optional<Long> minutesApartOnACommonDay(TaskTrigger a, TaskTrigger b) {
		Set<DayOfWeek> common = days(a);
		common.retainAll(days(b));
		Optional<LocalTime> timeA = timeOfDay(a.getStartBoundary());
		Optional<LocalTime> timeB = timeOfDay(b.getStartBoundary());
		if (common.isEmpty() || timeA.isEmpty() || timeB.isEmpty()) {
			return Optional.empty();
		}
		long apart = Math.abs(timeA.get().toSecondOfDay() - timeB.get().toSecondOfDay()) / 60;
		return Optional.of(Math.min(apart, 24 * 60 - apart));
	}

	/** A trigger without days of week (daily, or a schedule not by week) may run on any day. */
	private static Set<DayOfWeek> days(TaskTrigger trigger) {
		if (trigger.getDaysOfWeek().isEmpty()) {
			return EnumSet.allOf(DayOfWeek.class);
		}
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String day : trigger.getDaysOfWeek()) {
			try {
				days.add(DayOfWeek.valueOf(day.trim().toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				return EnumSet.allOf(DayOfWeek.class);
			}
		}
		return days;
	}

	private static Optional<LocalTime> timeOfDay(String startBoundary) {
		try {
			String local = startBoundary.length() >= 19 ? startBoundary.substring(0, 19) : startBoundary;
			return Optional.of(LocalDateTime.parse(local).toLocalTime());
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
