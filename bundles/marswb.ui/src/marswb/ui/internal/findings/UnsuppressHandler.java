package marswb.ui.internal.findings;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.model.diagnosis.Finding;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;

/** Unsuppress: takes every entry that names the selected suppressed finding out of the bundle's suppressions file. */
public class UnsuppressHandler extends AbstractHandler {

	public static final String COMMAND = "marswb.ui.unsuppressFinding";

	@Override
	public void setEnabled(Object evaluationContext) {
		Finding finding = SuppressHandler
				.selected(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME));
		setBaseEnabled(finding != null && finding.getSuppression() != null);
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Finding finding = SuppressHandler.selected(HandlerUtil.getCurrentSelection(event));
		OpenBundle bundle = finding == null ? null : OpenBundles.get().owner(finding);
		if (bundle == null || finding.getSuppression() == null || bundle.suppressionsFile() == null) {
			return null;
		}
		SuppressHandler.write(bundle, bundle.suppressionsFile(), bundle.suppressions().without(finding));
		return null;
	}
}
