package marswb.ui.internal.plugins;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.about.InstallationPage;

import marswb.plugins.PluginException;
import marswb.plugins.Plugins;

/**
 * About &gt; Installation Details &gt; Check Plugins: the plugins installed into this product, each with its
 * bundles and their state in this run, as {@code marswb plugins list} prints them. A bundle that did not resolve
 * or whose checks could not be created says why; the product runs every other check without it.
 */
public final class PluginsInstallationPage extends InstallationPage {

	private final Supplier<Plugins> installation;

	/** The page of the running product, as the About dialog creates it. */
	public PluginsInstallationPage() {
		this(Plugins::running);
	}

	/** The page of another installation. */
	public PluginsInstallationPage(Supplier<Plugins> installation) {
		this.installation = installation;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout());
		List<Plugins.Plugin> plugins;
		String problem = null;
		Object[] read = new Object[1];
		BusyIndicator.showWhile(parent.getDisplay(), () -> {
			try {
				read[0] = installation.get().installed();
			} catch (PluginException | IllegalStateException e) {
				read[0] = e;
			}
		});
		if (read[0] instanceof Exception e) {
			plugins = List.of();
			problem = NLS.bind(Messages.Page_cannotList, e.getMessage());
		} else {
			plugins = ((List<?>) read[0]).stream().map(Plugins.Plugin.class::cast).toList();
			problem = plugins.isEmpty() ? Messages.Page_none : null;
		}
		if (problem != null) {
			Label label = new Label(page, SWT.WRAP);
			label.setText(problem);
			label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		} else {
			tree(page, plugins);
		}
		setControl(page);
	}

	private static void tree(Composite page, List<Plugins.Plugin> plugins) {
		Composite holder = new Composite(page, SWT.NONE);
		holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TreeColumnLayout layout = new TreeColumnLayout();
		holder.setLayout(layout);
		TreeViewer viewer = new TreeViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		// a reason is longer than its cell
		ColumnViewerToolTipSupport.enableFor(viewer);
		column(viewer, layout, Messages.Page_plugin, 3, row -> row instanceof Plugins.Plugin plugin
				? plugin.name() == null ? plugin.id() : plugin.name() + "  (" + plugin.id() + ")"
				: ((Plugins.PluginBundle) row).id());
		column(viewer, layout, Messages.Page_version, 1, row -> row instanceof Plugins.Plugin plugin
				? plugin.version() : ((Plugins.PluginBundle) row).version());
		column(viewer, layout, Messages.Page_state, 5, PluginsInstallationPage::state);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return parent instanceof Plugins.Plugin plugin ? plugin.bundles().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof Plugins.Plugin plugin && !plugin.bundles().isEmpty();
			}
		});
		viewer.setInput(plugins);
		viewer.expandAll();
	}

	/** A bundle's state says why it is not loaded; a plugin's, whether all its bundles are. */
	private static String state(Object row) {
		if (row instanceof Plugins.Plugin plugin) {
			return plugin.ok() ? Messages.Page_loaded : Messages.Page_bundlesNotLoaded;
		}
		String problem = ((Plugins.PluginBundle) row).problem();
		return problem == null ? Messages.Page_loaded : NLS.bind(Messages.Page_notLoaded, problem);
	}

	private static void column(TreeViewer viewer, TreeColumnLayout layout, String title, int weight,
			Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public String getToolTipText(Object element) {
				return text.apply(element);
			}
		});
	}
}
