package marswb.ui.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import marswb.engine.Analyzer;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;

/**
 * The current bundle's findings, worst first, filtered by outcome, area and text; the counts per outcome stand in
 * the content description. Quick-fix commands act on the selected finding.
 */
public class FindingsView extends ViewPart {

	public static final String ID = "marswb.ui.findings";

	private final OpenBundles.Listener listener = this::changed;
	private final FindingFilter filter = new FindingFilter();
	private TableViewer viewer;
	private Combo outcomes;
	private Combo areas;
	private Text text;
	private List<String> areaChoices = List.of();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		createFilterBar(parent);
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(Messages.Findings_outcome, 80, f -> f.getOutcome().getLiteral());
		column(Messages.Findings_severity, 80, f -> f.getSeverity().getLiteral());
		column(Messages.Findings_area, 100, Finding::getArea);
		column(Messages.Findings_title, 260, Finding::getTitle);
		column(Messages.Findings_subject, 180, Finding::getSubjectKey);
		column(Messages.Findings_message, 400, Finding::getMessage);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return Analyzer.WORST_FIRST.compare((Finding) a, (Finding) b);
			}
		});
		viewer.addFilter(filter);
		MenuManager menu = new MenuManager();
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(ID, menu, viewer);
		getSite().setSelectionProvider(viewer);
		OpenBundles.get().addListener(listener);
		changed(OpenBundles.get().current());
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(6, false));
		new Label(bar, SWT.NONE).setText(Messages.Findings_filterOutcome);
		outcomes = new Combo(bar, SWT.READ_ONLY);
		outcomes.add(Messages.Findings_any);
		for (Outcome outcome : Outcome.VALUES) {
			outcomes.add(outcome.getLiteral());
		}
		outcomes.select(0);
		new Label(bar, SWT.NONE).setText(Messages.Findings_filterArea);
		areas = new Combo(bar, SWT.READ_ONLY);
		areas.add(Messages.Findings_any);
		areas.select(0);
		new Label(bar, SWT.NONE).setText(Messages.Findings_filterText);
		text = new Text(bar, SWT.BORDER | SWT.SEARCH);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		outcomes.addListener(SWT.Selection, event -> filterChanged());
		areas.addListener(SWT.Selection, event -> filterChanged());
		text.addListener(SWT.Modify, event -> filterChanged());
	}

	private void column(String title, int width, Function<Finding, String> label) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = label.apply((Finding) element);
				return value == null ? "" : value;
			}
		});
	}

	/** Sets the filter as the user would; {@code null} for any outcome or area. */
	public void setFilter(Outcome outcome, String area, String filterText) {
		outcomes.select(outcome == null ? 0 : outcome.getValue() + 1);
		areas.select(area == null ? 0 : areaChoices.indexOf(area) + 1);
		text.setText(filterText);
		filterChanged();
	}

	private void filterChanged() {
		applyFilterSettings();
		viewer.refresh();
		updateDescription();
	}

	private void applyFilterSettings() {
		Outcome outcome = outcomes.getSelectionIndex() <= 0 ? null : Outcome.get(outcomes.getSelectionIndex() - 1);
		String area = areas.getSelectionIndex() <= 0 ? null : areaChoices.get(areas.getSelectionIndex() - 1);
		filter.set(outcome, area, text.getText());
	}

	private void changed(OpenBundle current) {
		List<Finding> findings = current == null ? List.of() : List.copyOf(current.diagnosis().getFindings());
		updateAreas(findings);
		applyFilterSettings();
		viewer.setInput(findings);
		updateDescription();
	}

	/** The area choices are those of the findings shown; a chosen area stays chosen while it still occurs. */
	private void updateAreas(List<Finding> findings) {
		String chosen = areas.getSelectionIndex() <= 0 ? null : areaChoices.get(areas.getSelectionIndex() - 1);
		TreeSet<String> names = new TreeSet<>();
		findings.forEach(f -> names.add(f.getArea()));
		areaChoices = List.copyOf(names);
		areas.removeAll();
		areas.add(Messages.Findings_any);
		areaChoices.forEach(areas::add);
		areas.select(chosen == null ? 0 : areaChoices.indexOf(chosen) + 1);
	}

	private void updateDescription() {
		@SuppressWarnings("unchecked")
		List<Finding> all = viewer.getInput() == null ? List.of() : (List<Finding>) viewer.getInput();
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		all.forEach(f -> counts.merge(f.getOutcome(), 1, Integer::sum));
		long shown = all.stream().filter(filter::matches).count();
		setContentDescription(NLS.bind(Messages.Findings_counts,
				new Object[] { counts.getOrDefault(Outcome.FAIL, 0), counts.getOrDefault(Outcome.ERROR, 0),
						counts.getOrDefault(Outcome.WARN, 0), counts.getOrDefault(Outcome.UNKNOWN, 0),
						counts.getOrDefault(Outcome.INFO, 0), counts.getOrDefault(Outcome.PASS, 0), shown,
						all.size() }));
	}

	public TableViewer viewer() {
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
