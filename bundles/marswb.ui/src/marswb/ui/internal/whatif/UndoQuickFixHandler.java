package marswb.ui.internal.whatif;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;

/** The platform's Undo (Ctrl+Z) reverts the quick-fix applied last to the current bundle. */
public class UndoQuickFixHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		OpenBundle current = OpenBundles.get().current();
		setBaseEnabled(current != null && current.canUndo());
	}

	@Override
	public Object execute(ExecutionEvent event) {
		OpenBundle current = OpenBundles.get().current();
		if (current != null && current.canUndo()) {
			// the views show what the last finished what-if left; one still running may leave nothing to undo
			OpenBundles.get().whatIf(current, Messages.WhatIf_undo, session -> {
				if (session.canUndo()) {
					session.undoChange();
				}
			});
		}
		return null;
	}
}
