package marswb.ui.internal.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import marswb.compare.Comparison;
import marswb.compare.Difference;
import marswb.compare.FindingDelta;
import marswb.compare.State;
import marswb.compare.Values;
import marswb.model.server.Origin;

/**
 * Two servers side by side: every compared value grouped by area, left value, right value and state in one tree
 * (so both sides scroll and select together), rows colored by state; on a second tab the findings that differ. The
 * area summary stands in the content description. Next and Previous Difference walk the rows that are not SAME.
 */
public class ComparisonView extends ViewPart {

	public static final String ID = "marswb.ui.comparison";
	public static final String NEXT = "marswb.ui.comparison.next";
	public static final String PREVIOUS = "marswb.ui.comparison.previous";
	public static final String ONLY_DIFFERENCES = "marswb.ui.comparison.onlyDifferences";

	// light enough that the text stays readable; red and green as compare editors show removed and added
	private static final Color DIFFERENT = new Color(255, 226, 170);
	private static final Color ONLY_LEFT = new Color(255, 205, 205);
	private static final Color ONLY_RIGHT = new Color(205, 240, 205);

	private TreeViewer values;
	private TableViewer findings;
	private TreeColumn leftColumn;
	private TreeColumn rightColumn;
	private IAction onlyDifferencesAction;
	private Comparison comparison;
	private boolean onlyDifferences = true;
	private List<ComparisonRows.Area> areas = List.of();

