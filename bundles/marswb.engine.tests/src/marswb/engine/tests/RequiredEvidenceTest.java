package marswb.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import marswb.engine.Analyzer;
import marswb.engine.CheckDescriptor;
import marswb.engine.spi.Check;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

/** The engine, not the check, answers UNKNOWN when evidence a check declares as required cannot be used. */
class RequiredEvidenceTest {

	private static CheckDescriptor requiring(String... artifacts) {
		return new CheckDescriptor("test.requires", "test", "basic-troubleshooting", List.of(), null, Severity.HIGH,
				"requires", List.of(artifacts), List.of(artifacts), "marswb.engine.tests");
	}

	private static List<Finding> run(CheckDescriptor descriptor, Server server, AtomicBoolean ran) {
		Check check = context -> {
			ran.set(true);
			context.finding(Outcome.PASS).message("ran").add();
		};
		return Analyzer.of(Map.of(descriptor, check), Duration.ofSeconds(5)).analyze(server).diagnosis()
				.getFindings();
	}

	private static Server with(String path, ArtifactStatus status) {
		Server server = AnalyzerTest.server();
		Artifact artifact = ServerFactory.eINSTANCE.createArtifact();
		artifact.setPath(path);
		artifact.setStatus(status);
		artifact.setCommand("vssadmin list writers");
		artifact.setMessage("access denied");
		server.getArtifacts().add(artifact);
		return server;
	}

	@ParameterizedTest
	@CsvSource({ "missing, 'not in the bundle'", "failed, 'failed (access denied)'",
			"unreadable, 'unreadable (access denied)'" })
	void anUnusableRequiredArtifactIsUnknownAndTheCheckDoesNotRun(String status, String state) {
		AtomicBoolean ran = new AtomicBoolean();
		List<Finding> findings = run(requiring("system/writers.txt"), with("system/writers.txt",
				ArtifactStatus.get(status)), ran);
		assertFalse(ran.get());
		assertEquals(1, findings.size());
		Finding finding = findings.get(0);
		assertEquals(Outcome.UNKNOWN, finding.getOutcome());
		assertEquals("Cannot decide: the evidence system/writers.txt is " + state + ".", finding.getMessage());
		assertEquals("system/writers.txt", finding.getEvidence().get(0).getArtifact());
		assertEquals(status, finding.getEvidence().get(0).getValue());
	}

	@Test
	void anArtifactAbsentFromTheBundleIsNamedAsMissing() {
		AtomicBoolean ran = new AtomicBoolean();
		List<Finding> findings = run(requiring("tasks/*.xml"), AnalyzerTest.server(), ran);
		assertFalse(ran.get());
		assertEquals(Outcome.UNKNOWN, findings.get(0).getOutcome());
		assertEquals("Cannot decide: the evidence tasks/*.xml is not in the bundle.", findings.get(0).getMessage());
	}

	@Test
	void theFirstUnusableRequiredArtifactInDeclaredOrderIsNamed() {
		AtomicBoolean ran = new AtomicBoolean();
		List<Finding> findings = run(requiring("manifest.json", "agent/jobs.json", "system/psversion.txt"),
				AnalyzerTest.server(), ran);
		assertFalse(ran.get());
		assertEquals(1, findings.size());
		assertTrue(findings.get(0).getMessage().contains("agent/jobs.json"), findings.get(0).getMessage());
		assertTrue(findings.get(0).getRecommendation().contains("Get-OBJob -Previous 100"),
				findings.get(0).getRecommendation());
	}

	@ParameterizedTest
	@CsvSource({ "ok", "partial" })
	void aUsableRequiredArtifactLetsTheCheckRun(String status) {
		AtomicBoolean ran = new AtomicBoolean();
		List<Finding> findings = run(requiring("system/writers.txt"), with("system/writers.txt",
				ArtifactStatus.get(status)), ran);
		assertTrue(ran.get());
		assertEquals(Outcome.PASS, findings.get(0).getOutcome());
	}

	@Test
	void evidenceThatIsNotRequiredLeavesTheDecisionToTheCheck() {
		AtomicBoolean ran = new AtomicBoolean();
		CheckDescriptor optional = new CheckDescriptor("test.optional", "test", "basic-troubleshooting", List.of(),
				null, Severity.HIGH, "optional", List.of("system/writers.txt"), "marswb.engine.tests");
		run(optional, AnalyzerTest.server(), ran);
		assertTrue(ran.get());
	}
}
