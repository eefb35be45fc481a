package marswb.ui.internal.findings;

import java.util.Locale;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;

/**
 * Outcome, area and a text to find in title, subject or message; null or empty means any; suppressed findings shown
 * or not. A group stays while any of its findings does.
 */
final class FindingFilter extends ViewerFilter {

	private Outcome outcome;
	private String area;
	private String text = "";
	private boolean suppressed = true;

	void set(Outcome outcome, String area, String text, boolean showSuppressed) {
		this.outcome = outcome;
		this.area = area;
		this.text = text.toLowerCase(Locale.ROOT);
		this.suppressed = showSuppressed;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return element instanceof FindingGroup group ? group.anyShown(this::matches) : matches((Finding) element);
	}

	boolean matches(Finding finding) {
		return (suppressed || finding.getSuppression() == null) && (outcome == null || finding.getOutcome() == outcome)
				&& (area == null || area.equals(finding.getArea()))
				&& (text.isEmpty() || contains(finding.getTitle()) || contains(finding.getSubjectKey())
						|| contains(finding.getMessage()));
	}

	private boolean contains(String value) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(text);
	}
}
