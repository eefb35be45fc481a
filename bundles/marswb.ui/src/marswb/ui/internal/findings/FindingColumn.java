package marswb.ui.internal.findings;

import java.text.Collator;
import java.util.Comparator;
import java.util.function.Function;

import marswb.model.diagnosis.Finding;

/**
 * The columns of the findings view, left to right: what each shows and how it sorts. Outcome and severity sort in
 * their worst-first order, the texts as the user's language sorts words; ties stay worst first.
 */
public enum FindingColumn {

	TITLE(Messages.Findings_title, 300, Finding::getTitle),
	OUTCOME(Messages.Findings_outcome, 80, f -> f.getOutcome().getLiteral(),
			Comparator.comparingInt(f -> f.getOutcome().getValue())),
	SEVERITY(Messages.Findings_severity, 80, f -> f.getSeverity().getLiteral(),
			Comparator.comparingInt(f -> f.getSeverity().getValue())),
	AREA(Messages.Findings_area, 100, Finding::getArea),
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
