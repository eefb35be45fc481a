package marswb.area.scheduling.internal;

import marswb.engine.QuickFix;
import marswb.model.diagnosis.Finding;
import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;

/** A quick-fix that changes the task a finding is about (its subject is the task path). */
abstract class TaskFix implements QuickFix {

	@Override
	public final void apply(Server workingCopy, Finding finding) {
		fix(task(workingCopy, finding));
	}

	abstract void fix(ScheduledTask task);

	static ScheduledTask task(Server server, Finding finding) {
		return Tasks.byPath(server, finding.getSubjectKey()).orElseThrow(
				() -> new IllegalArgumentException("no task " + finding.getSubjectKey() + " in the model"));
	}

	/** The lines that load the task into $task, for the remediation scripts. */
	static String loadTask(String path) {
		return "$task = Get-ScheduledTask -TaskPath " + Tasks.quote(Tasks.folderOf(path)) + " -TaskName "
				+ Tasks.quote(Tasks.nameOf(path)) + "\n";
	}
}
