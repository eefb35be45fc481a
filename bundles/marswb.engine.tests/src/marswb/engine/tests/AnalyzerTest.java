package marswb.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import marswb.engine.Analyzer;
import marswb.engine.spi.Check;
import marswb.engine.CheckDescriptor;
import marswb.engine.MissingEvidence;
import marswb.engine.Outcomes;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;
import marswb.model.provenance.Provenance;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

class AnalyzerTest {

	static CheckDescriptor descriptor(String id, Severity severity) {
		return new CheckDescriptor(id, "test", "basic-troubleshooting", List.of(), null, severity, id, List.of(),
				"marswb.engine.tests");
	}

	static Server server() {
		Server server = ServerFactory.eINSTANCE.createServer();
		Artifact manifest = ServerFactory.eINSTANCE.createArtifact();
		manifest.setPath("manifest.json");
		manifest.setStatus(ArtifactStatus.OK);
		server.getArtifacts().add(manifest);
		Provenance.set(server, Literals.SERVER__HOST_NAME, "SRV", "manifest.json", 4, "\"SRV\"");
		Artifact missing = ServerFactory.eINSTANCE.createArtifact();
		missing.setPath("system/psversion.txt");
		missing.setStatus(ArtifactStatus.MISSING);
		server.getArtifacts().add(missing);
		Artifact failed = ServerFactory.eINSTANCE.createArtifact();
		failed.setPath("agent/jobs.json");
		failed.setStatus(ArtifactStatus.FAILED);
		failed.setCommand("Get-OBJob -Previous 100");
		failed.setMessage("collector reported failed: The term 'Get-OBJob' is not recognized");
		server.getArtifacts().add(failed);
		return server;
	}

	@Test
	void aPassCarriesTheNeutralTitleAndAProblemTheProblemsTitle() {
		CheckDescriptor obengine = new CheckDescriptor("test.obengine", "test", "basic-troubleshooting", List.of(),
				null, Severity.HIGH, "Agent service obengine not running", List.of(), "marswb.engine.tests",
				"Agent service obengine running");
		Map<CheckDescriptor, Check> checks = new LinkedHashMap<>();
		checks.put(obengine, context -> {
			context.finding(Outcome.FAIL).subject("a").message("stopped").add();
			context.finding(Outcome.PASS).subject("b").message("running").add();
			context.finding(Outcome.UNKNOWN).subject("c").message("no service list").add();
			context.finding(Outcome.NOT_APPLICABLE).subject("d").message("no agent").add();
		});
		List<String> titles = Analyzer.of(checks, Duration.ofSeconds(5)).analyze(server()).diagnosis().getFindings()
				.stream().map(f -> f.getOutcome() + " " + f.getTitle()).toList();
		assertEquals(List.of("FAIL Agent service obengine not running", "UNKNOWN Agent service obengine not running",
				"PASS Agent service obengine running", "NOT_APPLICABLE Agent service obengine running"), titles);
	}

	@Test
	void aThrowingCheckBecomesAnErrorAndTheOthersStillRun() {
		Map<CheckDescriptor, Check> checks = new LinkedHashMap<>();
		checks.put(descriptor("test.throws", Severity.HIGH), context -> {
			throw new IllegalStateException("boom");
		});
		checks.put(descriptor("test.passes", Severity.LOW), context -> context.finding(Outcome.PASS).message("ok").add());
		List<Finding> findings = Analyzer.of(checks, Duration.ofSeconds(5)).analyze(server()).diagnosis().getFindings();
		assertEquals(2, findings.size());
		assertEquals(Outcome.ERROR, findings.get(0).getOutcome());
		assertTrue(findings.get(0).getMessage().contains("boom"), findings.get(0).getMessage());
		assertEquals(Outcome.PASS, findings.get(1).getOutcome());
	}

	@Test
	void aHangingCheckIsStoppedAtItsTimeBound() {
		Map<CheckDescriptor, Check> checks = new LinkedHashMap<>();
		checks.put(descriptor("test.hangs", Severity.HIGH), context -> {
			while (true) {
				// ignores interrupts on purpose
				Thread.onSpinWait();
			}
		});
		checks.put(descriptor("test.passes", Severity.LOW), context -> context.finding(Outcome.PASS).message("ok").add());
		long start = System.nanoTime();
		Analyzer.Result result = Analyzer.of(checks, Duration.ofMillis(500)).analyze(server());
		long elapsedMs = (System.nanoTime() - start) / 1_000_000;
		assertTrue(elapsedMs < 5_000, "the run must not wait for the hanging check: " + elapsedMs + " ms");
		Finding error = result.diagnosis().getFindings().get(0);
		assertEquals("test.hangs", error.getCheck());
		assertEquals(Outcome.ERROR, error.getOutcome());
		assertEquals(2, result.timings().size());
	}

