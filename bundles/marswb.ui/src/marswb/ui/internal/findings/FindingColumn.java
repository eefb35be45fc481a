package marswb.ui.internal.findings;

import java.text.Collator;
import java.util.Comparator;
import java.util.function.Function;

import marswb.engine.Areas;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.ui.internal.bundles.FindingWords;

/**
 * The columns of the findings view, left to right: what each shows and how it sorts. Outcome and severity sort in
 * their worst-first order, the texts as the user's language sorts words; ties stay worst first.
 */
public enum FindingColumn {

	TITLE(Messages.Findings_title, 300, FindingColumn::title),
	OUTCOME(Messages.Findings_outcome, 80, f -> FindingWords.outcome(f.getOutcome()),
			Comparator.comparingInt(f -> f.getOutcome().getValue())),
	SEVERITY(Messages.Findings_severity, 80, f -> FindingWords.severity(f.getSeverity()),
			Comparator.comparingInt(f -> f.getSeverity().getValue())),
	AREA(Messages.Findings_area, 100, f -> Areas.platform().name(f.getArea())),
	SUBJECT(Messages.Findings_subject, 180, Finding::getSubjectKey),
	MESSAGE(Messages.Findings_message, 400, Finding::getMessage);

	final String title;
	final int width;
	private final Function<Finding, String> text;
	private final Comparator<Finding> order;

	FindingColumn(String title, int width, Function<Finding, String> text) {
		this(title, width, text, null);
	}

	FindingColumn(String title, int width, Function<Finding, String> text, Comparator<Finding> order) {
		this.title = title;
		this.width = width;
		this.text = text;
		this.order = order;
	}

	/**
	 * What a finding is called in a row or heading. A check's title names the problem it looks for ("Agent service
	 * obengine not running"), so a PASS is called by its message, which says what was found to be well.
	 */
	public static String title(Finding finding) {
		return finding.getOutcome() == Outcome.PASS && finding.getMessage() != null ? finding.getMessage()
				: finding.getTitle();
	}

	/** The cell's text; empty where the finding has no value. */
	public String text(Finding finding) {
		String value = text.apply(finding);
		return value == null ? "" : value;
	}

	/** Ascending order by this column alone. */
	public Comparator<Finding> order() {
		if (order != null) {
			return order;
		}
		Collator collator = Collator.getInstance();
		return (a, b) -> collator.compare(text(a), text(b));
	}
}
