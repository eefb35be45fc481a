package marswb.ui.internal.bundles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchWindow;

import marswb.model.diagnosis.Outcome;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;

/**
 * The open bundles: name (marked while a what-if is applied), host, their findings per outcome on the worst one's
 * colour and how their artifacts read; selecting one makes it current. Two can be selected
 * to compare them with each other. Bundles, or any files, folders and archives a customer sent, dropped on it open;
 * for those the tooltip says what each input file was recognized as.
 */
public class BundleExplorerView extends BundleView {

	public static final String ID = "marswb.ui.bundleExplorer";

	private TableViewer viewer;

	@Override
	protected Control createContent(Composite parent) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		column(Messages.Explorer_name, 220, BundleExplorerView::name, bundle -> null);
		column(Messages.Explorer_host, 120, BundleExplorerView::host, bundle -> null);
		column(Messages.Explorer_findings, 320, BundleExplorerView::outcomeCounts,
				bundle -> OutcomeColors.of(worst(bundle)));
		column(Messages.Explorer_artifacts, 260, BundleExplorerView::artifactCounts, bundle -> null);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(event -> {
			IStructuredSelection selection = event.getStructuredSelection();
			// selecting several (to compare them) leaves the current bundle as it is
			if (selection.size() == 1 && selection.getFirstElement() instanceof OpenBundle bundle
					&& bundle != OpenBundles.get().current()) {
				OpenBundles.get().setCurrent(bundle);
			}
		});
		MenuManager menu = new MenuManager();
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(ID, menu, viewer);
		getSite().setSelectionProvider(viewer);
		BundleDrop.install(viewer.getControl());
		return viewer.getControl();
	}

	// each bundle's row says whether it is in a what-if state: one banner could not say which
	@Override
	protected boolean showsWhatIfBanner() {
		return false;
	}

	private void column(String title, int width, Function<OpenBundle, String> text,
			Function<OpenBundle, Color> background) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((OpenBundle) element);
			}

			@Override
			public Color getBackground(Object element) {
				return background.apply((OpenBundle) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return recognitions((OpenBundle) element);
			}
		});
	}

	/** The host, marked when it was inferred from input without a manifest. */
	public static String host(OpenBundle bundle) {
		String host = bundle.server().getHostName();
		if (host == null) {
			return "";
		}
		return bundle.server().getInferred().contains("host") ? NLS.bind(Messages.Explorer_inferred, host) : host;
	}

	/** For input without a manifest: each input file and what it was recognized as, or why it was not read. */
	public static String recognitions(OpenBundle bundle) {
		StringBuilder text = new StringBuilder();
		for (Artifact artifact : bundle.server().getArtifacts()) {
			if (artifact.getSource() != null) {
				text.append(text.length() == 0 ? "" : "\n").append(artifact.getRecognition() == null
						|| artifact.getSource().equals(artifact.getPath())
								? NLS.bind(Messages.Explorer_notRead, artifact.getSource(), artifact.getMessage())
								: NLS.bind(Messages.Explorer_recognized, new Object[] { artifact.getSource(),
										artifact.getPath(), artifact.getRecognition() }));
			}
		}
		return text.length() == 0 ? null : text.toString();
	}

	/** The bundle's name, marked while quick-fixes are applied to it: its findings are then a what-if's. */
	public static String name(OpenBundle bundle) {
		int fixes = bundle.appliedFixes().size();
		return fixes == 0 ? bundle.name() : NLS.bind(Messages.Explorer_whatIf, bundle.name(), fixes);
	}

	/**
	 * Which bundles need attention: the count of findings per outcome, worst first, as the what-ifs leave them;
	 * the cell has the worst outcome's colour.
	 */
	public static String outcomeCounts(OpenBundle bundle) {
		String counts = FindingWords.counts(bundle.diagnosis().getFindings().stream());
		return counts.isEmpty() ? Messages.Explorer_noFindings : counts;
	}

	/** The worst outcome of the bundle's findings; null when it has none. */
	public static Outcome worst(OpenBundle bundle) {
		return OutcomeColors.worst(bundle.diagnosis().getFindings());
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

	/** The bundles selected in the Bundle Explorer of the window, whichever part is active. */
	public static List<OpenBundle> selected(IWorkbenchWindow window) {
		ISelection selection = window.getSelectionService().getSelection(ID);
		if (!(selection instanceof IStructuredSelection structured)) {
			return List.of();
		}
		List<OpenBundle> bundles = new ArrayList<>();
		for (Object element : structured.toList()) {
			if (element instanceof OpenBundle bundle) {
				bundles.add(bundle);
			}
		}
		return bundles;
	}

	@Override
	protected void bundleChanged(OpenBundle current) {
		viewer.setInput(OpenBundles.get().bundles());
		// a selection of several that holds the current bundle stays; a bundle that became current is selected
		if (current != null && !viewer.getStructuredSelection().toList().contains(current)) {
			viewer.setSelection(new StructuredSelection(current), true);
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

}
