package marswb.ui.internal.comparison;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.compare.Comparison;
import marswb.compare.ModelComparer;
import marswb.ui.internal.bundles.BundleExplorerView;
import marswb.ui.internal.bundles.OpenBundle;

/** Compare With > Each Other: the two bundles selected in the Bundle Explorer, in the Comparison view. */
public class CompareEachOtherHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		Object window = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_WORKBENCH_WINDOW_NAME);
		setBaseEnabled(window instanceof IWorkbenchWindow w && BundleExplorerView.selected(w).size() == 2);
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		List<OpenBundle> selected = BundleExplorerView.selected(window);
		if (selected.size() != 2) {
			return null;
		}
		OpenBundle left = selected.get(0);
		OpenBundle right = selected.get(1);
		Comparison[] comparison = new Comparison[1];
		// the working copies and current findings: the comparison shows the bundles as the other views do,
		// what-ifs included
		BusyIndicator.showWhile(window.getShell().getDisplay(),
				() -> comparison[0] = ModelComparer.compare(left.session().workingCopy(),
						right.session().workingCopy(), left.diagnosis(), right.diagnosis()));
		try {
			ComparisonView.open(window.getActivePage()).show(left.label(), right.label(), comparison[0]);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
