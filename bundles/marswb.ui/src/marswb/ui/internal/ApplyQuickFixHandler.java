package marswb.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.model.diagnosis.Finding;

/**
 * Applies the first quick-fix the selected finding offers as a what-if on its bundle's working copy; the checks run
 * again and the findings views refresh.
 */
public class ApplyQuickFixHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(fixable(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME)) != null);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Finding finding = fixable(HandlerUtil.getCurrentSelection(event));
		OpenBundle bundle = finding == null ? null : OpenBundles.get().owner(finding);
		if (bundle != null) {
			bundle.session().apply(finding.getQuickFixes().get(0));
			OpenBundles.get().findingsChanged(bundle);
		}
		return null;
	}

	private static Finding fixable(Object selection) {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Finding finding && !finding.getQuickFixes().isEmpty()) {
			return finding;
		}
		return null;
	}
}