	@Test
	void aCheckThatConcludesNothingIsAnErrorNeverASilentPass() {
		Map<CheckDescriptor, Check> checks = Map.of(descriptor("test.silent", Severity.LOW), context -> {
		});
		Finding finding = Analyzer.of(checks, Duration.ofSeconds(5)).analyze(server()).diagnosis().getFindings().get(0);
		assertEquals(Outcome.ERROR, finding.getOutcome());
	}

	@Test
	void unknownNamesTheArtifactAndWhyAndHowToCollectIt() {
		Map<CheckDescriptor, Check> checks = new LinkedHashMap<>();
		checks.put(descriptor("test.needs-psversion", Severity.HIGH), c -> c.unknown("system/psversion.txt").add());
		checks.put(descriptor("test.needs-jobs", Severity.HIGH), c -> c.unknown("agent/jobs.json").add());
		List<Finding> findings = Analyzer.of(checks, Duration.ofSeconds(5)).analyze(server()).diagnosis().getFindings();
		Finding jobs = findings.stream().filter(f -> f.getCheck().equals("test.needs-jobs")).findFirst().orElseThrow();
		assertEquals(Outcome.UNKNOWN, jobs.getOutcome());
		assertTrue(jobs.getMessage().contains("agent/jobs.json") && jobs.getMessage().contains("failed"), jobs.getMessage());
		assertTrue(jobs.getRecommendation().contains("Get-OBJob -Previous 100"), jobs.getRecommendation());
		Finding ps = findings.stream().filter(f -> f.getCheck().equals("test.needs-psversion")).findFirst().orElseThrow();
		assertTrue(ps.getMessage().contains("system/psversion.txt"), ps.getMessage());
	}

	@Test
	void notApplicableSortsAfterPassIsQuietAndNeverCountsAsMissingEvidence() {
		Map<CheckDescriptor, Check> checks = new LinkedHashMap<>();
		checks.put(descriptor("test.a-not-applicable", Severity.HIGH),
				c -> c.notApplicable("The bundle has no vault credentials file.").add());
		checks.put(descriptor("test.b-pass", Severity.HIGH), c -> c.finding(Outcome.PASS).message("p").add());
		checks.put(descriptor("test.c-needs-jobs", Severity.HIGH), c -> c.unknown("agent/jobs.json").add());
		checks.put(descriptor("test.d-needs-nothing-listed", Severity.HIGH), c -> c.unknown("tasks/*.xml").add());
		checks.put(descriptor("test.e-unknown-with-evidence", Severity.HIGH), c -> c.finding(Outcome.UNKNOWN)
				.message("state 7").evidence(c.server(), Literals.SERVER__HOST_NAME).add());
		checks.put(descriptor("test.f-read-but-lacking", Severity.HIGH), c -> c.unknown("manifest.json")
				.message("the manifest has no collection time").add());
		List<Finding> findings = Analyzer.of(checks, Duration.ofSeconds(5)).analyze(server()).diagnosis().getFindings();
		assertEquals(List.of("test.c-needs-jobs", "test.d-needs-nothing-listed", "test.e-unknown-with-evidence",
				"test.f-read-but-lacking", "test.b-pass", "test.a-not-applicable"),
				findings.stream().map(Finding::getCheck).toList());
		Finding notApplicable = findings.get(5);
		assertEquals(Outcome.NOT_APPLICABLE, notApplicable.getOutcome());
		assertEquals("The bundle has no vault credentials file.", notApplicable.getMessage());
		assertEquals(Severity.LOW, notApplicable.getSeverity(), "nothing to judge is no problem of any severity");
		assertFalse(Outcomes.isProblem(Outcome.NOT_APPLICABLE));
		assertEquals(Optional.empty(), MissingEvidence.artifact(notApplicable));
		assertEquals(Optional.of("agent/jobs.json"), MissingEvidence.artifact(findings.get(0)));
		assertEquals(Optional.of("tasks/*.xml"), MissingEvidence.artifact(findings.get(1)),
				"an artifact the bundle does not even list is named as asked");
		assertEquals(Optional.empty(), MissingEvidence.artifact(findings.get(2)), "evidence found, conclusion not");
		assertEquals(Optional.empty(), MissingEvidence.artifact(findings.get(3)), "read completely, value lacking");
	}

