package marswb.report;

import java.util.Date;
import java.util.List;

import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.DiagnosisFactory;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;
import marswb.model.server.Agent;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.ErrorCodeCount;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.Job;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

/**
 * A server and diagnosis built by hand whose values from "the bundle" are hostile: markup in the host name, an
 * artifact path, a job state, an error code and evidence, so the reports must escape them to show them.
 */
final class Fixtures {

	static final String HOSTILE = "<script>alert('x')</script>";
	static final String HOSTILE_ATTRIBUTE = "\"><img src=x onerror=alert(1)>";

	private Fixtures() {
	}

	static Server server() {
		ServerFactory factory = ServerFactory.eINSTANCE;
		Server server = factory.createServer();
		server.setHostName("SRV" + HOSTILE);
		server.setBundleName("bundle" + HOSTILE_ATTRIBUTE + ".zip");
		server.setCollectedAtUtc(new Date(1_795_000_000_000L));
		Agent agent = factory.createAgent();
		agent.setVersion("2.0.9" + HOSTILE);
		server.setAgent(agent);
		server.getArtifacts().add(artifact("agent/jobs.json", ArtifactStatus.OK, null));
		server.getArtifacts().add(artifact("agent/logs" + HOSTILE_ATTRIBUTE, ArtifactStatus.PARTIAL, "line 3 " + HOSTILE));
		server.getArtifacts().add(artifact("network/connectivity.csv", ArtifactStatus.MISSING, null));
		for (int day = 0; day < 5; day++) {
			Job job = factory.createJob();
			job.setJobType("Backup");
			job.setJobState(day == 4 ? "Failed" + HOSTILE : "Completed");
			job.setStartTime(new Date(1_794_600_000_000L + day * 86_400_000L));
			job.setEndTime(new Date(1_794_600_000_000L + day * 86_400_000L + (day + 1) * 600_000L));
			if (day == 4) {
				job.setErrorCode("0x8007" + HOSTILE);
			}
			server.getJobs().add(job);
		}
		FailedFilesSummary failed = factory.createFailedFilesSummary();
		failed.getCodes().add(code("0x80070005", 40));
		failed.getCodes().add(code("0x80070002" + HOSTILE, 7));
		server.setFailedFiles(failed);
		return server;
	}

	/** A root cause FAIL that explains a WARN, an UNKNOWN waiting for an artifact, a NOT_APPLICABLE and a PASS. */
	static Diagnosis diagnosis() {
		Diagnosis diagnosis = DiagnosisFactory.eINSTANCE.createDiagnosis();
		Finding root = finding("connectivity.proxy", "connectivity", Outcome.FAIL, Severity.CRITICAL,
				"Proxy blocks the service" + HOSTILE, null);
		root.setErrorCode("100050");
		root.setKb("network-connectivity");
		root.setRecommendation("Allow the endpoints " + HOSTILE);
		root.getEvidence().add(evidence("network/winhttp-proxy.txt", 4, "Proxy Server(s) :  " + HOSTILE));
		root.getQuickFixes().add("connectivity.bypass");
		Finding symptom = finding("jobs.failing", "jobs", Outcome.WARN, Severity.MEDIUM, "Backups fail",
				"job" + HOSTILE_ATTRIBUTE);
		symptom.getCauses().add(root);
		symptom.getEvidence().add(evidence("agent/jobs.json", 12, "JobState Failed"));
		Finding unknown = finding("connectivity.probe", "connectivity", Outcome.UNKNOWN, Severity.MEDIUM,
				"Endpoints reachable", null);
		unknown.getEvidence().add(evidence("network/connectivity.csv", 0, "missing"));
		Finding notApplicable = finding("registration.vault", "registration", Outcome.NOT_APPLICABLE, Severity.LOW,
				"Vault credentials", null);
		notApplicable.setMessage("the bundle has no vault credentials file");
		Finding pass = finding("cache.space", "cache", Outcome.PASS, Severity.LOW, "Cache space", null);
		diagnosis.getFindings().addAll(List.of(root, symptom, unknown, notApplicable, pass));
		return diagnosis;
	}

	static Report report() {
		return new Report(server(), diagnosis(), List.of(), null, "MARS configuration of SRV" + HOSTILE);
	}

	private static Finding finding(String check, String area, Outcome outcome, Severity severity, String title,
			String subject) {
		Finding finding = DiagnosisFactory.eINSTANCE.createFinding();
		finding.setCheck(check);
		finding.setArea(area);
		finding.setOutcome(outcome);
		finding.setSeverity(severity);
		finding.setTitle(title);
		finding.setMessage("found: " + title);
		finding.setSubjectKey(subject);
		return finding;
	}

	private static Evidence evidence(String artifact, int line, String value) {
		Evidence evidence = DiagnosisFactory.eINSTANCE.createEvidence();
		evidence.setArtifact(artifact);
		evidence.setLine(line);
		evidence.setValue(value);
		return evidence;
	}

	private static Artifact artifact(String path, ArtifactStatus status, String message) {
		Artifact artifact = ServerFactory.eINSTANCE.createArtifact();
		artifact.setPath(path);
		artifact.setStatus(status);
		artifact.setMessage(message);
		return artifact;
	}

	private static ErrorCodeCount code(String code, long count) {
		ErrorCodeCount counted = ServerFactory.eINSTANCE.createErrorCodeCount();
		counted.setCode(code);
		counted.setCount(count);
		return counted;
	}
}
