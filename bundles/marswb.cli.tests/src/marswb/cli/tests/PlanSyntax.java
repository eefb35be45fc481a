package marswb.cli.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import marswb.tests.support.powershell.Command;
import marswb.tests.support.powershell.ParsedScript;
import marswb.tests.support.powershell.PowerShellSyntax;
import marswb.tests.support.powershell.SyntaxNode;

/**
 * The remediation standard read from a plan's parse tree (the PowerShell grammar of the parse harness) rather than
 * from its text: what counts is what PowerShell would run, so strings that hold undo.ps1's lines, comments and
 * messages cannot fake or hide a command. Returns what is wrong, so that a seeded defect can be shown to be caught.
 */
final class PlanSyntax {

	/** Commands that change the server (a step's first one must come after a backup). */
	private static final Pattern CHANGING = Pattern.compile(
			"(?i)(Set|New|Remove|Add|Enable|Disable|Start|Stop|Rename|Move|Register|Dismount)-\\w+|net\\.exe|robocopy\\.exe");
	private static final Set<String> BACKUPS = Set.of("Backup-RegistryValue", "Backup-Task", "Backup-Service",
			"Save-Backup");
	/** Changing commands a step may run on its own backup folder or output, not on the server. */
	private static final Set<String> HARMLESS = Set.of("Add-Undo", "Set-Content", "New-Item");
	private static final Pattern NATIVE = Pattern.compile("(?i)[\\w.-]+\\.exe|net|reg|vssadmin|robocopy|sc|netsh|mountvol");

	private PlanSyntax() {
	}

	static ParsedScript parse(String plan) {
		return PowerShellSyntax.parse(plan);
	}

	/** Everything the plan's tree shows against the standard; empty when it meets it. */
	static List<String> violations(ParsedScript plan) {
		List<String> wrong = new ArrayList<>();
		plan.errors().forEach(e -> wrong.add("parse error: " + e));
		SyntaxNode root = plan.root();
		boolean whatIfSwitch = root.namedChildren().stream().filter(n -> n.type().equals("param_block"))
				.flatMap(p -> p.find("script_parameter").stream())
				.anyMatch(p -> p.text().replaceAll("\\s", "").equalsIgnoreCase("[switch]$WhatIf"));
		if (!whatIfSwitch) {
			wrong.add("no [switch]$WhatIf parameter");
		}
		SyntaxNode top = root.namedChildren().stream().filter(n -> n.type().equals("statement_list")).findFirst()
				.orElse(root);
		if (top.namedChildren().stream().noneMatch(n -> n.text().replaceAll("\\s", "")
				.equalsIgnoreCase("$ErrorActionPreference='Stop'"))) {
			wrong.add("$ErrorActionPreference is not 'Stop' at the top of the plan");
		}
		for (SyntaxNode member : plan.find("member_name")) {
			if (member.text().matches("(?i)(Set|Get)EnvironmentVariable")) {
				wrong.add(".NET's environment API: line " + member.line());
			}
		}
		for (Command command : plan.commands()) {
			if (command.bareName().matches("(?i)New-ItemProperty|Set-ItemProperty")
					&& command.arguments().stream().noneMatch(a -> a.matches("(?i)-(PropertyType|Type)"))) {
				wrong.add("registry value written without its type: line " + command.line());
			}
			if (isNative(command) && !checkedAfter(command.node())) {
				wrong.add("exit code not checked after: " + command);
			}
		}
		List<SyntaxNode> steps = top.namedChildren().stream().filter(n -> n.type().equals("try_statement")).toList();
		if (steps.isEmpty()) {
			wrong.add("no step");
		}
		for (int i = 0; i < steps.size(); i++) {
			step(i + 1, steps.get(i), wrong);
		}
		return wrong;
	}

