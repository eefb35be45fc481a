package marswb.report;

import java.util.List;

import marswb.engine.RemediationPlan;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;

/**
 * What a report is made of: the server as read, the diagnosis of it (after the applied what-ifs), and the
 * configuration as {@link ConfigurationText} writes it, so the appendix says exactly what {@code marswb show} says.
 *
 * @param plan          the remediation plan of the applied fixes, null when no fix was asked for
 * @param configuration {@link ConfigurationText#of} the server, null to leave the appendix out
 *
 * @since 0.1
 */
public record Report(Server server, Diagnosis diagnosis, List<AppliedFix> applied, RemediationPlan plan,
		String configuration) {

	public Report {
		applied = List.copyOf(applied);
	}

	/** How findings refer to each other in every output: check id, and subject when the check reports per object. */
	public static String key(Finding finding) {
		return finding.getSubjectKey() == null ? finding.getCheck() : finding.getCheck() + "@" + finding.getSubjectKey();
	}
}
