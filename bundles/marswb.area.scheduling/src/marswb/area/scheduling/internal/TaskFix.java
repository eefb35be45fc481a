package marswb.area.scheduling.internal;

import static marswb.engine.spi.RemediationStep.quote;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
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

	/**
	 * A step on the task: it loads the task into {@code $task} and guards that it exists, and exports its XML
	 * before the change.
	 */
	static RemediationStep.Builder step(String comment, String path) {
		return RemediationStep.builder(comment).read(load("$task", path))
				.guard("$null -ne $task", NLS.bind(Messages.FixTask_exists, path)).backupTask(path);
	}

	/** The line that loads the task into {@code variable} ($null when it does not exist). */
	static String load(String variable, String path) {
		return variable + " = Get-ScheduledTask -TaskPath " + quote(Tasks.folderOf(path)) + " -TaskName "
				+ quote(Tasks.nameOf(path)) + " -ErrorAction SilentlyContinue";
	}
}
