package marswb.ui.internal.findings;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeViewerListener;
import org.eclipse.jface.viewers.TreeExpansionEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import marswb.engine.Areas;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.report.Suppressions;
import marswb.ui.internal.bundles.BundleView;
import marswb.ui.internal.bundles.FindingWords;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.StartupTiming;

/**
 * The current bundle's findings, worst first or sorted by the column whose header was clicked, filtered by outcome,
 * area and text, not grouped or grouped by area or severity (the view menu's choice, kept in the dialog settings);
 * the counts per outcome stand in the content description. Quick-fix commands act on the selected finding, Copy
 * (Ctrl+C) on all the selected ones.
 */
public class FindingsView extends BundleView {

	public static final String ID = "marswb.ui.findings";
	/** The view menu's Group By menu; its choices' ids are this, a dot and the {@link FindingGrouping}'s name. */
	public static final String GROUP_BY_MENU = ID + ".groupBy";
	private static final String GROUPING_SETTING = "grouping";
	/** The message column's least width: narrower, a message would not even begin to read. */
	private static final int MESSAGE_WIDTH = 250;

	private final FindingFilter filter = new FindingFilter();
	private final FindingOrder order = new FindingOrder();
	private final FindingsContent content = new FindingsContent(FindingsView::areaName);
	private final Map<FindingGrouping, IAction> groupingActions = new EnumMap<>(FindingGrouping.class);
	/** Groups the user closed; group rows open otherwise. */
	private final Set<Object> collapsed = new HashSet<>();
	private TreeViewer viewer;
	private Combo outcomes;
	private Combo areas;
	private Text text;
	private Button suppressed;
	private List<String> areaChoices = List.of();
	private OpenBundle bundle;

	@Override
	protected Control createContent(Composite body) {
		Composite parent = new Composite(body, SWT.NONE);
		parent.setLayout(new GridLayout(1, false));
		createFilterBar(parent);
		viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		for (FindingColumn column : FindingColumn.values()) {
			column(column);
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.getTree().addListener(SWT.Resize, event -> fitMessage());
		viewer.setContentProvider(content);
		viewer.setComparator(order);
		viewer.addFilter(filter);
		viewer.addTreeListener(new ITreeViewerListener() {
			@Override
			public void treeCollapsed(TreeExpansionEvent event) {
				collapsed.add(event.getElement());
			}

			@Override
			public void treeExpanded(TreeExpansionEvent event) {
				collapsed.remove(event.getElement());
			}
		});
		content.setGrouping(savedGrouping());
		createGroupingMenu(getViewSite().getActionBars().getMenuManager());
		MenuManager menu = new MenuManager();
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
		getSite().registerContextMenu(ID, menu, viewer);
		getSite().setSelectionProvider(viewer);
		return viewer.getControl();
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(7, false));
		new Label(bar, SWT.NONE).setText(Messages.Findings_filterOutcome);
		outcomes = new Combo(bar, SWT.READ_ONLY);
		outcomes.add(Messages.Findings_any);
		for (Outcome outcome : Outcome.VALUES) {
			outcomes.add(FindingWords.outcome(outcome));
		}
		outcomes.select(0);
		new Label(bar, SWT.NONE).setText(Messages.Findings_filterArea);
		areas = new Combo(bar, SWT.READ_ONLY);
		areas.add(Messages.Findings_any);
		areas.select(0);
		new Label(bar, SWT.NONE).setText(Messages.Findings_filterText);
		text = new Text(bar, SWT.BORDER | SWT.SEARCH);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		suppressed = new Button(bar, SWT.CHECK);
		suppressed.setText(Messages.Findings_showSuppressed);
		suppressed.setSelection(true);
		suppressed.addListener(SWT.Selection, event -> filterChanged());
		outcomes.addListener(SWT.Selection, event -> filterChanged());
		areas.addListener(SWT.Selection, event -> filterChanged());
		text.addListener(SWT.Modify, event -> filterChanged());
	}