	@Override
	public void createPartControl(Composite parent) {
		TabFolder tabs = new TabFolder(parent, SWT.TOP);
		values = new TreeViewer(tabs, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		values.getTree().setHeaderVisible(true);
		values.getTree().setLinesVisible(true);
		valueColumn(Messages.Compare_path, 420, Values::displaySubject, null, null);
		leftColumn = valueColumn("", 220,
				d -> ComparisonValues.cell(d, d.left(), comparison.left(), d.state() == State.ONLY_RIGHT),
				Difference::leftOrigin, Difference::left);
		rightColumn = valueColumn("", 220,
				d -> ComparisonValues.cell(d, d.right(), comparison.right(), d.state() == State.ONLY_LEFT),
				Difference::rightOrigin, Difference::right);
		valueColumn(Messages.Compare_state, 160, ComparisonView::state, null, null);
		values.setContentProvider(new ComparisonRows());
		ColumnViewerToolTipSupport.enableFor(values);
		tab(tabs, Messages.Compare_values, values.getControl());

		findings = new TableViewer(tabs, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		findings.getTable().setHeaderVisible(true);
		findings.getTable().setLinesVisible(true);
		findingColumn(Messages.Compare_state, 160, ComparisonView::delta);
		findingColumn(Messages.Compare_area, 100, FindingDelta::area);
		findingColumn(Messages.Compare_check, 260, FindingDelta::check);
		findingColumn(Messages.Compare_subject, 220, FindingDelta::subject);
		findingColumn(Messages.Compare_leftOutcome, 90, f -> f.left() == null ? "" : f.left().getLiteral());
		findingColumn(Messages.Compare_rightOutcome, 90, f -> f.right() == null ? "" : f.right().getLiteral());
		findings.setContentProvider(ArrayContentProvider.getInstance());
		tab(tabs, Messages.Compare_findings, findings.getControl());

		createActions(getViewSite().getActionBars().getToolBarManager());
		setContentDescription(Messages.Compare_none);
	}

	private static void tab(TabFolder tabs, String title, Control control) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	private void createActions(IToolBarManager toolBar) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		onlyDifferencesAction = new Action(Messages.Compare_onlyDifferences, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setOnlyDifferences(isChecked());
			}
		};
		onlyDifferencesAction.setId(ONLY_DIFFERENCES);
		onlyDifferencesAction.setChecked(onlyDifferences);
		toolBar.add(onlyDifferencesAction);
		toolBar.add(walk(NEXT, Messages.Compare_next, images.getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD), true));
		toolBar.add(walk(PREVIOUS, Messages.Compare_previous, images.getImageDescriptor(ISharedImages.IMG_TOOL_BACK),
				false));
	}

	private IAction walk(String id, String text, ImageDescriptor image, boolean forward) {
		IAction action = new Action(text, image) {
			@Override
			public void run() {
				selectDifference(forward);
			}
		};
		action.setId(id);
		return action;
	}

	/**
	 * A column of the values tree; {@code origin} and {@code value} (null for none) give a cell's tooltip: the byte
	 * count behind a size, and where the value was read.
	 */
	private TreeColumn valueColumn(String title, int width, Function<Difference, String> text,
			Function<Difference, Origin> origin, Function<Difference, Object> value) {
		// the area nodes' names head the first column
		boolean first = values.getTree().getColumnCount() == 0;
		TreeViewerColumn column = new TreeViewerColumn(values, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new StateLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof ComparisonRows.Area area) {
					return first ? area.name() : "";
				}
				return text.apply((Difference) element);
			}

			@Override
			public String getToolTipText(Object element) {
				if (origin == null || !(element instanceof Difference d)) {
					return null;
				}
				Origin where = origin.apply(d);
				String from = where == null ? null
						: NLS.bind(Messages.Compare_from, where.getArtifact(), where.getLine());
				String bytes = Values.byteCount(d, value.apply(d));
				return bytes == null ? from : from == null ? bytes : bytes + "\n" + from;
			}

			@Override
			State state(Object element) {
				return element instanceof Difference d && !d.expected() ? d.state() : null;
			}

			@Override
			public Font getFont(Object element) {
				if (element instanceof ComparisonRows.Area) {
					return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
				}
				// values expected to differ (identities, timestamps) are marked, not highlighted
				return element instanceof Difference d && d.expected() && d.state() != State.SAME
						? JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT) : null;
			}
		});
		return column.getColumn();
	}

	private void findingColumn(String title, int width, Function<FindingDelta, String> text) {
		TableViewerColumn column = new TableViewerColumn(findings, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new StateLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((FindingDelta) element);
				return value == null ? "" : value;
			}

			@Override
			State state(Object element) {
				return ((FindingDelta) element).state();
			}
		});
	}

	/** Colors a row by its state: DIFFERENT, ONLY_LEFT and ONLY_RIGHT highlighted, INCOMPLETE greyed. */
	private abstract static class StateLabelProvider extends ColumnLabelProvider {

		/** The state to color by, null for none. */
		abstract State state(Object element);

		@Override
		public Color getBackground(Object element) {
			State state = state(element);
			return state == State.DIFFERENT ? DIFFERENT
					: state == State.ONLY_LEFT ? ONLY_LEFT : state == State.ONLY_RIGHT ? ONLY_RIGHT : null;
		}

		@Override
		public Color getForeground(Object element) {
			return state(element) == State.INCOMPLETE
					? PlatformUI.getWorkbench().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
		}
	}

	private static String state(Difference difference) {
		String state = difference.state().name();
		return difference.expected() && difference.state() != State.SAME ? NLS.bind(Messages.Compare_expected, state)
				: state;
	}

	private static String delta(FindingDelta finding) {
		return switch (finding.state()) {
			case ONLY_LEFT -> Messages.Compare_onlyLeft;
			case ONLY_RIGHT -> Messages.Compare_onlyRight;
			case SAME, DIFFERENT -> Messages.Compare_both;
			case INCOMPLETE -> Messages.Compare_undecided;
		};
	}

	/** Shows the Comparison view (beside the findings) and returns it. */
	static ComparisonView open(IWorkbenchPage page) throws PartInitException {
		return (ComparisonView) page.showView(ID);
	}

	/** Shows a comparison; {@code left} and {@code right} name the sides in the column headers. */
	public void show(String left, String right, Comparison shown) {
		comparison = shown;
		leftColumn.setText(left);
		rightColumn.setText(right);
		refresh();
		setContentDescription(summary(left, right));
	}

	/** Shows every compared value, or only those that count as drift (and only the findings that count). */
	public void setOnlyDifferences(boolean only) {
		onlyDifferences = only;
		onlyDifferencesAction.setChecked(only);
		refresh();
	}

	private void refresh() {
		if (comparison == null) {
			return;
		}
		areas = ComparisonRows.areas(comparison, onlyDifferences);
		values.setInput(areas);
		values.expandAll();
		findings.setInput(comparison.findings().stream().filter(f -> !onlyDifferences || f.counts())
				.sorted(Comparator.comparingInt(ComparisonView::deltaOrder)).toList());
	}

	/** Only left, only right, both, then undecided: the findings that explain a difference first. */
	private static int deltaOrder(FindingDelta finding) {
		return switch (finding.state()) {
			case ONLY_LEFT -> 0;
			case ONLY_RIGHT -> 1;
			case DIFFERENT -> 2;
			case SAME -> 3;
			case INCOMPLETE -> 4;
		};
	}

	private String summary(String left, String right) {
		StringJoiner areasText = new StringJoiner("; ");
		for (Comparison.AreaSummary area : comparison.summary()) {
			int findingsDelta = area.findingsLeft() + area.findingsRight() + area.findingsBoth();
			if (area.drift() + area.incomplete() + area.expected() + findingsDelta > 0) {
				areasText.add(area.area() + ": " + NLS.bind(Messages.Compare_areaCounts,
						new Object[] { area.drift(), area.incomplete(), area.expected(), area.findingsLeft(),
								area.findingsRight(), area.findingsBoth() }));
			}
		}
		String total = NLS.bind(Messages.Compare_summary, new Object[] { left, right, comparison.count() });
		return areasText.length() == 0 ? total : total + " \u2014 " + areasText;
	}

	/**
	 * Selects and reveals the next (or previous) row that is not SAME, in the order shown; past the last it starts
	 * again at the first, so one button walks all differences.
	 */
	public void selectDifference(boolean forward) {
		List<Difference> rows = new ArrayList<>();
		areas.forEach(area -> rows.addAll(area.rows()));
		if (rows.stream().allMatch(d -> d.state() == State.SAME)) {
			return;
		}
		Object selected = values.getStructuredSelection().getFirstElement();
		int start;
		if (selected instanceof Difference difference) {
			start = rows.indexOf(difference);
		} else if (selected instanceof ComparisonRows.Area area) {
			// from an area node, its first row is the next one
			start = rows.indexOf(area.rows().get(0)) - (forward ? 1 : 0);
		} else {
			start = forward ? -1 : rows.size();
		}
		int step = forward ? 1 : -1;
		for (int i = 1; i <= rows.size(); i++) {
			Difference candidate = rows.get(Math.floorMod(start + i * step, rows.size()));
			if (candidate.state() != State.SAME) {
				values.setSelection(new StructuredSelection(candidate), true);
				return;
			}
		}
	}

	public TreeViewer values() {
		return values;
	}

	public TableViewer findings() {
		return findings;
	}

	@Override
	public void setFocus() {
		values.getControl().setFocus();
	}
}
