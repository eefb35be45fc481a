package marswb.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** The platform's Undo (Ctrl+Z) reverts the quick-fix applied last to the current bundle. */
public class UndoQuickFixHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		OpenBundle current = OpenBundles.get().current();
		setBaseEnabled(current != null && current.session().canUndo());
	}

	@Override
	public Object execute(ExecutionEvent event) {
		OpenBundle current = OpenBundles.get().current();
		if (current != null && current.session().canUndo()) {
			current.session().undo();
			OpenBundles.get().findingsChanged(current);
		}
		return null;
	}
}
