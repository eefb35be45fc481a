package marswb.ui.internal.triage;

import java.util.Locale;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import marswb.model.diagnosis.Outcome;
import marswb.triage.TriageRow;

/**
 * Which rows the Triage view shows: by worst outcome (or the unreadable bundles), by a check that fails on the
 * server (the workbench's {@code triage --by-check}: which servers show this error), and by text in any column.
 */
final class TriageFilter extends ViewerFilter {

	/** The worst outcome chosen: an outcome, {@link #UNREADABLE}, or null for any. */
	private Object worst;
	private String check;
	private String text = "";

	/** Stands for the bundles that could not be read, in place of an outcome. */
	static final Object UNREADABLE = new Object();

	void set(Object worstOutcome, String failingCheck, String filterText) {
		worst = worstOutcome;
		check = failingCheck;
		text = filterText.strip().toLowerCase(Locale.ROOT);
	}

	boolean matches(TriageRow row) {
		if (worst == UNREADABLE ? row.error() == null : worst instanceof Outcome outcome && row.worst() != outcome) {
			return false;
		}
		if (check != null && row.fails().stream().noneMatch(fail -> fail.check().equals(check))) {
			return false;
		}
		if (text.isEmpty()) {
			return true;
		}
		for (TriageColumn column : TriageColumn.values()) {
			if (column.text(row).toLowerCase(Locale.ROOT).contains(text)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return matches((TriageRow) element);
	}
}
