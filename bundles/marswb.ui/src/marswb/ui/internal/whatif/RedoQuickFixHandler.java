package marswb.ui.internal.whatif;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;

/** The platform's Redo (Ctrl+Y) applies again the quick-fix undone last on the current bundle. */
public class RedoQuickFixHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		OpenBundle current = OpenBundles.get().current();
		setBaseEnabled(current != null && current.canRedo());
	}

	@Override
	public Object execute(ExecutionEvent event) {
		OpenBundle current = OpenBundles.get().current();
		if (current != null && current.canRedo()) {
			// the views show what the last finished what-if left; one still running may leave nothing to redo
			OpenBundles.get().whatIf(current, Messages.WhatIf_redo, session -> {
				if (session.canRedo()) {
					session.redoChange();
				}
			});
		}
		return null;
	}
}
