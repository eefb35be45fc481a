package marswb.tests.support.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PowerShell parse harness against scripts whose verdict PowerShell itself gives.
 *
 * <p>Gaps of the tree-sitter grammar (tree-sitter-powershell 0.26.4) that valid PowerShell runs into, and how
 * scripts tested with it write around them; {@link #grammarGapsStayKnown} holds each one so that a grammar
 * upgrade that closes a gap shows here:
 * <ul>
 * <li>A one-line {@code switch} clause followed by {@code default} on the same line without {@code ;} between
 * them ({@code switch ($x) { 1 { 'a' } default { 'b' } }}) fails to parse: put clauses on lines of their own.</li>
 * <li>{@code ForEach-Object} with a named parameter at the start of a statement ({@code ForEach-Object -Process
 * { }}) is read as the {@code foreach -parallel} statement of workflows and fails: pipe into it, as one does.</li>
 * <li>A comma-separated list of bare words as a command argument ({@code Select-Object Name, State}, with or
 * without spaces) fails: quote the words ({@code Select-Object 'Name','State'}).</li>
 * <li>A number with a multiplier suffix inside an expression ({@code $n * 1MB}) fails (alone, {@code $n = 1MB}
 * parses): write the number ({@code 1048576}).</li>
 * <li>A function body that starts with {@code param(...)} followed by a statement on the same line
 * ({@code function F { param($a) $a }}) fails: put them on lines of their own.</li>
 * </ul>
 */
class PowerShellSyntaxTest {

	@Test
	void validWindowsPowerShellHasNoErrors() {
		ParsedScript script = PowerShellSyntax.parse("""
				\uFEFF<#
				.SYNOPSIS
				  中文说明 with a BOM in front, as the product writes its scripts
				#>
				[CmdletBinding()]
				param([Parameter(Mandatory = $true)][string]$OutputFolder, [int]$MaxLogMB = 200)
				$ErrorActionPreference = 'Stop'
				try {
				    $items = Get-ChildItem -LiteralPath $OutputFolder -Filter '*.log' | Sort-Object LastWriteTime -Descending
				    & reg.exe export 'HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup' "$OutputFolder\\a.reg" /y | Out-Null
				    $text = "{0} MB" -f ($MaxLogMB * 2)
				    switch ($text) {
				        'a' { 1 }
				        default { 2 }
				    }
				} catch [System.IO.IOException] {
				    Write-Warning $_.Exception.Message
				} finally {
				    $null = $items
				}
				""");

		assertEquals(List.of(), script.errors());
		assertEquals(List.of("Get-ChildItem", "Sort-Object", "reg.exe", "Out-Null", "Write-Warning"),
				script.commands().stream().map(Command::name).toList());
		Command reg = script.commands().get(2);
		assertTrue(reg.invoked());
		assertEquals(List.of("export", "'HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup'", "\"$OutputFolder\\a.reg\"",
				"/y"), reg.arguments());
		assertEquals(10, reg.line());
		assertEquals(List.of("-LiteralPath", "$OutputFolder", "-Filter", "'*.log'"), script.commands().get(0).arguments());
	}

	@Test
	void aSyntaxErrorIsReportedOnItsLine() {
		ParsedScript script = PowerShellSyntax.parse("""
				$a = 1
				Get-Item -Path $a
				$b = ($a + )
				Write-Output $b
				""");

		assertFalse(script.errors().isEmpty());
		assertEquals(3, script.errors().get(0).line(), script.errors().toString());
	}

	@Test
	void anUnclosedBlockIsAMissingToken() {
		ParsedScript script = PowerShellSyntax.parse("if ($true) {\n  Get-Item x\n");

		assertTrue(script.errors().stream().anyMatch(error -> error.kind().equals("MISSING")), script.errors().toString());
	}

	/** PowerShell 7 operators that 5.1 refuses: the grammar knows none of them either. */
	@ParameterizedTest
	@ValueSource(strings = { "$a = $b ? 1 : 2", "$a = $b ?? 3", "$a = $b?.Name", "$a ??= 1",
			"function f { begin { } process { } end { } clean { } }" })
	void powerShell7OperatorsAreParseErrors(String line) {
		assertFalse(PowerShellSyntax.parse(line).errors().isEmpty(), line);
	}

	/** Pipeline chains parse, so they are found in the tree instead. */
	@Test
	void pipelineChainsAreFoundInTheTree() {
		ParsedScript chained = PowerShellSyntax.parse("Get-Item x && Write-Output y\nGet-Item z || Write-Output w\n");
		ParsedScript plain = PowerShellSyntax.parse("Get-Item x; Write-Output y\nif (-not (Get-Item z)) { Write-Output w }\n");

		assertEquals(List.of(), chained.errors());
		assertEquals(List.of(1, 2), chained.find("pipeline_chain_tail").stream().map(SyntaxNode::line).toList());
		assertEquals(List.of("&&", "||"),
				chained.find("pipeline_chain_tail").stream().map(tail -> tail.children().get(0).text()).toList());
		assertEquals(List.of(), plain.find("pipeline_chain_tail"));
	}

	@Test
	void commandsInsideScriptBlocksAndTheirParameters() {
		ParsedScript script = PowerShellSyntax.parse("""
				$job = Start-Job -ScriptBlock { param($p) Get-WinEvent -LogName $p -MaxEvents 10 }
				Get-Item x | ForEach-Object -Parallel { $_ } -ThrottleLimit 4
				""");

		assertEquals(List.of(), script.errors());
		assertEquals(List.of("Start-Job", "Get-WinEvent", "Get-Item", "ForEach-Object"),
				script.commands().stream().map(Command::name).toList());
		Command foreach = script.commands().get(3);
		assertEquals(List.of("-Parallel", "{ $_ }", "-ThrottleLimit", "4"), foreach.arguments());
		assertEquals("Start-Job", script.commands().get(1).node().ancestor("command").orElseThrow()
				.child("command_name").orElseThrow().text());
	}

	@Test
	void grammarGapsStayKnown() {
		assertFalse(PowerShellSyntax.parse("switch ($x) { 1 { 'a' } default { 'b' } }").errors().isEmpty());
		assertEquals(List.of(), PowerShellSyntax.parse("switch ($x) {\n 1 { 'a' }\n default { 'b' }\n}").errors());
		assertFalse(PowerShellSyntax.parse("ForEach-Object -Process { $_ }").errors().isEmpty());
		assertEquals(List.of(), PowerShellSyntax.parse("$x | ForEach-Object -Process { $_ }").errors());
		assertFalse(PowerShellSyntax.parse("Select-Object Name, State").errors().isEmpty());
		assertEquals(List.of(), PowerShellSyntax.parse("Select-Object 'Name','State'").errors());
		assertFalse(PowerShellSyntax.parse("$x = $n * 1MB").errors().isEmpty());
		assertEquals(List.of(), PowerShellSyntax.parse("$x = 1MB").errors());
		assertFalse(PowerShellSyntax.parse("function F { param($a) $a }").errors().isEmpty());
		assertEquals(List.of(), PowerShellSyntax.parse("function F {\n    param($a)\n    $a\n}").errors());
	}

	@Test
	void aMissingNodeIsAClearFailure() {
		String saved = System.getProperty("marswb.node");
		System.setProperty("marswb.node", "/nonexistent/node");
		try {
			IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
					() -> PowerShellSyntax.parse("Get-Item x"));
			assertTrue(e.getMessage().contains("Node.js is needed"), e.getMessage());
		} finally {
			if (saved == null) {
				System.clearProperty("marswb.node");
			} else {
				System.setProperty("marswb.node", saved);
			}
		}
	}
}
