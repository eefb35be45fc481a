package marswb.cli.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.engine.spi.RemediationStep;

/**
 * The standard every remediation step is held to, read from the text the plan gives the customer: guard before
 * anything, backup before the change, registry values written with their type (never through .NET's environment
 * API), every native command's exit code checked, the change read back, nothing but guards and prints under
 * -WhatIf. Returns what is wrong, so that a seeded defect can be shown to be caught.
 */
final class RemediationStandard {

	/** Native programs the fixes run; each call must be followed by a look at $LASTEXITCODE. */
	static final Pattern NATIVE = Pattern.compile("(?im)^\\s*(?:\\$\\w+\\s*=\\s*)?&\\s*([\\w.]+\\.exe)\\b.*$");
	private static final Pattern BARE_NATIVE = Pattern
			.compile("(?im)^\\s*(?:net|reg|vssadmin|robocopy|sc|mountvol|setx|netsh)(?:\\.exe)?\\s+\\w+.*$");
	private static final Pattern REGISTRY_WRITE = Pattern.compile("(?i)\\b(New-ItemProperty|Set-ItemProperty)\\b[^\\n]*");

	private RemediationStandard() {
	}

	static List<String> violations(RemediationStep step) {
		return violations(step.script());
	}

	/** What is wrong with a step's script. */
	static List<String> violations(String script) {
		List<String> wrong = new ArrayList<>();
		int whatIf = script.indexOf("if ($WhatIf) {");
		int orElse = script.indexOf("} else {", Math.max(0, whatIf));
		if (whatIf < 0 || orElse < 0) {
			wrong.add("no -WhatIf branch");
			return wrong;
		}
		String guards = script.substring(0, whatIf);
		String dryRun = script.substring(whatIf, orElse);
		String body = script.substring(orElse);
		if (!Pattern.compile("(?m)^if \\(-not \\(.*\\)\\) \\{ throw '.+' \\}$").matcher(guards).find()) {
			wrong.add("no guard that stops with a message before the change");
		}
		if (Pattern.compile("(?m)^\\s*(Set-|New-|Remove-|Add-|Enable-|Start-|Stop-|Rename-|Move-|Register-)\\w+")
				.matcher(guards).find() || NATIVE.matcher(guards).find() && !guards.contains("list shadowstorage")) {
			wrong.add("the guard changes something");
		}
		if (!dryRun.lines().skip(1).allMatch(l -> l.strip().startsWith("Write-Host"))) {
			wrong.add("-WhatIf does more than print");
		}
		int backup = firstOf(body, "Backup-RegistryValue", "Backup-Task", "Backup-Service", "Save-Backup");
		int firstChange = firstChange(body);
		if (backup < 0 || firstChange >= 0 && backup > firstChange) {
			wrong.add("nothing is saved before the change");
		}
		if (firstChange < 0) {
			wrong.add("no change");
		}
		if (script.contains("SetEnvironmentVariable") || script.contains("GetEnvironmentVariable")) {
			wrong.add(".NET's environment API instead of the registry value");
		}
		Matcher writes = REGISTRY_WRITE.matcher(script);
		while (writes.find()) {
			if (!writes.group().matches("(?i).*-(PropertyType|Type)\\s+\\w+.*")) {
				wrong.add("registry value written without its type: " + writes.group().strip());
			}
		}
		if (script.contains("PSModulePath") && !(script.contains("'DoNotExpandEnvironmentNames'")
				&& script.contains("-PropertyType ExpandString"))) {
			wrong.add("PSModulePath not read unexpanded and written as ExpandString");
		}
		wrong.addAll(uncheckedNativeCommands(script));
		int verify = body.lastIndexOf("throw '");
		if (verify < 0 || verify < firstChange) {
			wrong.add("nothing is read back after the change");
		}
		return wrong;
	}

	/** Every native command must be followed by Assert-ExitCode or a test of $LASTEXITCODE on the next line. */
	static List<String> uncheckedNativeCommands(String script) {
		List<String> wrong = new ArrayList<>();
		List<String> lines = script.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.strip().startsWith("#") || line.contains("Write-Host")) {
				continue;
			}
			if (NATIVE.matcher(line).matches() || BARE_NATIVE.matcher(line).matches()) {
				String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
				if (!next.contains("Assert-ExitCode") && !next.contains("$LASTEXITCODE")) {
					wrong.add("exit code not checked after: " + line.strip());
				}
			}
		}
		return wrong;
	}

	/** What the plan as a whole must do. */
	static List<String> planViolations(String plan) {
		List<String> wrong = new ArrayList<>();
		if (!Pattern.compile("(?s)^(#[^\\n]*\\n)*param\\(\\n(\\s*#[^\\n]*\\n)*\\s*\\[switch\\]\\$WhatIf\\n\\)").matcher(plan)
				.find()) {
			wrong.add("no -WhatIf switch as the script's first statement");
		}
		for (String needed : List.of("$ErrorActionPreference = 'Stop'", "#Requires -RunAsAdministrator",
				"Get-Date -Format 'yyyyMMdd-HHmmss'", "function Write-Undo", "Join-Path $backup 'undo.ps1'",
				"-Encoding UTF8")) {
			if (!plan.contains(needed)) {
				wrong.add("plan lacks " + needed);
			}
		}
		int steps = count(plan, "(?m)^Write-Host 'Step \\d+: ");
		if (steps != count(plan, "(?m)^try \\{$") || steps != count(plan, "(?m)^\\} catch \\{$")
				|| steps != count(plan, "Write-Host 'Step \\d+: done'")) {
			wrong.add("not every step runs in its own try/catch and prints done or failed");
		}
		wrong.addAll(uncheckedNativeCommands(plan));
		return wrong;
	}

	private static int count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static int firstOf(String text, String... needles) {
		int first = -1;
		for (String needle : needles) {
			int at = text.indexOf(needle);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	/** The first line of the body that changes the server. */
	private static int firstChange(String body) {
		// Add-Undo lines only hold the text of undo.ps1
		Matcher matcher = Pattern.compile("(?m)^(?!\\s*Add-Undo)[^#\\n]*?(?<![\\w-])(New-Item|Set-\\w+|Remove-\\w+|Add-MpPreference"
				+ "|Add-OBFileSpec|Enable-ScheduledTask|Start-Service|Rename-Computer|Move-Item|& net\\.exe stop"
				+ "|& vssadmin\\.exe resize|& robocopy|\\$task\\.\\w+(\\.\\w+)* =)")
				.matcher(body);
		return matcher.find() ? matcher.start() : -1;
	}
}
