package marswb.bundle.internal.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.bundle.spi.Sample;

/**
 * Task Scheduler XML ({@code schtasks /query /xml}, or a task exported from the Task Scheduler console) of the
 * agent's tasks or of Windows Server Backup's, by the task namespace and the task's URI (or the comment schtasks
 * writes before each task).
 */
public final class TaskXmlRecognizer implements marswb.bundle.spi.ArtifactRecognizer {

	private static final String NAMESPACE = "http://schemas.microsoft.com/windows/2004/02/mit/task";
	private static final Pattern TASK_NAME = Pattern.compile(
			"(?:<URI>\\s*|<!--\\s*)(\\\\Microsoft\\\\(?:OnlineBackup|Windows\\\\Backup)\\\\[^<\\r\\n]*?)\\s*(?:</URI>|-->)",
			Pattern.CASE_INSENSITIVE);

	@Override
	public String recognize(Sample sample) {
		String text = sample.text();
		if (!text.contains(NAMESPACE)) {
			return null;
		}
		Matcher name = TASK_NAME.matcher(text);
		return name.find() ? "Task Scheduler XML, task " + name.group(1) : null;
	}
}
