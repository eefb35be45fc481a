package marswb.area.scheduling.internal;

import java.util.Locale;

/** Comparing Windows folder paths the way PowerShell resolves PSModulePath entries. */
final class ModulePaths {

	/** The value %ProgramFiles% has on 64-bit Windows, the only kind the agent supports. */
	private static final String PROGRAM_FILES = "C:\\Program Files";

	private ModulePaths() {
	}

	/** Case-insensitive, without a trailing backslash, %ProgramFiles% and %SystemRoot%-free where possible. */
	static String normalize(String path) {
		String result = path.trim();
		if (result.length() > 1 && result.startsWith("\"") && result.endsWith("\"")) {
			result = result.substring(1, result.length() - 1);
		}
		result = result.replaceAll("(?i)%ProgramFiles%", java.util.regex.Matcher.quoteReplacement(PROGRAM_FILES));
		while (result.endsWith("\\")) {
			result = result.substring(0, result.length() - 1);
		}
		return result.toLowerCase(Locale.ROOT);
	}

	/** The agent's module folder and the folder above it, where PowerShell finds a module named after its folder. */
	static boolean coversMarsModule(String entry, String installPath) {
		String modules = normalize(installPath) + "\\bin\\modules";
		String normalized = normalize(entry);
		return normalized.equals(modules) || normalized.equals(modules + "\\msonlinebackup");
	}
}