	private static void step(int number, SyntaxNode step, List<String> wrong) {
		String name = "step " + number + ": ";
		List<SyntaxNode> statements = statements(step.namedChildren().get(0));
		int whatIf = -1;
		for (int i = 0; i < statements.size() && whatIf < 0; i++) {
			if (statements.get(i).type().equals("if_statement") && condition(statements.get(i)).equals("$WhatIf")) {
				whatIf = i;
			}
		}
		if (whatIf < 0) {
			wrong.add(name + "no if ($WhatIf) branch");
			return;
		}
		List<SyntaxNode> guards = statements.subList(0, whatIf);
		if (guards.stream().noneMatch(PlanSyntax::throwsUnlessTrue)) {
			wrong.add(name + "no guard that stops with a message before the change");
		}
		guards.forEach(g -> commands(g).stream().filter(PlanSyntax::changes)
				.forEach(c -> wrong.add(name + "the guard changes something: " + c.text())));
		SyntaxNode branch = statements.get(whatIf);
		SyntaxNode dryRun = branch.namedChildren().stream().filter(n -> n.type().equals("statement_block")).findFirst()
				.orElseThrow();
		commands(dryRun).stream().filter(c -> !name(c).equalsIgnoreCase("Write-Host"))
				.forEach(c -> wrong.add(name + "-WhatIf does more than print: " + c.text()));
		Optional<SyntaxNode> orElse = branch.child("else_clause");
		if (orElse.isEmpty()) {
			wrong.add(name + "nothing runs without -WhatIf");
			return;
		}
		List<SyntaxNode> body = statements(orElse.get().namedChildren().get(0));
		int backup = first(body, s -> commands(s).stream().anyMatch(c -> BACKUPS.contains(name(c))));
		int change = first(body, s -> commands(s).stream().anyMatch(PlanSyntax::changes));
		if (backup < 0 || change < 0 || backup > change) {
			wrong.add(name + "nothing is saved before the change");
		}
		int lastChange = -1;
		for (int i = 0; i < body.size(); i++) {
			if (commands(body.get(i)).stream().anyMatch(PlanSyntax::changes)) {
				lastChange = i;
			}
		}
		boolean verified = false;
		for (int i = lastChange + 1; i < body.size() && lastChange >= 0; i++) {
			verified |= throwsUnlessTrue(body.get(i));
		}
		if (!verified) {
			wrong.add(name + "nothing is read back after the change");
		}
		List<SyntaxNode> tail = statements.subList(whatIf + 1, statements.size());
		if (tail.stream().noneMatch(s -> s.text().matches("(?s).*Write-Host 'Step " + number + ": [^']+'.*"))) {
			wrong.add(name + "does not say done");
		}
		boolean failedAndStops = step.find("catch_clause").stream().anyMatch(c -> c.text().contains("Write-Host")
				&& c.find("flow_control_statement").stream().anyMatch(f -> f.text().startsWith("exit")));
		if (!failedAndStops) {
			wrong.add(name + "its catch does not say failed and stop the plan");
		}
	}

	/** {@code if (-not (...)) { throw ... }}: stops with a message unless a condition holds. */
	private static boolean throwsUnlessTrue(SyntaxNode statement) {
		return statement.type().equals("if_statement") && condition(statement).startsWith("-not")
				&& statement.find("flow_control_statement").stream().anyMatch(f -> f.text().startsWith("throw"));
	}

	/** The statement after a native command's statement must look at its exit code. */
	private static boolean checkedAfter(SyntaxNode command) {
		SyntaxNode statement = command;
		while (statement.parent() != null && !statement.parent().type().equals("statement_list")) {
			statement = statement.parent();
		}
		List<SyntaxNode> siblings = statement.parent() == null ? List.of() : statement.parent().namedChildren();
		int at = siblings.indexOf(statement);
		if (at < 0 || at + 1 >= siblings.size()) {
			return false;
		}
		SyntaxNode next = siblings.get(at + 1);
		return commands(next).stream().anyMatch(c -> name(c).equals("Assert-ExitCode"))
				|| next.type().equals("if_statement") && condition(next).contains("$LASTEXITCODE");
	}

	private static boolean isNative(Command command) {
		return NATIVE.matcher(command.bareName()).matches();
	}

	private static boolean changes(SyntaxNode command) {
		String name = name(command);
		if (name.equalsIgnoreCase("vssadmin.exe")) {
			return command.text().contains(" resize ");
		}
		return CHANGING.matcher(name).matches() && !HARMLESS.contains(name);
	}

	private static String condition(SyntaxNode ifStatement) {
		return ifStatement.child("condition").map(SyntaxNode::text).orElse("").strip();
	}

	private static String name(SyntaxNode command) {
		String name = command.child("command_name").map(SyntaxNode::text).orElse("");
		return name.replaceAll("^['\"]|['\"]$", "");
	}

	/** The commands a statement runs, in any block within it. */
	private static List<SyntaxNode> commands(SyntaxNode statement) {
		List<SyntaxNode> commands = new ArrayList<>(statement.find("command"));
		if (statement.type().equals("command")) {
			commands.add(0, statement);
		}
		return commands;
	}

	/** The statements of a block. */
	private static List<SyntaxNode> statements(SyntaxNode block) {
		return block.namedChildren().stream().filter(n -> n.type().equals("statement_list")).findFirst()
				.map(SyntaxNode::namedChildren).orElse(List.of()).stream().filter(n -> !n.type().equals("comment"))
				.toList();
	}

	private static int first(List<SyntaxNode> statements, Predicate<SyntaxNode> test) {
		for (int i = 0; i < statements.size(); i++) {
			if (test.test(statements.get(i))) {
				return i;
			}
		}
		return -1;
	}
}