	@Test
	void evidenceOfARegHexValueIsTheTextItEncodes() {
		Server server = server();
		var powerShell = ServerFactory.eINSTANCE.createPowerShellInfo();
		server.setPowerShell(powerShell);
		Provenance.set(powerShell, Literals.POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH, "%ProgramFiles%\\Modules",
				"system/environment.reg", 27, "hex(2):25,00,50,00,72,00,6f,00,67,00,72,00,61,00,6d,00,46,00,69,\\");
		Map<CheckDescriptor, Check> checks = Map.of(descriptor("test.path", Severity.HIGH), c -> c.finding(Outcome.FAIL)
				.message("f").evidence(c.server().getPowerShell(), Literals.POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH).add());
		var evidence = Analyzer.of(checks, Duration.ofSeconds(5)).analyze(server).diagnosis().getFindings().get(0)
				.getEvidence().get(0);
		assertEquals("system/environment.reg", evidence.getArtifact());
		assertEquals(27, evidence.getLine());
		assertEquals("%ProgramFiles%\\Modules", evidence.getValue());
	}

	@Test
	void findingsComeWorstFirstAndEvidenceCarriesItsLine() {
		Map<CheckDescriptor, Check> checks = new LinkedHashMap<>();
		checks.put(descriptor("test.a-pass", Severity.HIGH), c -> c.finding(Outcome.PASS).message("p").add());
		checks.put(descriptor("test.b-warn", Severity.LOW), c -> c.finding(Outcome.WARN).message("w").add());
		checks.put(descriptor("test.c-fail-low", Severity.LOW), c -> c.finding(Outcome.FAIL).message("f").add());
		checks.put(descriptor("test.d-fail-high", Severity.HIGH), c -> c.finding(Outcome.FAIL).message("f")
				.evidence(c.server(), Literals.SERVER__HOST_NAME).add());
		List<Finding> findings = Analyzer.of(checks, Duration.ofSeconds(5)).analyze(server()).diagnosis().getFindings();
		assertEquals(List.of("test.d-fail-high", "test.c-fail-low", "test.b-warn", "test.a-pass"),
				findings.stream().map(Finding::getCheck).toList());
		var evidence = findings.get(0).getEvidence().get(0);
		assertEquals("manifest.json", evidence.getArtifact());
		assertEquals(4, evidence.getLine());
		assertEquals("\"SRV\"", evidence.getValue());
	}

	@Test
	void causesAreLinkedToTheFailingFindingsOfTheNamedChecks() {
		Map<CheckDescriptor, Check> checks = new LinkedHashMap<>();
		checks.put(descriptor("test.cause", Severity.HIGH), c -> c.finding(Outcome.FAIL).message("cause").add());
		checks.put(descriptor("test.effect", Severity.HIGH),
				c -> c.finding(Outcome.FAIL).message("effect").causedBy("test.cause").add());
		List<Finding> findings = Analyzer.of(checks, Duration.ofSeconds(5)).analyze(server()).diagnosis().getFindings();
		Finding effect = findings.stream().filter(f -> f.getCheck().equals("test.effect")).findFirst().orElseThrow();
		assertEquals(1, effect.getCauses().size());
		assertEquals("test.cause", effect.getCauses().get(0).getCheck());
	}

	@Test
	void aSymptomOffersItsRootCausesFixFirst() {
		Map<CheckDescriptor, Check> checks = new LinkedHashMap<>();
		checks.put(descriptor("test.cause", Severity.HIGH),
				c -> c.finding(Outcome.FAIL).message("cause").quickFix("test.fix-cause").add());
		checks.put(descriptor("test.effect", Severity.HIGH), c -> c.finding(Outcome.FAIL).message("effect")
				.quickFix("test.fix-effect").causedBy("test.cause").add());
		List<Finding> findings = Analyzer.of(checks, Duration.ofSeconds(5)).analyze(server()).diagnosis().getFindings();
		Finding cause = findings.stream().filter(f -> f.getCheck().equals("test.cause")).findFirst().orElseThrow();
		Finding effect = findings.stream().filter(f -> f.getCheck().equals("test.effect")).findFirst().orElseThrow();
		assertEquals(List.of("test.fix-cause"), cause.getQuickFixes());
		assertEquals(List.of("test.fix-cause", "test.fix-effect"), effect.getQuickFixes());
	}

	@Test
	void aCheckFromAnotherBundleIsPickedUpFromTheExtensionRegistry() {
		Analyzer analyzer = Analyzer.platform();
		assertTrue(analyzer.descriptors().stream().anyMatch(d -> d.id().equals("thirdparty.host-name-present")));
		List<Finding> findings = analyzer.analyze(server(), d -> d.area().equals("thirdparty")).diagnosis()
				.getFindings();
		assertEquals(1, findings.size());
		assertEquals(Outcome.PASS, findings.get(0).getOutcome());
	}
}
