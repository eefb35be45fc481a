package marswb.area.jobs;

import java.util.Locale;

/**
 * How the jobs area reads the agent's job history, for the area's own view as for its checks: where it comes from,
 * and what a job's state means. Names of states vary between agent versions, and Windows PowerShell 5.1 may write
 * numbers.
 *
 * @since 0.1
 */
public final class JobHistory {

	/** The jobs of the last days, from {@code Get-OBJob}. */
	public static final String JOBS = "agent/jobs.json";
	/** The agent's lists of files the last backups skipped. */
	public static final String FAILED_FILES = "agent/failed-files/*.txt";

	private JobHistory() {
	}

	/** Letters only, lower case: "CompletedWithWarnings", "Completed with warning" and "completed_with_warnings" meet. */
	public static String normalized(String state) {
		return state == null ? "" : state.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

	public static boolean completedWithWarnings(String state) {
		return normalized(state).contains("warning");
	}

	public static boolean failed(String state) {
		String s = normalized(state);
		return s.contains("fail") || s.contains("abort") || s.contains("cancel") || s.contains("error");
	}

	public static boolean succeeded(String state) {
		String s = normalized(state);
		return s.startsWith("completed") || s.startsWith("succeeded") || s.equals("success");
	}
}
