package marswb.engine;

import marswb.engine.spi.RemediationStep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.engine.internal.Messages;

/**
 * The applied quick-fixes in order, exported as a PowerShell script the customer reads before running it as
 * administrator. The script stops at the first error ({@code $ErrorActionPreference = 'Stop'}, a try/catch per step,
 * exit codes of native commands checked), saves what each step changes into a dated folder and writes undo.ps1
 * there, prints done or failed per step, and with {@code -WhatIf} only checks and says what it would do. It ends
 * with the problems no step addresses.
 *
 * @since 0.1
 */
public final class RemediationPlan {

	/**
	 * A FAIL or WARN finding that no step addresses.
	 *
	 * @param causeStep  the step that fixes the root cause it follows from (1-based), 0 when none does
	 * @param causeTitle the title of that root cause, null when none
	 */
	public record Unaddressed(String outcome, String title, String subject, String action, int causeStep,
			String causeTitle) {
	}

	/** Where the plan saves backups: beside the agent's data, one folder per run. */
	static final String BACKUP_ROOT = "Join-Path $env:ProgramData ('MARS Support Workbench\\remediation-' + (Get-Date -Format 'yyyyMMdd-HHmmss'))";

	private final String serverName;
	private final List<RemediationStep> steps = new ArrayList<>();
	private final List<Unaddressed> unaddressed = new ArrayList<>();

	public RemediationPlan(String serverName, List<RemediationStep> steps, List<Unaddressed> unaddressed) {
		this.serverName = serverName;
		this.steps.addAll(steps);
		this.unaddressed.addAll(unaddressed);
	}

	public List<RemediationStep> steps() {
		return List.copyOf(steps);
	}

	public List<Unaddressed> unaddressed() {
		return List.copyOf(unaddressed);
	}

	/** The script text with LF line ends (the file gets CRLF). */
	public String script() {
		StringBuilder text = new StringBuilder();
		comment(text, NLS.bind(Messages.Plan_header, serverName == null ? "?" : serverName));
		comment(text, Messages.Plan_readFirst);
		comment(text, Messages.Plan_whatIfState);
		text.append("param(\n");
		comment(text, "    ", Messages.Plan_whatIfParameter);
		text.append("    [switch]$WhatIf\n)\n");
		text.append("#Requires -RunAsAdministrator\n");
		text.append("$ErrorActionPreference = 'Stop'\n");
		prelude(text);
		int number = 1;
		for (RemediationStep step : steps) {
			step(text, number++, step);
		}
		text.append('\n');
		if (!steps.isEmpty()) {
			text.append("if (-not $WhatIf) {\n    Write-Undo\n    Write-Host (").append(RemediationStep.quote(
					Messages.Plan_undoWritten)).append(" -f (Join-Path $backup 'undo.ps1'))\n}\n");
		} else {
			say(text, "", Messages.Plan_empty);
		}
		end(text);
		return text.toString();
	}

	/** The folder, the undo list and the helpers the steps call. */
	private void prelude(StringBuilder text) {
		text.append("$backup = ").append(BACKUP_ROOT).append('\n');
		text.append("$undo = New-Object 'System.Collections.Generic.List[string]'\n");
		text.append("$backupCount = 0\n");
		text.append("""
				function Quote([string]$Text) { "'" + $Text.Replace("'", "''") + "'" }
				function Assert-ExitCode {
				    # written into undo.ps1 as it stands: its parameter is declared in its body
				    param([string]$Command)
				    if ($LASTEXITCODE -ne 0) { throw (%s -f $Command, $LASTEXITCODE) }
				}
				function Add-Undo([string[]]$Lines) {
				    # the last change is undone first
				    $undo.InsertRange(0, $Lines)
				}
				function Write-Undo {
				    $header = @('#Requires -RunAsAdministrator', "`$ErrorActionPreference = 'Stop'",
				        ('function Assert-ExitCode {' + ${function:Assert-ExitCode} + '}'))
				    Set-Content -LiteralPath (Join-Path $backup 'undo.ps1') -Value ($header + $undo) -Encoding UTF8
				}
				function Get-BackupFile([string]$Name) {
				    $script:backupCount++
				    Join-Path $backup (('{0:D2}-' -f $script:backupCount) + ($Name -replace '[\\\\/:*?"<>| ]+', '_'))
				}
				function Save-Backup([string]$Name, $Object) {
				    $file = Get-BackupFile ($Name + '.xml')
				    $Object | Export-Clixml -LiteralPath $file
				    Write-Host ('  ' + (%s -f $file))
				}
				function Backup-RegistryValue([string]$Key, [string[]]$Name) {
				    $path = 'Registry::' + $Key
				    if (-not (Test-Path -LiteralPath $path)) {
				        Add-Undo @("Remove-Item -LiteralPath $(Quote $path) -Recurse")
				        Write-Host ('  ' + (%s -f $Key))
				        return
				    }
				    $file = Get-BackupFile ($Key + '.reg')
				    & reg.exe export $Key $file /y | Out-Null
				    Assert-ExitCode "reg export $Key"
				    Write-Host ('  ' + (%s -f $file))
				    $existing = (Get-Item -LiteralPath $path).GetValueNames()
				    $lines = @("& reg.exe import $(Quote $file)", "Assert-ExitCode 'reg import'")
				    foreach ($value in $Name) {
				        if ($existing -notcontains $value) {
				            $lines += "Remove-ItemProperty -LiteralPath $(Quote $path) -Name $(Quote $value)"
				        }
				    }
				    Add-Undo $lines
				}
				function Backup-Task([string]$Path) {
				    $folder = $Path.Substring(0, $Path.LastIndexOf('\\') + 1)
				    $name = $Path.Substring($Path.LastIndexOf('\\') + 1)
				    $file = Get-BackupFile ('task-' + $name + '.xml')
				    Export-ScheduledTask -TaskPath $folder -TaskName $name | Set-Content -LiteralPath $file -Encoding Unicode
				    Write-Host ('  ' + (%s -f $file))
				    Add-Undo @("Register-ScheduledTask -TaskPath $(Quote $folder) -TaskName $(Quote $name) -Xml (Get-Content -Raw -LiteralPath $(Quote $file)) -Force | Out-Null")
				}
				function Backup-Service([string]$Name) {
				    $service = Get-CimInstance -ClassName Win32_Service -Filter "Name='$Name'"
				    Save-Backup -Name ('service-' + $Name) -Object ($service | Select-Object -Property 'Name', 'StartMode', 'State')
				    $mode = @{ Auto = 'Automatic'; Manual = 'Manual'; Disabled = 'Disabled' }[$service.StartMode]
				    $lines = @("Set-Service -Name $(Quote $Name) -StartupType $mode")
				    if ($service.State -eq 'Stopped') { $lines += "Stop-Service -Name $(Quote $Name) -Force" }
				    Add-Undo $lines
				}
				""".formatted(RemediationStep.quote(Messages.Plan_exitCode), RemediationStep.quote(Messages.Plan_saved),
				RemediationStep.quote(Messages.Plan_keyAbsent), RemediationStep.quote(Messages.Plan_saved),
				RemediationStep.quote(Messages.Plan_saved)));
		text.append("if ($WhatIf) {\n");
		say(text, "    ", Messages.Plan_whatIf);
		text.append("} else {\n    New-Item -ItemType Directory -Path $backup -Force | Out-Null\n    Write-Host (")
				.append(RemediationStep.quote(Messages.Plan_backupFolder)).append(" -f $backup)\n}\n");
	}

