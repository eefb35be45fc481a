package marswb.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** The platform's Redo (Ctrl+Y) applies again the quick-fix undone last on the current bundle. */
public class RedoQuickFixHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		OpenBundle current = OpenBundles.get().current();
		setBaseEnabled(current != null && current.session().canRedo());
	}

	@Override
	public Object execute(ExecutionEvent event) {
		OpenBundle current = OpenBundles.get().current();
		if (current != null && current.session().canRedo()) {
			current.session().redo();
			OpenBundles.get().findingsChanged(current);
		}
		return null;
	}
}
