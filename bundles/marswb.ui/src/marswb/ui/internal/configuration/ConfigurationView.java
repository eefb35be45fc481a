package marswb.ui.internal.configuration;

import java.util.List;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import marswb.model.server.Server;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;

/** The current bundle's server model as read, as a tree; its context menu offers Show in Artifact. */
public class ConfigurationView extends ViewPart {

	public static final String ID = "marswb.ui.configuration";

	private final OpenBundles.Listener listener = this::changed;
	private TreeViewer viewer;
	private Server shown;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.BORDER | SWT.MULTI);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ModelTreeContentProvider());
		viewer.setLabelProvider(new DisplayLabelProvider());
		ColumnViewerToolTipSupport.enableFor(viewer);
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
		getSite().registerContextMenu(ID, menu, viewer);
		OpenBundles.get().addListener(listener);
		changed(OpenBundles.get().current());
	}

	private void changed(OpenBundle current) {
		Server server = current == null ? null : current.server();
		if (server != shown) {
			shown = server;
			viewer.setInput(server == null ? List.of() : List.of(server));
			viewer.expandToLevel(2);
		}
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void dispose() {
		OpenBundles.get().removeListener(listener);
		super.dispose();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
