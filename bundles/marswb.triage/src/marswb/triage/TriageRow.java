package marswb.triage;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;

/**
 * What a triage keeps of one bundle: a few values and counts, so that the models of finished bundles can
 * be dropped. A bundle that could not be read has no outcome and says why in {@code error}.
 *
 * @param counts findings per outcome, every outcome present
 * @param inferred manifest fields inferred instead of read (input without a manifest)
 */
public record TriageRow(String bundle, String host, String agentVersion, Date collectedAtUtc, List<String> inferred,
		Outcome worst, Map<Outcome, Integer> counts, List<Fail> fails, String error) {

	/** A FAIL finding: its check, the object it is about (or null) and its title. */
	public record Fail(String check, String subject, String title) {
	}

	/**
	 * Worst first: by worst outcome, an unreadable bundle ranked between FAIL and ERROR (nothing on it could be
	 * judged, but no cause is known to be present); then the most FAIL findings; then host and bundle path.
	 */
	public static final Comparator<TriageRow> WORST_FIRST = Comparator.comparingInt(TriageRow::rank)
			.thenComparing(Comparator.comparingInt(TriageRow::failCount).reversed())
			.thenComparing(row -> row.host() == null ? "\uffff" : row.host(), String.CASE_INSENSITIVE_ORDER)
			.thenComparing(TriageRow::bundle);

	public static TriageRow of(Path bundle, Server server, Diagnosis diagnosis) {
		Map<Outcome, Integer> counts = zeroCounts();
		Outcome worst = Outcome.NOT_APPLICABLE;
		for (Finding finding : diagnosis.getFindings()) {
			counts.merge(finding.getOutcome(), 1, Integer::sum);
			if (finding.getOutcome().getValue() < worst.getValue()) {
				worst = finding.getOutcome();
			}
		}
		List<Fail> fails = diagnosis.getFindings().stream().filter(f -> f.getOutcome() == Outcome.FAIL)
				.map(f -> new Fail(f.getCheck(), f.getSubjectKey(), f.getTitle())).toList();
		return new TriageRow(bundle.toString(), server.getHostName(),
				server.getAgent() == null ? null : server.getAgent().getVersion(), server.getCollectedAtUtc(),
				List.copyOf(server.getInferred()), diagnosis.getFindings().isEmpty() ? null : worst, Map.copyOf(counts),
				fails, null);
	}

	private static Map<Outcome, Integer> zeroCounts() {
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		Outcome.VALUES.forEach(outcome -> counts.put(outcome, 0));
		return counts;
	}

	public static TriageRow unreadable(Path bundle, String reason) {
		return new TriageRow(bundle.toString(), null, null, null, List.of(), null, zeroCounts(), List.of(), reason);
	}

	public int failCount() {
		return counts.get(Outcome.FAIL);
	}

	public boolean collectedInferred() {
		return inferred.contains("collectedAtUtc");
	}

	public boolean hostInferred() {
		return inferred.contains("hostName");
	}

	private int rank() {
		if (error != null) {
			return 2 * Outcome.FAIL_VALUE + 1;
		}
		return worst == null ? Integer.MAX_VALUE : 2 * worst.getValue();
	}
}
