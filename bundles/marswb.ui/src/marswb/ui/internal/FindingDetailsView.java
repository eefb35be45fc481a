package marswb.ui.internal;

import java.util.Locale;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import marswb.engine.KbLinks;
import marswb.engine.KbSections;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;

/**
 * What the selected finding says: message, recommendation, evidence (artifact:line value), offered quick-fixes and
 * the article section it cites. Plain StyledText: the SWT Browser would need WebKitGTK.
 */
public class FindingDetailsView extends ViewPart {

	public static final String ID = "marswb.ui.findingDetails";

	private final ISelectionListener selectionListener = this::selectionChanged;
	private final OpenBundles.Listener bundlesListener = bundle -> clearIfGone();
	private StyledText text;
	private Finding finding;

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setLeftMargin(6);
		text.setTopMargin(4);
		getSite().getPage().addSelectionListener(FindingsView.ID, selectionListener);
		OpenBundles.get().addListener(bundlesListener);
		show(null);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Finding selected) {
			show(selected);
		}
	}

	/** A what-if or another current bundle replaces the findings; details of a finding no longer shown go. */
	private void clearIfGone() {
		OpenBundle current = OpenBundles.get().current();
		if (finding != null && (current == null || finding.eContainer() != current.diagnosis())) {
			show(null);
		}
	}

	public void show(Finding shown) {
		finding = shown;
		text.setText("");
		text.setStyleRanges(new StyleRange[0]);
		if (shown == null) {
			text.setText(Messages.Details_none);
			return;
		}
		heading(NLS.bind(Messages.Details_title, shown.getOutcome().getLiteral(), shown.getTitle()));
		paragraph(shown.getMessage());
		if (shown.getRecommendation() != null) {
			heading(Messages.Details_recommendation);
			paragraph(shown.getRecommendation());
		}
		if (!shown.getEvidence().isEmpty()) {
			heading(Messages.Details_evidence);
			for (Evidence evidence : shown.getEvidence()) {
				paragraph(NLS.bind(Messages.Details_evidenceLine,
						new Object[] { evidence.getArtifact(), evidence.getLine(), evidence.getValue() }));
			}
		}
		if (!shown.getQuickFixes().isEmpty()) {
			heading(Messages.Details_quickFixes);
			shown.getQuickFixes().forEach(this::paragraph);
		}
		if (shown.getKb() != null) {
			heading(Messages.Details_article);
			paragraph(KbSections.title(shown.getKb()));
			paragraph(KbLinks.url(shown.getKb(), Locale.getDefault()));
		}
	}

	private void heading(String heading) {
		int start = text.getCharCount();
		text.append((start == 0 ? "" : "\n") + heading + "\n");
		StyleRange bold = new StyleRange(start, text.getCharCount() - start, null, null, SWT.BOLD);
		text.setStyleRange(bold);
	}

	private void paragraph(String paragraph) {
		text.append((paragraph == null ? "" : paragraph) + "\n");
	}

	public String text() {
		return text.getText();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(FindingsView.ID, selectionListener);
		OpenBundles.get().removeListener(bundlesListener);
		super.dispose();
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}
}