	private void column(FindingColumn column) {
		TreeViewerColumn viewerColumn = new TreeViewerColumn(viewer, SWT.NONE);
		TreeColumn header = viewerColumn.getColumn();
		header.setText(column.title);
		header.setWidth(column.width);
		header.addListener(SWT.Selection, event -> sortBy(column, header));
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof FindingGroup group) {
					// the group's label stands in the first column, where the tree draws its expand arrow
					return column == FindingColumn.TITLE ? group.label(filter::matches) : "";
				}
				Finding finding = (Finding) element;
				return column == FindingColumn.TITLE && finding.getSuppression() != null
						? NLS.bind(Messages.Findings_suppressedTitle, column.text(finding), finding.getSuppression().getExpires())
						: column.text(finding);
			}

			/** A suppressed finding reads grey, so that the rows that still need attention stand out. */
			@Override
			public Color getForeground(Object element) {
				return element instanceof Finding finding && finding.getSuppression() != null
						? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY)
						: null;
			}

			/** The title and the message whole, however narrow their column. */
			@Override
			public String getToolTipText(Object element) {
				return element instanceof Finding finding && (column == FindingColumn.TITLE
						|| column == FindingColumn.SUBJECT || column == FindingColumn.MESSAGE) ? column.text(finding)
								: null;
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof FindingGroup ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
						: null;
			}
		});
	}

	private void sortBy(FindingColumn column, TreeColumn header) {
		order.sortBy(column);
		viewer.getTree().setSortColumn(header);
		viewer.getTree().setSortDirection(order.descending() ? SWT.DOWN : SWT.UP);
		viewer.refresh();
	}

	private void createGroupingMenu(IMenuManager viewMenu) {
		MenuManager groupBy = new MenuManager(Messages.Findings_groupBy, GROUP_BY_MENU);
		for (FindingGrouping grouping : FindingGrouping.values()) {
			IAction action = new Action(grouping.label, IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					// a radio menu also reports the choice that was left: only the new one counts
					if (isChecked()) {
						group(grouping);
					}
				}
			};
			action.setId(GROUP_BY_MENU + "." + grouping.name());
			action.setChecked(grouping == content.grouping());
			groupingActions.put(grouping, action);
			groupBy.add(action);
		}
		viewMenu.add(groupBy);
	}

	/** Groups the rows as the view menu's choice does, and keeps the choice for the next time the view opens. */
	public void group(FindingGrouping grouping) {
		groupingActions.forEach((choice, action) -> action.setChecked(choice == grouping));
		settings().put(GROUPING_SETTING, grouping.name());
		content.setGrouping(grouping);
		viewer.refresh();
		expandGroups();
	}

	public FindingGrouping grouping() {
		return content.grouping();
	}

	private FindingGrouping savedGrouping() {
		String saved = settings().get(GROUPING_SETTING);
		for (FindingGrouping grouping : FindingGrouping.values()) {
			if (grouping.name().equals(saved)) {
				return grouping;
			}
		}
		return FindingGrouping.NONE;
	}

	private IDialogSettings settings() {
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(FindingsView.class))
				.getDialogSettings();
		IDialogSettings section = all.getSection(ID);
		return section != null ? section : all.addNewSection(ID);
	}

	private static String areaName(String area) {
		return Areas.platform().name(area);
	}

	/** Sets the filter as the user would; {@code null} for any outcome or area; suppressed findings shown. */
	public void setFilter(Outcome outcome, String area, String filterText) {
		setFilter(outcome, area, filterText, true);
	}

	/** Sets the filter as the user would, suppressed findings shown or hidden. */
	public void setFilter(Outcome outcome, String area, String filterText, boolean showSuppressed) {
		outcomes.select(outcome == null ? 0 : outcome.getValue() + 1);
		areas.select(area == null ? 0 : areaChoices.indexOf(area) + 1);
		text.setText(filterText);
		suppressed.setSelection(showSuppressed);
		filterChanged();
	}

	private void filterChanged() {
		applyFilterSettings();
		viewer.refresh();
		expandGroups();
		updateDescription();
	}

	private void applyFilterSettings() {
		Outcome outcome = outcomes.getSelectionIndex() <= 0 ? null : Outcome.get(outcomes.getSelectionIndex() - 1);
		String area = areas.getSelectionIndex() <= 0 ? null : areaChoices.get(areas.getSelectionIndex() - 1);
		filter.set(outcome, area, text.getText(), suppressed.getSelection());
	}

	@Override
	protected void bundleChanged(OpenBundle current) {
		bundle = current;
		List<Finding> findings = current == null ? List.of() : List.copyOf(current.diagnosis().getFindings());
		updateAreas(findings);
		applyFilterSettings();
		viewer.setInput(findings);
		expandGroups();
		updateDescription();
		fitColumns();
		if (!findings.isEmpty()) {
			StartupTiming.findingsShown(viewer.getControl().getDisplay());
		}
	}

	/**
	 * Sizes the columns to their content, the title to a third of the width at most and the subject to a sixth (their
	 * tooltips show them whole), and gives the message what is left.
	 */
	private void fitColumns() {
		int width = viewer.getTree().getClientArea().width;
		for (FindingColumn column : FindingColumn.values()) {
			if (column != FindingColumn.MESSAGE) {
				TreeColumn header = viewer.getTree().getColumn(column.ordinal());
				header.pack();
				int most = column == FindingColumn.TITLE ? width / 3 : width / 6;
				if (width > 0 && header.getWidth() > most) {
					header.setWidth(most);
				}
			}
		}
		fitMessage();
	}

	private void fitMessage() {
		int others = 0;
		for (FindingColumn column : FindingColumn.values()) {
			if (column != FindingColumn.MESSAGE) {
				others += viewer.getTree().getColumn(column.ordinal()).getWidth();
			}
		}
		viewer.getTree().getColumn(FindingColumn.MESSAGE.ordinal())
				.setWidth(Math.max(MESSAGE_WIDTH, viewer.getTree().getClientArea().width - others));
	}

	/**
	 * The area choices are those of the findings shown, by name in the areas' declared order; a chosen area stays
	 * chosen while it still occurs.
	 */
	private void updateAreas(List<Finding> findings) {
		String chosen = areas.getSelectionIndex() <= 0 ? null : areaChoices.get(areas.getSelectionIndex() - 1);
		TreeSet<String> ids = new TreeSet<>(Areas.platform().order());
		findings.forEach(f -> ids.add(f.getArea()));
		areaChoices = List.copyOf(ids);
		areas.removeAll();
		areas.add(Messages.Findings_any);
		areaChoices.forEach(id -> areas.add(areaName(id)));
		areas.select(chosen == null ? 0 : areaChoices.indexOf(chosen) + 1);
	}

	/**
	 * Opens every group row but those the user closed: a group that a filter or a new analysis brings back shows its
	 * findings.
	 */
	private void expandGroups() {
		for (TreeItem item : viewer.getTree().getItems()) {
			if (item.getData() instanceof FindingGroup group && !collapsed.contains(group)) {
				viewer.setExpandedState(group, true);
			}
		}
	}

	private void updateDescription() {
		@SuppressWarnings("unchecked")
		List<Finding> all = viewer.getInput() == null ? List.of() : (List<Finding>) viewer.getInput();
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		all.forEach(f -> counts.merge(f.getOutcome(), 1, Integer::sum));
		long shown = all.stream().filter(filter::matches).count();
		String description = NLS.bind(Messages.Findings_counts,
				new Object[] { counts.getOrDefault(Outcome.FAIL, 0), counts.getOrDefault(Outcome.ERROR, 0),
						counts.getOrDefault(Outcome.WARN, 0), counts.getOrDefault(Outcome.UNKNOWN, 0),
						counts.getOrDefault(Outcome.INFO, 0), counts.getOrDefault(Outcome.PASS, 0), shown,
						all.size(), counts.getOrDefault(Outcome.NOT_APPLICABLE, 0) });
		long suppressedCount = Suppressions.count(all);
		if (suppressedCount > 0) {
			description += NLS.bind(Messages.Findings_suppressedCount, suppressedCount);
		}
		if (bundle != null && bundle.suppressionsProblem() != null) {
			// the bundle opened without its suppressions: say why, or suppressed findings would shout unexplained
			description += " \u2014 " + bundle.suppressionsProblem();
		}
		setContentDescription(description);
	}

	public TreeViewer viewer() {
		return viewer;
	}

}
