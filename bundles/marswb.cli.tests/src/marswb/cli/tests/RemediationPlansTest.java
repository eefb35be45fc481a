package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import marswb.engine.RemediationPlan;
import marswb.engine.spi.RemediationStep;
import marswb.engine.WhatIfSession;
import marswb.engine.QuickFixDescriptor;
import marswb.model.server.Server;
import marswb.tests.support.SampleVariant;

/**
 * Every contributed quick-fix, applied where a sample (or a variant changed in exactly the value its check is
 * about) offers it, gives a step and a plan that meet {@link RemediationStandard}; a defect seeded into a copy of a
 * fix's script is caught.
 */
class RemediationPlansTest {

	/** One case per quick-fix: the bundle that offers it and the instance to apply. */
	record Case(String fix, String instance, UnaryOperator<SampleVariant> bundle) {
	}

	static final List<Case> CASES = List.of(
			new Case("scheduling.enable-task-trigger",
					"scheduling.enable-task-trigger@\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup", v -> v),
			new Case("scheduling.set-ignore-new",
					"scheduling.set-ignore-new@\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup-SystemStateBackup", v -> v),
			new Case("scheduling.set-execution-policy", "scheduling.set-execution-policy", v -> v),
			new Case("scheduling.add-module-path", "scheduling.add-module-path", v -> v),
			new Case("scheduling.run-as-system", "scheduling.run-as-system@\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup",
					v -> v.replace("tasks/Microsoft-OnlineBackup.xml", "<UserId>S-1-5-18</UserId>",
							"<UserId>CONTOSO\\svc-backup</UserId>")),
			new Case("cache.align-scratch-location", "cache.align-scratch-location", v -> v),
			new Case("cache.resize-shadow-storage", "cache.resize-shadow-storage@D", v -> v),
			new Case("registration.delete-windows-temp-tmp-files", "registration.delete-windows-temp-tmp-files", v -> v),
			new Case("registration.rename-computer-back", "registration.rename-computer-back@SRV-APP01", v -> v),
			new Case("connectivity.remove-stale-wininet-proxy",
					"connectivity.remove-stale-wininet-proxy@SYSTEM WinINet", v -> v),
			new Case("connectivity.set-agent-proxy-credentials", "connectivity.set-agent-proxy-credentials", v -> v),
			new Case("basics.enable-tls12", "basics.enable-tls12", v -> v),
			new Case("connectivity.add-defender-exclusions", "connectivity.add-defender-exclusions",
					v -> v.edit("system/defender.json",
							t -> t.replace("\"C:\\\\Program Files\\\\Microsoft Azure Recovery Services Agent\\\\Scratch\",", ""))),
			new Case("basics.start-obengine", "basics.start-obengine@obengine",
					v -> v.replace("system/services.csv", "\"obengine\",\"Microsoft Azure Recovery Services Agent\",\"Running\"",
							"\"obengine\",\"Microsoft Azure Recovery Services Agent\",\"Stopped\"")),
			new Case("restore.enable-iscsi-service", "restore.enable-iscsi-service",
					v -> v.replace("system/services.csv",
							"\"MSiSCSI\",\"Microsoft iSCSI Initiator Service\",\"Stopped\",\"Manual\"",
							"\"MSiSCSI\",\"Microsoft iSCSI Initiator Service\",\"Stopped\",\"Disabled\"")),
			new Case("jobs.exclude-unsupported-item", "jobs.exclude-unsupported-item@D:\\Shares",
					v -> v.replace("system/volumes.csv", "\"D\",\"Data\",\"NTFS\",\"Fixed\"", "\"D\",\"Data\",\"FAT32\",\"Fixed\"")));

	/** The sample each case starts from: the broken sample with its problem, else healthy changed by the case. */
	static String sample(Case c) {
		return switch (c.fix().substring(0, c.fix().indexOf('.'))) {
		case "scheduling" -> c.fix().equals("scheduling.run-as-system") ? "healthy" : "broken-scheduling";
		case "cache" -> "broken-cache-encryption";
		case "registration" -> "broken-registration-connectivity";
		case "connectivity" -> c.fix().equals("connectivity.add-defender-exclusions") ? "healthy"
				: "broken-registration-connectivity";
		case "basics" -> c.fix().equals("basics.enable-tls12") ? "broken-registration-connectivity" : "healthy";
		default -> "healthy";
		};
	}

	static Server read(Case c) {
		try (SampleVariant variant = c.bundle().apply(SampleVariant.of(sample(c)))) {
			return variant.read();
		}
	}

	/** The plan of one case: the fix applied alone. */
	static RemediationPlan plan(Case c) {
		WhatIfSession session = WhatIfSession.platform(read(c));
		session.apply(c.instance());
		return session.plan();
	}

	@Test
	void everyContributedQuickFixHasACase() {
		assertEquals(new TreeSet<>(QuickFixDescriptor.platform().stream().map(QuickFixDescriptor::id).toList()),
				new TreeSet<>(CASES.stream().map(Case::fix).toList()));
	}

