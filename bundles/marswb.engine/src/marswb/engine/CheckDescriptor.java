package marswb.engine;

import java.util.List;

import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;

/**
 * What a check declares about itself in plugin.xml.
 *
 * @param id          stable id, {@code <area>.<what-it-detects>}
 * @param area        area id (registration, connectivity, cache, scheduling, restore, encryption, jobs, basics, or a
 *                    third party's)
 * @param kb          the one primary section anchor of the seed article
 * @param relatedKb   other anchors
 * @param errorCode   the MARS error it explains, as the article writes it; null when none
 * @param severity    severity of its FAIL and WARN findings unless a finding says otherwise
 * @param title        title in the current language: what the check detects, the title of its problems
 * @param evidence     artifact paths (globs) it reads
 * @param required     those of them without which it cannot conclude: when one is missing, failed or unreadable
 *                     the engine reports UNKNOWN naming it and does not run the check
 * @param contributor  symbolic name of the contributing bundle
 * @param neutralTitle title of its PASS, INFO and NOT_APPLICABLE findings, true whatever the outcome (a PASS row
 *                     must not read as the problem); the title when the check declares none
 * @since 0.1
 */
public record CheckDescriptor(String id, String area, String kb, List<String> relatedKb, String errorCode,
		Severity severity, String title, List<String> evidence, List<String> required, String contributor,
		String neutralTitle) {

	/** A check that requires none of its evidence and has no neutral title. */
	public CheckDescriptor(String id, String area, String kb, List<String> relatedKb, String errorCode,
			Severity severity, String title, List<String> evidence, String contributor) {
		this(id, area, kb, relatedKb, errorCode, severity, title, evidence, List.of(), contributor, title);
	}

	/** A check with required evidence and no neutral title. */
	public CheckDescriptor(String id, String area, String kb, List<String> relatedKb, String errorCode,
			Severity severity, String title, List<String> evidence, List<String> required, String contributor) {
		this(id, area, kb, relatedKb, errorCode, severity, title, evidence, required, contributor, title);
	}

	/** A check with a neutral title that requires none of its evidence. */
	public CheckDescriptor(String id, String area, String kb, List<String> relatedKb, String errorCode,
			Severity severity, String title, List<String> evidence, String contributor, String neutralTitle) {
		this(id, area, kb, relatedKb, errorCode, severity, title, evidence, List.of(), contributor, neutralTitle);
	}

	/** The title of a finding with this outcome. */
	public String title(Outcome outcome) {
		return Outcomes.isProblem(outcome) ? title : neutralTitle;
	}
}
