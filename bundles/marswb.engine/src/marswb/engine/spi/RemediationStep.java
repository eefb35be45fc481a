package marswb.engine.spi;

import marswb.engine.RemediationPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import marswb.engine.internal.Messages;

/**
 * One step of a remediation plan, held to the standard a careful administrator applies to a production server:
 * guards (the server is still as the bundle showed), backups that also write the lines of undo.ps1, the change,
 * and verification by reading back. {@link #script()} is the step's PowerShell; {@link RemediationPlan} runs it
 * inside a try/catch that prints done or failed, and skips everything but the guards under -WhatIf. The helper
 * functions the step calls ({@code Backup-RegistryValue}, {@code Backup-Task}, {@code Backup-Service},
 * {@code Save-Backup}, {@code Add-Undo}, {@code Assert-ExitCode}) are defined once by the plan.
 *
 * @since 0.1
 */
public final class RemediationStep {

	private final String fixId;
	private final String comment;
	private final boolean destructive;
	private final List<String> guards;
	private final List<String> backups;
	private final List<String> dryRun;
	private final List<String> changes;
	private final List<String> verifications;
	private final List<String> notes;

	private RemediationStep(Builder builder) {
		this.fixId = null;
		this.comment = builder.comment;
		this.destructive = builder.destructive;
		this.guards = List.copyOf(builder.guards);
		this.backups = List.copyOf(builder.backups);
		this.dryRun = List.copyOf(builder.dryRun);
		this.changes = List.copyOf(builder.changes);
		this.verifications = List.copyOf(builder.verifications);
		this.notes = List.copyOf(builder.notes);
	}

	private RemediationStep(String fixId, RemediationStep step) {
		this.fixId = fixId;
		this.comment = step.comment;
		this.destructive = step.destructive;
		this.guards = step.guards;
		this.backups = step.backups;
		this.dryRun = step.dryRun;
		this.changes = step.changes;
		this.verifications = step.verifications;
		this.notes = step.notes;
	}

	/** A step explained by {@code comment} (current language, may span lines). */
	public static Builder builder(String comment) {
		return new Builder(comment);
	}

	/**
	 * The same step as the product of quick-fix instance {@code fixInstanceId} ({@code fix@subject}). The engine
	 * names each step after the instance that was applied; a fix never names its own.
	 */
	public RemediationStep forInstance(String fixInstanceId) {
		return new RemediationStep(fixInstanceId, this);
	}

	/** The quick-fix instance that produced it; null until the engine names it. */
	public String fixId() {
		return fixId;
	}

	/** Why and what, in the current language; may span lines. */
	public String comment() {
		return comment;
	}

	/** The step stops a service, deletes, moves or overwrites something; the plan says so before it. */
	public boolean destructive() {
		return destructive;
	}

	/** The step's PowerShell: guards, then (unless -WhatIf) backups, change and verification. */
	public String script() {
		StringBuilder text = new StringBuilder();
		text.append("# ").append(Messages.Step_guard).append('\n');
		guards.forEach(g -> text.append(g).append('\n'));
		text.append("if ($WhatIf) {\n");
		dryRun.forEach(line -> text.append("    Write-Host ").append(quote("  WhatIf: " + line)).append('\n'));
		text.append("} else {\n");
		indented(text, "# " + Messages.Step_backup);
		backups.forEach(b -> indented(text, b));
		indented(text, "# " + Messages.Step_change);
		changes.forEach(c -> indented(text, c));
		indented(text, "# " + Messages.Step_verify);
		verifications.forEach(v -> indented(text, v));
		notes.forEach(n -> indented(text, "Write-Host " + quote("  " + n)));
		return text.append("}\n").toString();
	}

	private static void indented(StringBuilder text, String lines) {
		for (String line : lines.split("\n")) {
			text.append(line.isEmpty() ? "" : "    ").append(line).append('\n');
		}
	}

	/** A PowerShell single-quoted literal. */
	public static String quote(String text) {
		return "'" + text.replace("'", "''").replace("\u2018", "\u2018\u2018").replace("\u2019", "\u2019\u2019")
				+ "'";
	}

	/** A native command line followed by the check of its exit code. */
	public static String nativeCommand(String commandLine) {
		return commandLine + "\nAssert-ExitCode " + quote(commandLine);
	}

	/** A PowerShell array of single-quoted literals, e.g. the fixed lines of undo.ps1. */
	public static String literals(String... lines) {
		StringBuilder text = new StringBuilder("@(");
		for (int i = 0; i < lines.length; i++) {
			text.append(i == 0 ? "" : ", ").append(quote(lines[i]));
		}
		return text.append(')').toString();
	}

	/**
	 * A registry key in the form reg.exe takes (e.g. {@code HKEY_LOCAL_MACHINE\SOFTWARE\...}) as a PowerShell
	 * provider path.
	 */
	public static String registryPath(String key) {
		return "Registry::" + key;
	}

	/** Builds a step; every step needs at least one guard, one backup, one change and one verification. */
	public static final class Builder {

