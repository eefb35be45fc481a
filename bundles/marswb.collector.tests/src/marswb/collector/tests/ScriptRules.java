package marswb.collector.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import marswb.tests.support.powershell.Command;
import marswb.tests.support.powershell.ParsedScript;
import marswb.tests.support.powershell.SyntaxNode;

/**
 * The rules the collector script is held to, read from its parse tree. Each returns what breaks the rule (empty
 * when the script keeps it), so that a test can show the rule catching a seeded defect.
 */
final class ScriptRules {

	private ScriptRules() {
	}

	/** One entry of the script's $Catalog: its keys and their literal values (strings unquoted). */
	record CatalogEntry(Map<String, String> values, int line) {
		String get(String key) {
			return values.get(key);
		}
	}

	/** The hashtables of {@code $Catalog = @( ... )}, in order. */
	static List<CatalogEntry> catalog(ParsedScript script) {
		SyntaxNode assignment = script.find("assignment_expression").stream()
				.filter(a -> a.children().get(0).text().equals("$Catalog")).findFirst()
				.orElseThrow(() -> new AssertionError("no $Catalog = ... in the script"));
		List<CatalogEntry> entries = new ArrayList<>();
		for (SyntaxNode hash : assignment.find("hash_literal_expression")) {
			if (hash.ancestor("hash_literal_expression").isPresent()) {
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (SyntaxNode entry : hash.find("hash_entry")) {
				if (entry.ancestor("hash_literal_expression").orElseThrow() != hash) {
					continue;
				}
				String key = entry.find("key_expression").get(0).text();
				SyntaxNode value = entry.namedChildren().get(entry.namedChildren().size() - 1);
				values.put(key, literal(value.text()));
			}
			entries.add(new CatalogEntry(values, hash.line()));
		}
		return entries;
	}

	/** A single-quoted literal's value; other values stay as written. */
	static String literal(String text) {
		if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
			return text.substring(1, text.length() - 1).replace("''", "'");
		}
		return text;
	}

	// --- Windows PowerShell 5.1 ---

	private static final Set<String> NEWER_COMMANDS = Set.of("join-string", "get-error", "foreach-object -parallel",
			"convertfrom-json -ashashtable", "convertfrom-json -depth", "test-json", "get-uptime", "remove-alias",
			"import-powershelldatafile -skiplimitcheck");

	/**
	 * Constructs newer than Windows PowerShell 5.1 that parse (ternary, {@code ??}, {@code ?.} and {@code clean}
	 * blocks are parse errors already): pipeline chains, and 7-only commands or parameters.
	 */
	static List<String> newerThan51(ParsedScript script) {
		List<String> found = new ArrayList<>();
		for (SyntaxNode chain : script.find("pipeline_chain_tail")) {
			found.add(chain.line() + ": pipeline chain " + chain.children().get(0).text());
		}
		for (Command command : script.commands()) {
			String name = command.bareName().toLowerCase(Locale.ROOT);
			if (NEWER_COMMANDS.contains(name)) {
				found.add(command.line() + ": " + command.name());
			}
			for (String argument : command.arguments()) {
				String parameter = argument.toLowerCase(Locale.ROOT);
				int colon = parameter.indexOf(':');
				if (colon > 0) {
					parameter = parameter.substring(0, colon);
				}
				if (parameter.startsWith("-") && NEWER_COMMANDS.contains(name + " " + parameter)) {
					found.add(command.line() + ": " + command.name() + " " + argument);
				}
			}
		}
		if (script.source().contains("#requires -version 7") || script.source().contains("#Requires -Version 7")) {
			found.add("#Requires -Version 7");
		}
		return found;
	}

	// --- read-only ---

	/** Commands that only read, show or format; and the script's own functions. */
	private static final Set<String> READ_ONLY = Set.of("get-ciminstance", "get-volume", "get-pnpdevice",
			"get-childitem", "get-hotfix", "get-mppreference", "get-item", "get-itemproperty", "get-executionpolicy",
			"get-winevent", "get-filehash", "get-obmachinesetting", "get-obpolicy", "get-objob", "get-scheduledtask",
			"get-service", "get-module", "get-uiculture", "get-date", "get-command", "test-path", "test-netconnection",
			"invoke-webrequest", "select-object", "where-object", "sort-object", "foreach-object", "convertto-csv",
			"convertto-json", "out-string", "join-path", "split-path", "resolve-path", "new-object", "write-host",
			"write-progress", "write-error", "write-warning", "import-module", "add-type", "start-sleep",
			"new-timespan",
			// scoped to the script itself
			"set-strictmode");

	/** Commands that change something, allowed only inside the named functions. */
	private static final Map<String, Set<String>> CONFINED = Map.of(
			// the output folder: created, and the work folder under it removed after zipping
			"new-item", Set.of("Assert-InWork", ""),
			"remove-item", Set.of(""),
			// the documented probe task (-ProbeAsSystem)
			"new-scheduledtaskaction", Set.of("Invoke-ProbeAsSystem"),
			"new-scheduledtasktrigger", Set.of("Invoke-ProbeAsSystem"),
			"new-scheduledtasksettingsset", Set.of("Invoke-ProbeAsSystem"),
			"new-scheduledtaskprincipal", Set.of("Invoke-ProbeAsSystem"),
			"register-scheduledtask", Set.of("Invoke-ProbeAsSystem"),
			"start-scheduledtask", Set.of("Invoke-ProbeAsSystem"),
			"unregister-scheduledtask", Set.of("Invoke-ProbeAsSystem"));