	@Test
	void everyQuickFixMeetsTheStandard() {
		Map<String, List<String>> wrong = new LinkedHashMap<>();
		for (Case c : CASES) {
			RemediationPlan plan = plan(c);
			assertEquals(1, plan.steps().size(), c.instance());
			List<String> problems = new ArrayList<>(RemediationStandard.violations(plan.steps().get(0)));
			problems.addAll(RemediationStandard.planViolations(plan.script()));
			if (!problems.isEmpty()) {
				wrong.put(c.instance(), problems);
			}
		}
		assertEquals(Map.of(), wrong);
	}

	@Test
	void aDefectSeededIntoACopyOfAFixIsCaught() {
		RemediationPlan plan = plan(CASES.stream().filter(c -> c.fix().equals("cache.align-scratch-location")).findFirst()
				.orElseThrow());
		RemediationStep real = plan.steps().get(0);
		assertEquals(List.of(), RemediationStandard.violations(real));
		String script = real.script();
		Map<String, String> seeded = new LinkedHashMap<>();
		seeded.put("exit code not checked", script.replaceFirst("\\n\\s*Assert-ExitCode '& net.exe start obengine'", ""));
		seeded.put("without its type", script.replaceFirst(" -PropertyType String", ""));
		seeded.put("no guard", script.replaceAll("(?m)^if \\(-not .*\\n", ""));
		seeded.put("nothing is saved", script.replaceAll("(?m)^\\s*Backup-RegistryValue .*\\n", ""));
		seeded.put("nothing is read back", script.replaceAll("(?m)^\\s*if \\(-not \\((\\(Get-Item|Test-Path|\\(Get-Service).*\\n", ""));
		seeded.put("-WhatIf does more than print", script.replaceFirst("if \\(\\$WhatIf\\) \\{\\n",
				"if (\\$WhatIf) {\n    & net.exe stop obengine\n    Assert-ExitCode 'net stop'\n"));
		for (Map.Entry<String, String> defect : seeded.entrySet()) {
			assertFalse(defect.getValue().equals(script), "the defect was seeded: " + defect.getKey());
			List<String> found = RemediationStandard.violations(defect.getValue());
			assertTrue(found.stream().anyMatch(f -> f.contains(defect.getKey())), defect.getKey() + ": " + found);
		}
		String environmentApi = plan(CASES.stream().filter(c -> c.fix().equals("scheduling.add-module-path")).findFirst()
				.orElseThrow()).steps().get(0).script().replaceFirst("New-ItemProperty .*\\n",
						"[Environment]::SetEnvironmentVariable('PSModulePath', \\$new, 'Machine')\n");
		assertTrue(RemediationStandard.violations(environmentApi).stream()
				.anyMatch(f -> f.contains("environment API")), environmentApi);
	}

	static final String DEFAULT_SCRATCH = "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Scratch";

	@Test
	void theScratchFixGoesBackToTheFolderWithTheKeyNotToTheBrokenOne() {
		RemediationPlan plan = plan(CASES.stream().filter(c -> c.fix().equals("cache.align-scratch-location"))
				.findFirst().orElseThrow());
		String step = plan.steps().get(0).script();
		assertTrue(step.contains("$target = '" + DEFAULT_SCRATCH + "'"), step);
		assertFalse(step.contains("-Value 'E:\\MARSCache'") || step.contains("$target = 'E:"), step);
		assertTrue(step.contains("Test-Path -LiteralPath (Join-Path '" + DEFAULT_SCRATCH + "' 'OnlineBackup.KEK')"), step);
		assertTrue(step.contains("[IO.FileAttributes]'Compressed, Encrypted, SparseFile, ReparsePoint'"), step);
		assertTrue(step.contains("(Get-Volume -DriveLetter C).SizeRemaining -ge "), step);
		// both values, as strings, from the one $target the guards checked
		assertEquals(2, step.split("-Name 'ScratchLocation' -Value \\$target -PropertyType String -Force", -1).length - 1,
				step);
		assertTrue(step.contains("Keep E:\\MARSCache until an on-demand backup has succeeded"), step);
		assertFalse(step.contains("robocopy"), "nothing is copied: the cache is still in the old folder\n" + step);
	}

	/** broken-cache-encryption with E:\\MARSCache sound (plain folder, room on E:) but still without the key. */
	static Case halfMove() {
		return new Case("cache.align-scratch-location", "cache.align-scratch-location",
				v -> v.replace("agent/scratch-folder.csv", "Directory, Compressed", "Directory").replace(
						"system/volumes.csv", "\"21339566080\",\"536870912\"", "\"213395660800\",\"163395660800\""));
	}

