package marswb.collector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import marswb.collector.CollectorScript;
import marswb.tests.support.SampleVariant;
import marswb.tests.support.powershell.ParsedScript;
import marswb.tests.support.powershell.PowerShellSyntax;

/**
 * Collect-MarsBundle.ps1 from its text, as no PowerShell runs here: it parses with a real PowerShell grammar, uses
 * nothing newer than Windows PowerShell 5.1, collects exactly the artifacts of docs/bundle-format.md, and only
 * reads. Each rule is also shown catching a seeded defect, so that none passes by reading nothing.
 *
 * <p>Written around the grammar's gaps (tree-sitter-powershell 0.26.4, see also PowerShellSyntaxTest): a
 * comma-separated list of bare words as a command argument ({@code Select-Object Name, State}) does not parse, so
 * the script quotes property names ({@code Select-Object 'Name','State'}); a number with a multiplier suffix in
 * an expression ({@code $n * 1MB}) does not parse, so the script writes 1048576; a function whose body starts
 * with {@code param(...)} and a statement on the same line does not parse, so functions put them on lines of
 * their own or take parenthesized parameters.
 */
class CollectorScriptTest {

	private static String text;
	private static ParsedScript script;

	@BeforeAll
	static void parse() {
		text = CollectorScript.text();
		script = PowerShellSyntax.parse(text);
	}

	// --- the file ---

	@Test
	void isUtf8WithBomAndCrlf() {
		byte[] bytes = CollectorScript.bytes();
		assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
		assertFalse(text.replace("\r\n", "").contains("\n"), "a line ends without CR");
		assertTrue(text.contains("正在收集 MARS 诊断包"), "the Chinese messages are in the file");
	}

	@Test
	void everyParameterHasHelp() {
		List<String> parameters = script.find("script_parameter").stream()
				.filter(p -> p.ancestor("function_statement").isEmpty() && p.ancestor("script_block_expression").isEmpty())
				.map(p -> p.find("variable").get(0).text().substring(1)).toList();
		assertEquals(List.of("OutputFolder", "Items", "MaxLogMB", "VaultCredentialsFile", "ProbeAsSystem",
				"ItemTimeoutSeconds", "ProbeTimeoutSeconds"), parameters);
		for (String parameter : parameters) {
			assertTrue(text.contains(".PARAMETER " + parameter + "\r\n"), "no help for -" + parameter);
		}
		assertTrue(text.contains(".EXAMPLE"));
	}

	// --- syntax ---

	@Test
	void parsesWithoutErrors() {
		assertEquals(List.of(), script.errors());
	}

	@Test
	void aSyntaxErrorIsCaught() {
		// the closing brace of the first function's if block goes missing
		String broken = text.replaceFirst("(?m)^    if \\(\\$Chinese\\) \\{ return \\$pair\\[1\\] \\}\r\n",
				"    if (\\$Chinese) { return \\$pair[1]\r\n");
		assertFalse(broken.equals(text), "the seed must change the script");
		assertFalse(PowerShellSyntax.parse(broken).errors().isEmpty());
	}

	@Test
	void thePresetItemsScriptParsesToo() {
		String preset = new String(CollectorScript.bytesWithItems(List.of("agent/jobs.json", "agent/logs/*.errlog")),
				StandardCharsets.UTF_8).substring(1);
		ParsedScript parsed = PowerShellSyntax.parse(preset);
		assertEquals(List.of(), parsed.errors());
		String items = parsed.find("script_parameter").stream().filter(p -> p.text().contains("$Items")).findFirst()
				.orElseThrow().text();
		assertEquals("[string[]]$Items = @('agent/jobs.json', 'agent/logs/*.errlog')", items);
	}

	// --- Windows PowerShell 5.1 ---

	@Test
	void usesNothingNewerThanWindowsPowerShell51() {
		assertEquals(List.of(), ScriptRules.newerThan51(script));
	}

	@Test
	void aPipelineChainIsCaught() {
		ParsedScript seeded = PowerShellSyntax.parse(text.replace("$installPath = Get-AgentValue 'Setup' 'InstallPath'",
				"$installPath = Get-AgentValue 'Setup' 'InstallPath'\r\nTest-Path C:\\x && Write-Host found"));
		assertEquals(List.of(), seeded.errors());
		assertEquals(1, ScriptRules.newerThan51(seeded).size(), ScriptRules.newerThan51(seeded).toString());
	}