	/** Native programs the script starts, and the first arguments that make each one read only. */
	private static final Map<String, List<String>> PROGRAMS = Map.of("systeminfo.exe", List.of("/fo"),
			"tzutil.exe", List.of("/g"), "vssadmin.exe", List.of("list"), "netsh.exe", List.of("winhttp", "show"),
			"reg.exe", List.of("export"), "schtasks.exe", List.of("/query"));

	/**
	 * Every command is read-only, or a write confined to the functions that write under the output folder or
	 * manage the documented probe task; every program started reads only; .NET file writes happen only in the
	 * functions that check their path is under the output folder.
	 */
	static List<String> notReadOnly(ParsedScript script) {
		List<String> found = new ArrayList<>();
		Set<String> functions = functionNames(script);
		for (Command command : script.commands()) {
			String name = command.bareName();
			String lower = name.toLowerCase(Locale.ROOT);
			if (command.invoked() && name.startsWith("$")) {
				// & $windowsPowerShell: the relaunch in Windows PowerShell, checked below by its variable
				if (!name.equals("$windowsPowerShell")) {
					found.add(command.line() + ": & " + name);
				}
				continue;
			}
			if (READ_ONLY.contains(lower) || functions.contains(name)) {
				continue;
			}
			Set<String> allowedIn = CONFINED.get(lower);
			String function = enclosingFunction(command.node()).orElse("");
			if (allowedIn == null || !allowedIn.contains(function)) {
				found.add(command.toString());
			} else if (lower.equals("remove-item") && !command.arguments().contains("$script:Work")) {
				found.add(command.line() + ": removes something else than the work folder: " + command);
			}
		}
		for (CatalogEntry entry : catalog(script)) {
			String exe = entry.get("Exe");
			if (exe != null) {
				List<String> required = PROGRAMS.get(exe.toLowerCase(Locale.ROOT));
				String arguments = entry.get("Arguments");
				if (required == null || !arguments.replace("'", "").replace(" ", "")
						.startsWith("@(" + String.join(",", required))) {
					found.add(entry.line() + ": program " + exe + " " + arguments);
				}
			}
		}
		for (Command command : script.commands()) {
			if (command.name().equals("Invoke-Program")) {
				String exe = literal(command.arguments().get(0));
				if (!exe.equals("$Entry.Exe")) {
					List<String> required = PROGRAMS.get(exe.toLowerCase(Locale.ROOT));
					String arguments = command.arguments().get(1).replace("'", "").replace(" ", "");
					if (required == null || !arguments.startsWith("@(" + String.join(",", required))) {
						found.add(command.line() + ": program " + command);
					}
				}
			}
		}
		found.addAll(fileWritesOutsideCheckedFunctions(script));
		return found;
	}

	/** .NET writes ([IO.File]::Write..., FileStream for writing, ZipArchive) and where they happen. */
	private static final Set<String> WRITERS = Set.of("Write-BundleText", "Copy-SharedFile");

	private static List<String> fileWritesOutsideCheckedFunctions(ParsedScript script) {
		List<String> found = new ArrayList<>();
		String[] lines = script.source().split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			boolean write = line.matches(".*\\[IO\\.File\\]::(Write|Append|Create|Delete|Move|Copy|Replace|Set).*")
					|| line.matches(".*FileMode\\]::(Create|CreateNew|Append|OpenOrCreate|Truncate).*")
					|| line.matches(".*(Set-Content|Add-Content|Out-File|Set-ItemProperty|New-ItemProperty).*");
			if (!write) {
				continue;
			}
			int lineNumber = i + 1;
			String function = script.find("function_statement").stream()
					.filter(f -> f.line() <= lineNumber && f.endLine() >= lineNumber).map(ScriptRules::functionName)
					.reduce((outer, inner) -> inner).orElse("");
			boolean checked = WRITERS.contains(function)
					// the probe writes its CSV where Invoke-ProbeItem / Invoke-ProbeAsSystem checked it may
					|| line.contains("[IO.File]::WriteAllText($CsvPath")
					// the zip, next to the work folder in the output folder
					|| line.contains("$zipStream = New-Object IO.FileStream($zipPath");
			if (!checked) {
				found.add(lineNumber + ": file write outside the output folder's writers: " + line.strip());
			}
		}
		return found;
	}

	private static Set<String> functionNames(ParsedScript script) {
		Set<String> names = new java.util.HashSet<>();
		for (SyntaxNode function : script.find("function_statement")) {
			names.add(functionName(function));
		}
		return names;
	}

	private static String functionName(SyntaxNode function) {
		return function.find("function_name").get(0).text();
	}

	private static Optional<String> enclosingFunction(SyntaxNode node) {
		return node.ancestor("function_statement").map(ScriptRules::functionName);
	}
}
