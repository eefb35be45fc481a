package marswb.area.scheduling.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;
import marswb.model.server.TaskTrigger;
import marswb.ui.AreaView;
import marswb.ui.AreaViews;

/**
 * The current bundle's scheduled tasks, one row each: whether the task and each of its triggers is enabled, the
 * account it runs as and its MultipleInstancesPolicy, the settings behind backups that do not run on schedule.
 */
public class TasksView extends AreaView {

	public static final String ID = "marswb.area.scheduling.ui.tasks";

	private TableViewer viewer;

	@Override
	protected void createTables(Composite parent) {
		viewer = AreaViews.table(parent);
		AreaViews.<ScheduledTask>column(viewer, Messages.Tasks_path, 380, ScheduledTask::getPath);
		AreaViews.<ScheduledTask>column(viewer, Messages.Tasks_enabled, 70, ScheduledTask::getEnabled);
		AreaViews.<ScheduledTask>column(viewer, Messages.Tasks_triggers, 360, TasksView::triggers);
		// a task runs as a user or as a group, never both
		AreaViews.<ScheduledTask>column(viewer, Messages.Tasks_runAs, 120,
				t -> t.getPrincipalUserId() != null ? t.getPrincipalUserId() : t.getPrincipalGroupId());
		AreaViews.<ScheduledTask>column(viewer, Messages.Tasks_logonType, 110, ScheduledTask::getLogonType);
		AreaViews.<ScheduledTask>column(viewer, Messages.Tasks_runLevel, 110, ScheduledTask::getRunLevel);
		AreaViews.<ScheduledTask>column(viewer, Messages.Tasks_policy, 160, ScheduledTask::getMultipleInstancesPolicy);
		getSite().setSelectionProvider(viewer);
	}

	@Override
	protected void show(Server server) {
		viewer.setInput(server == null ? List.of() : List.copyOf(server.getTasks()));
	}

	private static String triggers(ScheduledTask task) {
		if (task.getTriggers().isEmpty()) {
			return Messages.Tasks_noTriggers;
		}
		return task.getTriggers().stream().map(TasksView::trigger).collect(Collectors.joining("; "));
	}

	private static String trigger(TaskTrigger trigger) {
		String state = trigger.getEnabled() == null ? AreaViews.text(null)
				: trigger.getEnabled() ? Messages.Tasks_triggerEnabled : Messages.Tasks_triggerDisabled;
		return NLS.bind(Messages.Tasks_trigger, new Object[] { AreaViews.text(trigger.getKind()), state,
				AreaViews.text(trigger.getStartBoundary()) });
	}

	public TableViewer viewer() {
		return viewer;
	}
}