	@Test
	void theScratchFixFinishesAHalfMoveWithTheArticlesProcedure() {
		RemediationPlan plan = plan(halfMove());
		String step = plan.steps().get(0).script();
		assertEquals(List.of(), RemediationStandard.violations(step));
		int stop = step.indexOf("& net.exe stop obengine");
		int unmount = step.indexOf("FileSystemLabel -like 'CBSSBVol_*'");
		int copy = step.indexOf("& robocopy.exe '" + DEFAULT_SCRATCH + "' $target /E /COPYALL");
		int config = step.indexOf("-Name 'ScratchLocation' -Value $target");
		int provider = step.indexOf("-Name 'ScratchLocation' -Value $target", config + 1);
		int start = step.indexOf("& net.exe start obengine", provider);
		assertTrue(0 < stop && stop < unmount && unmount < copy && copy < config && config < provider
				&& provider < start, step);
		assertTrue(step.contains("$target = 'E:\\MARSCache'"), step);
		assertTrue(step.contains("if ($LASTEXITCODE -ge 8)"), "robocopy's own exit codes: " + step);
		assertFalse(step.contains("Move-Item") || step.contains("Remove-Item"), "copy, never move: " + step);
		assertTrue(step.contains("Keep " + DEFAULT_SCRATCH + " until an on-demand backup has succeeded"), step);
	}

	@Test
	void theScratchFixRefusesWhenTheOldFolderHasNoRoomEither() {
		Case noRoom = new Case("cache.align-scratch-location", "cache.align-scratch-location",
				v -> v.replace("system/volumes.csv", "\"87512334336\"", "\"1073741824\""));
		WhatIfSession session = WhatIfSession.platform(read(noRoom));
		IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> session.apply("cache.align-scratch-location"));
		assertTrue(refused.getMessage().contains("E:\\MARSCache") && refused.getMessage().contains("1.1 GB"),
				refused.getMessage());
		assertEquals(0, session.plan().steps().size());
	}

	@Test
	void psModulePathKeepsExpandStringAndItsUnexpandedEntries() {
		String step = plan(CASES.stream().filter(c -> c.fix().equals("scheduling.add-module-path")).findFirst()
				.orElseThrow()).steps().get(0).script();
		assertTrue(step.contains(".GetValue('PSModulePath', $null, 'DoNotExpandEnvironmentNames')"), step);
		assertTrue(step.contains("$current -ceq '%ProgramFiles%\\WindowsPowerShell\\Modules;%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\Modules"), step);
		assertTrue(step.contains("-Name 'PSModulePath' -Value $new -PropertyType ExpandString -Force"), step);
		assertTrue(step.contains(".GetValueKind('PSModulePath') -eq 'ExpandString'"), "guard and verify the kind: " + step);
		assertTrue(step.contains("Backup-RegistryValue -Key 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment' -Name @('PSModulePath')"), step);
		assertFalse(step.contains("[Environment]::"), step);
	}

	@Test
	void thePlanEndsWithWhatNoStepAddresses() {
		WhatIfSession session = WhatIfSession.platform(read(CASES.get(0)));
		session.apply("scheduling.add-module-path");
		String script = session.plan().script();
		int unaddressed = script.indexOf("# Not addressed by this plan");
		assertTrue(unaddressed > script.lastIndexOf("} catch {"), script);
		assertTrue(script.indexOf("MSOnlineBackup.psd1", unaddressed) > 0 || script.indexOf("module", unaddressed) > 0,
				"the missing module file, which no fix addresses: " + script.substring(unaddressed));
	}

	@Test
	void textReportOpensWithRootCausesAndTheirSymptoms() {
		CliRun run = CliRun.of("analyze", RepoFiles.resolve("samples/broken-cache-encryption").toString(), "--lang",
				"en");
		List<String> lines = run.out().lines().toList();
		int roots = lines.indexOf(lines.stream().filter(l -> l.startsWith("Root causes (")).findFirst().orElseThrow());
		// before the root causes only the title, the summary and notes about it; no finding comes first
		assertTrue(lines.subList(0, roots).stream().noneMatch(l -> l.startsWith("  FAIL") || l.startsWith("  WARN")),
				run.out());
		assertTrue(lines.get(roots + 1).startsWith("  1. FAIL "), run.out());
		assertTrue(lines.subList(roots + 1, lines.size()).stream().takeWhile(l -> !l.isBlank())
				.anyMatch(l -> l.startsWith("       -> ")), run.out());
	}

	/**
	 * The command line's plan for broken-cache-encryption with both cache fixes, kept in target/ for reading: causes
	 * first, every step to the standard, and the problems left to the administrator at the end.
	 */
	@Test
	void brokenCacheEncryptionPlanFromTheCommandLine() throws Exception {
		Path file = Path.of("target", "broken-cache-encryption-plan.ps1").toAbsolutePath();
		CliRun run = CliRun.of("analyze", RepoFiles.resolve("samples/broken-cache-encryption").toString(), "--lang", "en",
				"--fix", "cache.align-scratch-location", "--fix", "cache.resize-shadow-storage@D", "--plan",
				file.toString());
		assertEquals(1, run.exitCode(), run.err());
		String plan = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).substring(1).replace("\r\n", "\n");
		assertEquals(List.of(), RemediationStandard.planViolations(plan));
		assertTrue(plan.indexOf("# Step 1: cache.align-scratch-location") > 0
				&& plan.indexOf("# Step 2: cache.resize-shadow-storage@D") > 0, plan);
		String rest = plan.substring(plan.indexOf("# Not addressed by this plan"));
		assertTrue(rest.contains("FAIL  ") && rest.contains("which step 1 fixes"), rest);
	}
}
