package marswb.ui.internal.whatif;

import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import marswb.engine.RemediationPlan;
import marswb.engine.spi.RemediationStep;
import marswb.ui.internal.bundles.BundleView;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;

/**
 * The quick-fixes applied to the current bundle, in order, as the steps of its remediation plan; the selected
 * step's comment and PowerShell below. It follows every apply, undo and redo, as each one tells the listeners.
 */
public class RemediationPlanView extends BundleView {

	public static final String ID = "marswb.ui.remediationPlan";

	private TableViewer viewer;
	private StyledText script;

	@Override
	protected Control createContent(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		Composite tableArea = new Composite(sash, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		viewer = new TableViewer(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, Messages.Plan_number, 1, step -> String.valueOf(steps().indexOf(step) + 1));
		column(layout, Messages.Plan_fix, 6, RemediationStep::fixId);
		column(layout, Messages.Plan_comment, 12, step -> step.comment().lines().findFirst().orElse(""));
		script = new StyledText(sash, SWT.READ_ONLY | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		script.setFont(JFaceResources.getTextFont());
		script.setLeftMargin(4);
		sash.setWeights(2, 3);
		viewer.addSelectionChangedListener(event -> showStep());
		getSite().setSelectionProvider(viewer);
		return viewer.getControl();
	}

	private interface Text {
		String of(RemediationStep step);
	}

	private void column(TableColumnLayout layout, String title, int weight, Text text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 30));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.of((RemediationStep) element);
			}
		});
	}

	/** The current bundle's plan; empty before a bundle is open. */
	public RemediationPlan plan() {
		OpenBundle current = OpenBundles.get().current();
		return current == null ? new RemediationPlan(null, List.of(), List.of()) : current.plan();
	}

	private List<RemediationStep> steps() {
		@SuppressWarnings("unchecked")
		List<RemediationStep> input = (List<RemediationStep>) viewer.getInput();
		return input == null ? List.of() : input;
	}

	@Override
	protected void bundleChanged(OpenBundle current) {
		List<RemediationStep> steps = plan().steps();
		viewer.setInput(steps);
		setContentDescription(steps.isEmpty() ? Messages.Plan_none : "");
		if (!steps.isEmpty()) {
			viewer.getTable().select(steps.size() - 1);
		}
		showStep();
	}

	private void showStep() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (selection.getFirstElement() instanceof RemediationStep step) {
			String warning = step.destructive() ? "# " + Messages.Plan_destructive + "\n" : "";
			script.setText(step.comment().lines().map(line -> "# " + line + "\n").reduce("", String::concat) + warning
					+ step.script().strip() + "\n");
		} else {
			script.setText("");
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The text of the step shown below the table. */
	public String scriptText() {
		return script.getText();
	}

}