		private final String comment;
		private boolean destructive;
		private final List<String> guards = new ArrayList<>();
		private final List<String> backups = new ArrayList<>();
		private final List<String> dryRun = new ArrayList<>();
		private final List<String> changes = new ArrayList<>();
		private final List<String> verifications = new ArrayList<>();
		private final List<String> notes = new ArrayList<>();

		private Builder(String comment) {
			this.comment = comment;
		}

		public Builder destructive() {
			destructive = true;
			return this;
		}

		/**
		 * Stops the step (and the plan) with {@code expected} unless the PowerShell condition holds: the server is
		 * still in the state the bundle showed.
		 */
		public Builder guard(String condition, String expected) {
			guards.add("if (-not (" + condition + ")) { throw "
					+ quote(NLS.bind(Messages.Step_guardFailed, expected)) + " }");
			return this;
		}

		/** Lines that compute what a guard needs (read-only). */
		public Builder read(String lines) {
			guards.add(lines.strip());
			return this;
		}

		/**
		 * Exports the key with reg.exe before the step changes {@code values} in it (undo.ps1 imports it again and
		 * removes the values that did not exist).
		 */
		public Builder backupRegistry(String key, String... values) {
			backups.add("Backup-RegistryValue -Key " + quote(key) + " -Name " + literals(values));
			return this;
		}

		/** Exports the scheduled task's XML; undo.ps1 registers it again. */
		public Builder backupTask(String taskPath) {
			backups.add("Backup-Task -Path " + quote(taskPath));
			return this;
		}

		/** Saves a service's start mode and state; undo.ps1 sets them back. */
		public Builder backupService(String name) {
			backups.add("Backup-Service -Name " + quote(name));
			return this;
		}

		/**
		 * Saves the object {@code expression} gives to {@code <name>.xml} in the backup folder, and adds the undo
		 * lines that {@code undoLines} (a PowerShell expression giving strings) computes from it as {@code $saved}.
		 */
		public Builder backup(String name, String expression, String undoLines) {
			backups.add("$saved = " + expression + "\nSave-Backup -Name " + quote(name) + " -Object $saved\n"
					+ "Add-Undo (" + undoLines + ")");
			return this;
		}

		/** Fixed lines for undo.ps1, which runs them before the undo lines of the backups made earlier. */
		public Builder undo(String... lines) {
			backups.add("Add-Undo " + literals(lines));
			return this;
		}

		/** A change: {@code dryRun} is what -WhatIf prints for it, {@code code} the PowerShell that makes it. */
		public Builder change(String dryRunText, String code) {
			dryRun.add(dryRunText);
			changes.add(code.strip());
			return this;
		}

		/** Sets a registry value with its native type (PowerShell's RegistryValueKind name, e.g. ExpandString). */
		public Builder setRegistryValue(String key, String name, String kind, String valueExpression, String shown) {
			return change(key + "\\" + name + " = " + shown + " (" + kind + ")",
					"New-ItemProperty -Path " + quote(registryPath(key)) + " -Name " + quote(name) + " -Value "
							+ valueExpression + " -PropertyType " + kind + " -Force | Out-Null");
		}

		/**
		 * Saves the service's start mode and state, sets its start type (unless {@code startupType} is null: Set-Service
		 * names such as Automatic or Manual), starts it and verifies that it runs.
		 */
		public Builder startService(String name, String startupType) {
			backupService(name);
			if (startupType != null) {
				change("Set-Service " + name + " -StartupType " + startupType,
						"Set-Service -Name " + quote(name) + " -StartupType " + startupType);
			}
			change("Start-Service " + name, "Start-Service -Name " + quote(name));
			readBack("$after = Get-Service -Name " + quote(name));
			if (startupType != null) {
				verify("[string]$after.StartType -eq " + quote(startupType), name + " StartType");
			}
			return verify("[string]$after.Status -eq 'Running'", name + " Status");
		}

		/** Fails the step with {@code what} unless the PowerShell condition holds after the change. */
		public Builder verify(String condition, String what) {
			verifications.add("if (-not (" + condition + ")) { throw "
					+ quote(NLS.bind(Messages.Step_verifyFailed, what)) + " }");
			return this;
		}

		/** Reads a registry value back unexpanded and checks its data and kind. */
		public Builder verifyRegistryValue(String key, String name, String kind, String valueExpression) {
			String read = "(Get-Item -LiteralPath " + quote(registryPath(key)) + ")";
			return verify(read + ".GetValueKind(" + quote(name) + ") -eq " + quote(kind) + " -and " + read
					+ ".GetValue(" + quote(name) + ", $null, 'DoNotExpandEnvironmentNames') -eq " + valueExpression,
					key + "\\" + name);
		}

		/** Lines that read the server again before the verifications test it. */
		public Builder readBack(String lines) {
			verifications.add(lines.strip());
			return this;
		}

		/** A line the step prints after it is verified (e.g. a restart it needs). */
		public Builder note(String text) {
			notes.add(text);
			return this;
		}

		public RemediationStep build() {
			if (guards.isEmpty() || backups.isEmpty() || changes.isEmpty() || verifications.isEmpty()) {
				throw new IllegalStateException(String.format(Locale.ROOT,
						"step \"%s\" lacks a guard, backup, change or verification", comment));
			}
			return new RemediationStep(this);
		}
	}
}