	@Test
	void sevenOnlyCommandsAreCaught() {
		ParsedScript seeded = PowerShellSyntax.parse(text.replace("$installPath = Get-AgentValue 'Setup' 'InstallPath'",
				"$installPath = Get-AgentValue 'Setup' 'InstallPath'\r\n$x = '{}' | ConvertFrom-Json -AsHashtable\r\n"
						+ "$y = @(1,2) | Join-String\r\n$z = @(1) | ForEach-Object -Parallel { $_ }"));
		assertEquals(List.of(), seeded.errors());
		assertEquals(3, ScriptRules.newerThan51(seeded).size(), ScriptRules.newerThan51(seeded).toString());
	}

	@Test
	void sevenOnlyOperatorsAreParseErrors() {
		for (String seed : List.of("$x = $installPath ? 1 : 2", "$x = $installPath ?? 'none'",
				"$x = $installPath?.Length")) {
			ParsedScript seeded = PowerShellSyntax.parse(text.replace("$modulePath = $null\r\n",
					"$modulePath = $null\r\n" + seed + "\r\n"));
			assertFalse(seeded.errors().isEmpty(), seed);
		}
	}

	// --- contract with docs/bundle-format.md ---

	@Test
	void collectsExactlyTheArtifactsOfTheFormat() {
		assertEquals(documentedArtifacts(), collectedArtifacts(script));
		assertEquals(List.copyOf(documentedArtifacts().keySet()), CollectorScript.items());
	}

	@Test
	void anArtifactLeftOutIsCaught() {
		String seeded = text.replaceFirst("(?m)^    @\\{ Path = 'system/tzutil.txt'.*\r\n", "");
		assertFalse(seeded.equals(text));
		Map<String, String> collected = collectedArtifacts(PowerShellSyntax.parse(seeded));
		assertFalse(collected.equals(documentedArtifacts()));
		assertFalse(collected.containsKey("system/tzutil.txt"));
	}

	@Test
	void aCommandThatDiffersFromTheFormatIsCaught() {
		String seeded = text.replace("Command = 'tzutil /g'", "Command = 'tzutil /l'");
		assertFalse(collectedArtifacts(PowerShellSyntax.parse(seeded)).equals(documentedArtifacts()));
	}