	private static void step(StringBuilder text, int number, RemediationStep step) {
		text.append('\n');
		comment(text, NLS.bind(Messages.Plan_step, number, step.fixId()));
		comment(text, step.comment());
		if (step.destructive()) {
			comment(text, Messages.Plan_destructive);
		}
		say(text, "", NLS.bind(Messages.Plan_step, number, step.fixId()));
		text.append("try {\n");
		for (String line : step.script().split("\n")) {
			text.append(line.isEmpty() ? "" : "    ").append(line).append('\n');
		}
		text.append("    if (-not $WhatIf) { Write-Host ").append(RemediationStep.quote(
				NLS.bind(Messages.Plan_stepDone, number))).append(" -ForegroundColor Green }\n");
		text.append("} catch {\n    Write-Host (").append(RemediationStep.quote(Messages.Plan_stepFailed))
				.append(" -f ").append(number).append(", $_.Exception.Message) -ForegroundColor Red\n");
		text.append("    if (-not $WhatIf) {\n        Write-Undo\n        Write-Host (").append(RemediationStep.quote(
				Messages.Plan_undoWritten)).append(" -f (Join-Path $backup 'undo.ps1'))\n    }\n");
		text.append("    exit 1\n}\n");
	}

	/** The problems no step addresses, as comments for the reader and printed for the one who runs it. */
	private void end(StringBuilder text) {
		text.append('\n');
		if (unaddressed.isEmpty()) {
			comment(text, Messages.Plan_allAddressed);
			say(text, "", Messages.Plan_allAddressed);
			return;
		}
		comment(text, Messages.Plan_unaddressed);
		say(text, "", Messages.Plan_unaddressed);
		for (Unaddressed rest : unaddressed) {
			String head = rest.outcome() + "  " + rest.title() + (rest.subject() == null ? "" : " [" + rest.subject() + "]");
			String action = rest.causeStep() > 0
					? NLS.bind(Messages.Plan_followsFrom, rest.causeTitle(), rest.causeStep())
					: rest.action() == null || rest.action().isBlank() ? Messages.Plan_noAction : rest.action();
			comment(text, "  " + head);
			say(text, "", "  " + head);
			for (String line : action.split("\n")) {
				comment(text, "      " + line);
				say(text, "", "      " + line);
			}
		}
	}

	private static void say(StringBuilder text, String indent, String line) {
		text.append(indent).append("Write-Host ").append(RemediationStep.quote(line)).append('\n');
	}

	private static void comment(StringBuilder text, String comment) {
		comment(text, "", comment);
	}

	private static void comment(StringBuilder text, String indent, String comment) {
		for (String line : comment.split("\n")) {
			text.append(indent).append("# ").append(line).append('\n');
		}
	}

	/**
	 * Writes the plan atomically as UTF-8 with BOM and CRLF line ends: Windows PowerShell 5.1 reads a BOM-less file
	 * in the ANSI code page and would garble the Chinese comments.
	 */
	public void write(Path file) throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = script().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		Path parent = file.toAbsolutePath().getParent();
		Path temp = Files.createTempFile(parent, ".plan", ".tmp");
		try {
			byte[] all = new byte[bom.length + body.length];
			System.arraycopy(bom, 0, all, 0, bom.length);
			System.arraycopy(body, 0, all, bom.length, body.length);
			Files.write(temp, all);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
