package marswb.ui.internal.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

import marswb.engine.CauseChain;
import marswb.engine.KbLinks;
import marswb.engine.KbSections;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.report.Suppressions;
import marswb.ui.internal.artifacts.ArtifactView;
import marswb.ui.internal.bundles.BundleView;
import marswb.ui.internal.bundles.FindingWords;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;

/**
 * What the selected finding says: message, recommendation, evidence (artifact:line value, the artifact:line a link
 * that opens the artifact view there), the problems that cause it and those it explains (links that select them),
 * offered quick-fixes and the article section it cites. Plain StyledText: the
 * SWT Browser would need WebKitGTK.
 */
public class FindingDetailsView extends BundleView {

	public static final String ID = "marswb.ui.findingDetails";

	private final ISelectionListener selectionListener = this::selectionChanged;
	private final List<Link> links = new ArrayList<>();
	private StyledText text;
	private Finding finding;

	/** A range of the text that does something when clicked: an evidence's artifact:line, a related finding. */
	private record Link(int start, int end, Runnable open) {
	}

	@Override
	protected Control createContent(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setLeftMargin(6);
		text.setTopMargin(4);
		text.addListener(SWT.MouseUp, this::clicked);
		getSite().getPage().addSelectionListener(FindingsView.ID, selectionListener);
		show(null);
		return text;
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Finding selected) {
			show(selected);
		}
	}

	/**
	 * A what-if or another current bundle replaces the findings; details of a finding no longer shown go, and those
	 * of a finding still shown are shown again, as a suppression may have come or gone.
	 */
	@Override
	protected void bundleChanged(OpenBundle current) {
		boolean gone = finding != null && (current == null || finding.eContainer() != current.diagnosis());
		show(gone ? null : finding);
	}

	public void show(Finding shown) {
		finding = shown;
		links.clear();
		text.setText("");
		text.setStyleRanges(new StyleRange[0]);
		if (shown == null) {
			text.setText(Messages.Details_none);
			return;
		}
		heading(NLS.bind(Messages.Details_title, FindingWords.outcome(shown.getOutcome()), FindingColumn.title(shown)));
		paragraph(shown.getMessage());
		if (shown.getSuppression() != null) {
			heading(Messages.Details_suppressed);
			paragraph(Suppressions.note(shown.getSuppression()));
		}
		if (shown.getRecommendation() != null) {
			heading(Messages.Details_recommendation);
			paragraph(shown.getRecommendation());
		}
		if (!shown.getEvidence().isEmpty()) {
			heading(Messages.Details_evidence);
			shown.getEvidence().forEach(this::evidence);
		}
		if (shown.eContainer() instanceof Diagnosis diagnosis) {
			CauseChain chain = CauseChain.of(diagnosis);
			related(Messages.Details_causedBy, chain.problemCauses(shown));
			related(Messages.Details_explains, chain.explains(shown));
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

	private void evidence(Evidence evidence) {
		int start = text.getCharCount();
		paragraph(NLS.bind(Messages.Details_evidenceLine,
				new Object[] { evidence.getArtifact(), evidence.getLine(), evidence.getValue() }));
		if (evidence.getArtifact() != null && evidence.getLine() > 0) {
			int end = start + evidence.getArtifact().length() + 1 + String.valueOf(evidence.getLine()).length();
			link(start, end, () -> openEvidence(evidence));
		}
	}

	/** Findings linked to the shown one by cause, each a link that selects it. */
	private void related(String heading, List<Finding> findings) {
		if (findings.isEmpty()) {
			return;
		}
		heading(heading);
		for (Finding other : findings) {
			int start = text.getCharCount();
			String title = NLS.bind(Messages.Details_title, FindingWords.outcome(other.getOutcome()), FindingColumn.title(other))
					+ (other.getSubjectKey() == null ? "" : " [" + other.getSubjectKey() + "]");
			paragraph(title);
			link(start, start + title.length(), () -> select(other));
		}
	}

	private void link(int start, int end, Runnable open) {
		StyleRange link = new StyleRange(start, end - start, null, null);
		link.underline = true;
		link.underlineStyle = SWT.UNDERLINE_LINK;
		text.setStyleRange(link);
		links.add(new Link(start, end, open));
	}

	/**
	 * Selects a related finding in Findings, which shows it here; a finding the filters hide there is shown here
	 * all the same.
	 */
	public void select(Finding other) {
		if (getSite().getPage().findView(FindingsView.ID) instanceof FindingsView findings) {
			findings.viewer().setSelection(new StructuredSelection(other), true);
		}
		if (finding != other) {
			show(other);
		}
	}

	/** A click (not the end of a text selection) on a link follows it. */
	private void clicked(Event event) {
		if (event.button != 1 || text.getSelectionCount() > 0) {
			return;
		}
		int offset = text.getOffsetAtPoint(new Point(event.x, event.y));
		links.stream().filter(link -> offset >= link.start() && offset < link.end()).findFirst()
				.ifPresent(link -> link.open().run());
	}

	/** Opens the artifact of an evidence line of the shown finding at that line, read-only. */
	public void openEvidence(Evidence evidence) {
		OpenBundle bundle = finding == null ? null : OpenBundles.get().owner(finding);
		if (bundle == null) {
			return;
		}
		try {
			ArtifactView.open(getSite().getPage(), bundle.path(), evidence.getArtifact(), evidence.getLine());
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	private void paragraph(String paragraph) {
		text.append((paragraph == null ? "" : paragraph) + "\n");
	}

	public String text() {
		return text.getText();
	}

	/** The text widget, for tests that click its links. */
	public StyledText widget() {
		return text;
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(FindingsView.ID, selectionListener);
		super.dispose();
	}
}
