package marswb.ui.internal.artifacts;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.model.provenance.Provenance;
import marswb.model.server.Located;
import marswb.model.server.Origin;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;
import marswb.ui.internal.configuration.ModelPropertySource;
import marswb.ui.internal.configuration.ModelTreeContentProvider;

/**
 * Show in Artifact on the configuration tree: opens the artifact line the selected value (or object) was read
 * from in the artifact view.
 */
public class ShowInArtifactHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(OpenBundles.get().current() != null
				&& origin(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME)) != null);
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Origin origin = origin(HandlerUtil.getCurrentSelection(event));
		OpenBundle current = OpenBundles.get().current();
		if (origin != null && current != null) {
			try {
				ArtifactView.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), current.path(),
						origin.getArtifact(), origin.getLine());
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
		}
		return null;
	}

	/** Where the selected attribute's (first) value, or the selected object, was read from. */
	private static Origin origin(Object selection) {
		if (!(selection instanceof IStructuredSelection structured)) {
			return null;
		}
		Object element = structured.getFirstElement();
		if (element instanceof ModelTreeContentProvider.AttributeNode node) {
			return ModelPropertySource.origins(node.owner(), node.attribute()).stream().findFirst().orElse(null);
		}
		return element instanceof Located located ? Provenance.ofObject(located).orElse(null) : null;
	}
}