	/** path -> command of the format's table, but manifest.json, which the collector writes itself. */
	private static Map<String, String> documentedArtifacts() {
		Map<String, String> artifacts = new LinkedHashMap<>();
		Pattern row = Pattern.compile("^\\| `([^`]+)` \\| (.+?) \\| ");
		String doc;
		try {
			doc = java.nio.file.Files.readString(SampleVariant.repo().resolve("docs/bundle-format.md"));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		String section = doc.substring(doc.indexOf("## Artifacts"), doc.indexOf("## manifest.json"));
		// the section's first table is the collector's; the next one lists shapes customers send instead
		int tableStart = section.indexOf("\n|");
		int tableEnd = section.indexOf("\n\n", tableStart);
		String table = section.substring(tableStart, tableEnd < 0 ? section.length() : tableEnd);
		for (String line : table.split("\n")) {
			Matcher matcher = row.matcher(line.replace("\\|", "\u0000"));
			if (matcher.find() && !matcher.group(1).equals("manifest.json")) {
				artifacts.put(matcher.group(1), unmarkdown(matcher.group(2).replace("\u0000", "|")));
			}
		}
		assertTrue(artifacts.size() > 30, "the table was not found: " + artifacts.keySet());
		return artifacts;
	}

	/** The command cell as text: a whole-cell code span loses its backticks; inline code spans too. */
	private static String unmarkdown(String cell) {
		return cell.replace("`", "");
	}

	private static Map<String, String> collectedArtifacts(ParsedScript parsed) {
		Map<String, String> artifacts = new LinkedHashMap<>();
		for (ScriptRules.CatalogEntry entry : ScriptRules.catalog(parsed)) {
			artifacts.put(entry.get("Path"), entry.get("Command"));
		}
		return artifacts;
	}

	// --- read-only ---

	@Test
	void onlyReadsAndWritesOnlyItsOutput() {
		assertEquals(List.of(), ScriptRules.notReadOnly(script));
	}

	@Test
	void aRegistryWriteIsCaught() {
		ParsedScript seeded = PowerShellSyntax.parse(text.replace("$modulePath = $null\r\n",
				"$modulePath = $null\r\nSet-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config' -Name ScratchLocation -Value D:\\\r\n"));
		assertEquals(List.of(), seeded.errors());
		List<String> found = ScriptRules.notReadOnly(seeded);
		assertFalse(found.isEmpty());
		assertTrue(found.stream().anyMatch(f -> f.contains("Set-ItemProperty")), found.toString());
	}

	@Test
	void aWritingProgramIsCaught() {
		ParsedScript seeded = PowerShellSyntax.parse(
				text.replace("Exe = 'tzutil.exe'; Arguments = @('/g')", "Exe = 'tzutil.exe'; Arguments = @('/s', 'UTC')"));
		assertFalse(ScriptRules.notReadOnly(seeded).isEmpty());
	}

	@Test
	void aFileWriteOutsideTheWritersIsCaught() {
		ParsedScript seeded = PowerShellSyntax.parse(text.replace("$modulePath = $null\r\n",
				"$modulePath = $null\r\n[IO.File]::WriteAllText('C:\\Windows\\x.txt', 'x')\r\n"));
		assertFalse(ScriptRules.notReadOnly(seeded).isEmpty());
	}

	@Test
	void theWritersCheckTheirPath() {
		for (String writer : List.of("Write-BundleText", "Copy-SharedFile")) {
			var function = script.find("function_statement").stream()
					.filter(f -> f.find("function_name").get(0).text().equals(writer)).findFirst().orElseThrow();
			assertTrue(function.text().contains("$full = Assert-InWork $Path"), writer);
		}
		var assertion = script.find("function_statement").stream()
				.filter(f -> f.find("function_name").get(0).text().equals("Assert-InWork")).findFirst().orElseThrow();
		assertTrue(assertion.text().contains("StartsWith($script:Work + '\\'"));
	}

	// --- handing out ---

	@Test
	void itemsAreTheCatalogsPaths() {
		assertEquals(collectedArtifacts(script).keySet().stream().toList(), CollectorScript.items());
		assertEquals(Optional.of("agent/logs/*.errlog"), CollectorScript.itemFor("agent/logs/CBEngineCurr.errlog"));
		assertEquals(Optional.of("tasks/*.xml"), CollectorScript.itemFor("tasks/Microsoft-OnlineBackup.xml"));
		assertEquals(Optional.of("agent/jobs.json"), CollectorScript.itemFor("agent/jobs.json"));
		assertEquals(Optional.empty(), CollectorScript.itemFor("manifest.json"));
		assertEquals(Optional.empty(), CollectorScript.itemFor("agent/logs/sub/x.errlog"));
	}

	@Test
	void anUnknownItemIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> CollectorScript.bytesWithItems(List.of("system/nothing.txt")));
		assertThrows(IllegalArgumentException.class, () -> CollectorScript.bytesWithItems(List.of()));
		assertTrue(Arrays.equals(CollectorScript.bytes(), CollectorScript.bytes()));
	}

	// --- the manifest ---

	/** The reader's fixture of the manifest this script writes has exactly the keys the script writes. */
	@Test
	void theReadersManifestFixtureHasTheScriptsKeys() throws java.io.IOException {
		String fixture = java.nio.file.Files.readString(
				SampleVariant.repo().resolve("bundles/marswb.bundle.tests/fixtures/collector/manifest.json"));
		java.util.Set<String> fixtureKeys = new java.util.TreeSet<>();
		Matcher key = Pattern.compile("\"([A-Za-z]+)\":").matcher(fixture);
		while (key.find()) {
			fixtureKeys.add(key.group(1));
		}
		java.util.Set<String> scriptKeys = new java.util.TreeSet<>();
		for (var function : script.find("function_statement")) {
			if (function.find("function_name").get(0).text().equals("Add-ManifestItem")) {
				Matcher written = Pattern.compile("(?:\\$item\\.|\\b)([a-zA-Z]+) = ").matcher(function.text());
				while (written.find()) {
					scriptKeys.add(written.group(1));
				}
			}
		}
		var manifestObject = script.find("assignment_expression").stream()
				.filter(a -> a.children().get(0).text().equals("$manifestObject")).findFirst().orElseThrow();
		for (var entry : manifestObject.find("hash_entry")) {
			scriptKeys.add(entry.find("key_expression").get(0).text());
		}
		scriptKeys.remove("item");
		assertEquals(scriptKeys, fixtureKeys);
	}
}
