package marswb.ui.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;

/** The open bundles: name, host and how their artifacts read; selecting one makes it current. */
public class BundleExplorerView extends ViewPart {

	public static final String ID = "marswb.ui.bundleExplorer";

	private final OpenBundles.Listener listener = this::changed;
	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		column(Messages.Explorer_name, 160, OpenBundle::name);
		column(Messages.Explorer_host, 120, b -> b.server().getHostName() == null ? "" : b.server().getHostName());
		column(Messages.Explorer_artifacts, 260, BundleExplorerView::artifactCounts);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof OpenBundle bundle && bundle != OpenBundles.get().current()) {
				OpenBundles.get().setCurrent(bundle);
			}
		});
		getSite().setSelectionProvider(viewer);
		OpenBundles.get().addListener(listener);
		changed(OpenBundles.get().current());
	}

	private void column(String title, int width, Function<OpenBundle, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((OpenBundle) element);
			}
		});
	}

	static String artifactCounts(OpenBundle bundle) {
		Map<ArtifactStatus, Integer> counts = new EnumMap<>(ArtifactStatus.class);
		for (Artifact artifact : bundle.server().getArtifacts()) {
			counts.merge(artifact.getStatus(), 1, Integer::sum);
		}
		return NLS.bind(Messages.Explorer_artifactCounts,
				new Object[] { counts.getOrDefault(ArtifactStatus.OK, 0), counts.getOrDefault(ArtifactStatus.PARTIAL, 0),
						counts.getOrDefault(ArtifactStatus.UNREADABLE, 0), counts.getOrDefault(ArtifactStatus.FAILED, 0),
						counts.getOrDefault(ArtifactStatus.MISSING, 0) });
	}

	private void changed(OpenBundle current) {
		viewer.setInput(OpenBundles.get().bundles());
		if (current != null) {
			viewer.setSelection(new StructuredSelection(current), true);
		}
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
