package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import marswb.engine.WhatIfSession;
import marswb.tests.support.powershell.Command;
import marswb.tests.support.powershell.ParsedScript;

/**
 * Every generated plan parsed with a real PowerShell grammar (the parse harness of marswb.tests.support): no parse
 * error, and the standard read from the tree ({@link PlanSyntax}); a defect seeded into a copy of a plan is caught.
 */
class RemediationSyntaxTest {

	@Test
	void everyQuickFixsPlanParsesAndMeetsTheStandardInItsTree() {
		Map<String, List<String>> wrong = new LinkedHashMap<>();
		for (RemediationPlansTest.Case c : RemediationPlansTest.CASES) {
			List<String> problems = PlanSyntax.violations(PlanSyntax.parse(RemediationPlansTest.plan(c).script()));
			if (!problems.isEmpty()) {
				wrong.put(c.instance(), problems);
			}
		}
		assertEquals(Map.of(), wrong);
	}

	@Test
	void aPlanOfSeveralStepsAndTheHalfMoveParseToo() {
		WhatIfSession session = WhatIfSession.platform(RemediationPlansTest.read(RemediationPlansTest.CASES.get(0)));
		for (String fix : List.of("scheduling.set-execution-policy", "scheduling.add-module-path",
				"scheduling.enable-task-trigger@\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup")) {
			session.apply(fix);
		}
		ParsedScript three = PlanSyntax.parse(session.plan().script());
		assertEquals(List.of(), PlanSyntax.violations(three));
		assertEquals(3, three.root().find("try_statement").size());
		ParsedScript move = PlanSyntax.parse(RemediationPlansTest.plan(RemediationPlansTest.halfMove()).script());
		assertEquals(List.of(), PlanSyntax.violations(move));
		List<String> order = move.commands().stream().map(Command::bareName)
				.filter(n -> n.matches("net\\.exe|Dismount-DiskImage|robocopy\\.exe|New-ItemProperty")).toList();
		// the article's order: stop obengine, unmount CBSSBVol_*, copy, set both values, start obengine
		assertEquals(List.of("net.exe", "Dismount-DiskImage", "robocopy.exe", "New-ItemProperty", "New-ItemProperty",
				"net.exe"), order);
	}

	@Test
	void psModulePathIsWrittenAsExpandStringInTheTree() {
		ParsedScript plan = PlanSyntax.parse(RemediationPlansTest.plan(RemediationPlansTest.CASES.stream()
				.filter(c -> c.fix().equals("scheduling.add-module-path")).findFirst().orElseThrow()).script());
		List<Command> writes = plan.commands().stream().filter(c -> c.bareName().equals("New-ItemProperty")).toList();
		assertEquals(1, writes.size(), writes.toString());
		List<String> arguments = writes.get(0).arguments();
		assertEquals("ExpandString", arguments.get(arguments.indexOf("-PropertyType") + 1), arguments.toString());
		assertEquals("'PSModulePath'", arguments.get(arguments.indexOf("-Name") + 1), arguments.toString());
		assertTrue(plan.find("member_name").stream().filter(m -> m.text().equals("GetValue"))
				.allMatch(m -> m.parent().text().contains("'DoNotExpandEnvironmentNames'")), plan.source());
	}

	@Test
	void defectsSeededIntoACopyOfAPlanAreCaught() {
		String plan = RemediationPlansTest.plan(RemediationPlansTest.CASES.stream()
				.filter(c -> c.fix().equals("cache.align-scratch-location")).findFirst().orElseThrow()).script();
		assertEquals(List.of(), PlanSyntax.violations(PlanSyntax.parse(plan)));
		Map<String, String> seeded = new LinkedHashMap<>();
		seeded.put("exit code not checked", plan.replaceFirst("\\n\\s*Assert-ExitCode '& net.exe start obengine'", ""));
		seeded.put("without its type", plan.replaceFirst(" -PropertyType String", ""));
		seeded.put("environment API", plan.replaceFirst("(?m)^(\\s*)New-ItemProperty .*$",
				"$1[Environment]::SetEnvironmentVariable('ScratchLocation', \\$target, 'Machine')"));
		seeded.put("no guard", plan.replaceAll("(?m)^    if \\(-not .*\\n", ""));
		seeded.put("nothing is saved", plan.replaceAll("(?m)^\\s*Backup-RegistryValue -Key 'HKEY.*\\n", ""));
		seeded.put("nothing is read back", plan.replaceAll("(?m)^        if \\(-not .*\\n", ""));
		seeded.put("-WhatIf does more than print", plan.replaceFirst("(?m)^(\\s*)Write-Host '  WhatIf: net stop obengine'",
				"$1& net.exe stop obengine\n$1Assert-ExitCode 'net stop'"));
		seeded.put("parse error", plan.replaceFirst("\\} catch \\{", "} catch {{"));
		seeded.put("$ErrorActionPreference", plan.replace("$ErrorActionPreference = 'Stop'", "$ErrorActionPreference = 'Continue'"));
		seeded.put("[switch]$WhatIf", plan.replace("[switch]$WhatIf", "[string]$WhatIf"));
		List<String> missed = new ArrayList<>();
		for (Map.Entry<String, String> defect : seeded.entrySet()) {
			assertNotEquals(plan, defect.getValue(), "the defect was seeded: " + defect.getKey());
			List<String> found = PlanSyntax.violations(PlanSyntax.parse(defect.getValue()));
			if (found.stream().noneMatch(f -> f.contains(defect.getKey()))) {
				missed.add(defect.getKey() + " -> " + found);
			}
		}
		assertEquals(List.of(), missed);
	}
}
