package marswb.ui.internal.configuration;

import java.util.List;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import marswb.model.server.Server;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.BundleView;

/**
 * The current bundle's server model as a tree, as the applied quick-fixes leave it (values a fix changed marked,
 * with their value as read beside them); its context menu offers Show in Artifact.
 */
public class ConfigurationView extends BundleView {

	public static final String ID = "marswb.ui.configuration";

	private TreeViewer viewer;
	private final WhatIfLabels labels = new WhatIfLabels(new DisplayLabelProvider());
	private Server shown;

	@Override
	protected Control createContent(Composite parent) {
		viewer = new TreeViewer(parent, SWT.BORDER | SWT.MULTI);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ModelTreeContentProvider());
		viewer.setLabelProvider(labels);
		ColumnViewerToolTipSupport.enableFor(viewer);
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
		getSite().registerContextMenu(ID, menu, viewer);
		return viewer.getControl();
	}

	@Override
	protected void bundleChanged(OpenBundle current) {
		Server server = current == null ? null : current.session().workingCopy();
		labels.compare(server, current == null ? null : current.server());
		if (server != shown) {
			shown = server;
			viewer.setInput(server == null ? List.of() : List.of(server));
			viewer.expandToLevel(2);
		} else {
			viewer.refresh(true);
		}
	}

	public TreeViewer viewer() {
		return viewer;
	}

}
