package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.copyWithout;
import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.model.diagnosis.Outcome;
import marswb.ui.internal.findings.FindingColumn;
import marswb.ui.internal.findings.FindingGrouping;
import marswb.ui.internal.findings.FindingsView;

/**
 * The findings view as the user drives it: Group By in the view menu, column headers clicked to sort, the filters
 * with groups. Each test closes the view, so the next one starts with the default order.
 */
class FindingsViewUiTest {

	private static final int OUTCOME = FindingColumn.OUTCOME.ordinal();
	private static final int AREA = FindingColumn.AREA.ordinal();
	private static final int TITLE = FindingColumn.TITLE.ordinal();

	@Test
	void groupsByAreaOrSeverityFromTheViewMenuWorstFirstWithTheirCounts() throws Exception {
		open("samples/broken-cache-encryption");
		FindingsView view = show();
		choose(view, FindingGrouping.AREA);
		Tree tree = view.viewer().getTree();
		assertEquals(8, tree.getItemCount(), "the eight areas");
		TreeItem cache = tree.getItem(0);
		assertEquals("Cache (scratch) \u2014 6 FAIL, 4 PASS", cache.getText(TITLE));
		assertEquals("", cache.getText(OUTCOME), "a group row has its label only");
		for (TreeItem group : tree.getItems()) {
			List<String[]> findings = rows(group);
			assertTrue(!findings.isEmpty(), group.getText());
			findings.forEach(f -> assertEquals(findings.get(0)[AREA], f[AREA], group.getText()));
			assertEquals(counts(findings), group.getText(TITLE).substring(group.getText(TITLE).indexOf(" \u2014 ") + 3));
		}
		assertEquals(List.of("FAIL", "FAIL", "WARN", "INFO", "PASS", "PASS", "PASS", "PASS"),
				List.of(tree.getItems()).stream().map(g -> rows(g).get(0)[OUTCOME]).toList(),
				"groups in the order of their worst finding");

		// the user closes the Encryption group; a filter hides the areas without FAIL and brings them back open
		TreeItem encryption = tree.getItem(1);
		Event collapse = new Event();
		collapse.item = encryption;
		tree.notifyListeners(SWT.Collapse, collapse);
		encryption.setExpanded(false);
		view.setFilter(Outcome.FAIL, null, "");
		assertEquals(List.of("Cache (scratch) \u2014 6 FAIL", "Encryption \u2014 2 FAIL"), labels(tree),
				"only groups with findings shown, counting those");
		assertEquals(6, rows(tree.getItem(0)).size());
		// the checks whose subject is absent filter like any outcome, and the counts above the table name them
		view.setFilter(Outcome.NOT_APPLICABLE, null, "");
		assertEquals(List.of("Basics \u2014 1 NOT_APPLICABLE", "Registration \u2014 4 NOT_APPLICABLE"), labels(tree));
		assertTrue(view.getContentDescription().contains(", 5 NOT_APPLICABLE; showing 5 of 54"),
				view.getContentDescription());
		view.setFilter(null, null, "");
		assertEquals(8, tree.getItemCount());
		assertEquals(List.of(true, false, true, true, true, true, true, true),
				List.of(tree.getItems()).stream().map(TreeItem::getExpanded).toList(),
				"open but for the group the user closed");

		choose(view, FindingGrouping.SEVERITY);
		assertEquals(List.of("high \u2014 7 FAIL", "medium \u2014 1 FAIL, 3 WARN",
				"low \u2014 2 INFO, 36 PASS, 5 NOT_APPLICABLE"),
				labels(tree));

		// the choice outlives the view
		page().hideView(view);
		FindingsView reopened = show();
		assertSame(FindingGrouping.SEVERITY, reopened.grouping());
		assertTrue(groupingAction(reopened, FindingGrouping.SEVERITY).isChecked());
		assertEquals(3, reopened.viewer().getTree().getItemCount());
		choose(reopened, FindingGrouping.NONE);
		assertEquals(54, reopened.viewer().getTree().getItemCount(), "not grouped: one row per finding");
		page().hideView(reopened);
	}

	/** A PASS row reads as what was found to be well, never as the problem its check looks for. */
	@Test
	void aPassRowIsCalledByWhatWasFoundWell() throws Exception {
		open("samples/healthy");
		FindingsView view = show();
		choose(view, FindingGrouping.NONE);
		view.setFilter(Outcome.PASS, null, "");
		List<String[]> passed = rows(view.viewer().getTree());
		assertEquals(47, passed.size());
		assertEquals(List.of(), passed.stream().map(r -> r[TITLE]).filter(t -> t.contains("not running")).toList());
		assertEquals(1, passed.stream().filter(r -> r[TITLE].startsWith("The obengine service is running")).count());
		view.setFilter(null, null, "");
		page().hideView(view);
	}

	@Test
	void unknownFindingsStayVisibleAsSuchInTheirGroup(@TempDir Path temp) throws Exception {
		open(copyWithout("samples/broken-scheduling", temp.resolve("no-jobs"), "agent/jobs.json",
				"agent/failed-files/").toString());
		FindingsView view = show();
		choose(view, FindingGrouping.AREA);
		TreeItem jobs = List.of(view.viewer().getTree().getItems()).stream()
				.filter(g -> rows(g).get(0)[AREA].equals("Backup jobs")).findFirst().orElseThrow();
		assertTrue(jobs.getText(TITLE).contains(" UNKNOWN"), jobs.getText(TITLE));
		assertTrue(rows(jobs).stream().anyMatch(f -> f[OUTCOME].equals("UNKNOWN")));
		choose(view, FindingGrouping.NONE);
		page().hideView(view);
	}

	@Test
	void clickingAColumnHeaderSortsByItAndClickingAgainTurnsTheOrderAround() throws Exception {
		open("samples/broken-cache-encryption");
		FindingsView view = show();
		choose(view, FindingGrouping.NONE);
		Tree tree = view.viewer().getTree();
		assertNull(tree.getSortColumn(), "worst first, no column chosen");
		assertEquals("FAIL", rows(tree).get(0)[OUTCOME]);
		assertEquals("NOT_APPLICABLE", rows(tree).get(tree.getItemCount() - 1)[OUTCOME], "sorts after PASS");

		TreeColumn title = tree.getColumn(TITLE);
		click(title);
		assertSame(title, tree.getSortColumn());
		assertEquals(SWT.UP, tree.getSortDirection());
		List<String> ascending = column(rows(tree), TITLE);
		assertEquals(ascending.stream().sorted(Collator.getInstance()).toList(), ascending);
		click(title);
		assertEquals(SWT.DOWN, tree.getSortDirection());
		List<String> descending = new ArrayList<>(column(rows(tree), TITLE));
		Collections.reverse(descending);
		assertEquals(ascending, descending);

		click(tree.getColumn(OUTCOME));
		List<String> outcomes = column(rows(tree), OUTCOME);
		for (int i = 1; i < outcomes.size(); i++) {
			assertTrue(Outcome.get(outcomes.get(i - 1)).getValue() <= Outcome.get(outcomes.get(i)).getValue(),
					outcomes.toString());
		}

		// grouped, the column orders the findings inside each group; the groups stay worst first
		click(title);
		choose(view, FindingGrouping.AREA);
		assertTrue(tree.getItem(0).getText(TITLE).startsWith("Cache (scratch)"));
		List<String> cacheTitles = column(rows(tree.getItem(0)), TITLE);
		assertEquals(cacheTitles.stream().sorted(Collator.getInstance()).toList(), cacheTitles);
		choose(view, FindingGrouping.NONE);
		page().hideView(view);
	}

	private static FindingsView show() throws Exception {
		FindingsView view = (FindingsView) page().showView(FindingsView.ID);
		view.setFilter(null, null, "");
		return view;
	}

	/** Chooses a grouping in the view menu's Group By, as a click on the radio item does. */
	private static void choose(FindingsView view, FindingGrouping grouping) {
		IAction action = groupingAction(view, grouping);
		action.setChecked(true);
		action.run();
	}

	private static IAction groupingAction(FindingsView view, FindingGrouping grouping) {
		IMenuManager groupBy = (IMenuManager) view.getViewSite().getActionBars().getMenuManager()
				.find(FindingsView.GROUP_BY_MENU);
		return ((ActionContributionItem) groupBy.find(FindingsView.GROUP_BY_MENU + "." + grouping.name())).getAction();
	}

	private static void click(TreeColumn header) {
		header.notifyListeners(SWT.Selection, new Event());
	}

	/** "2 FAIL, 1 PASS" for the outcomes of {@code findings}, worst first. */
	private static String counts(List<String[]> findings) {
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		findings.forEach(f -> counts.merge(Outcome.get(f[OUTCOME]), 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		counts.forEach((outcome, count) -> parts.add(count + " " + outcome.getLiteral()));
		return String.join(", ", parts);
	}

	private static List<String> labels(Tree tree) {
		return List.of(tree.getItems()).stream().map(g -> g.getText(TITLE)).toList();
	}

	private static List<String> column(List<String[]> rows, int column) {
		return rows.stream().map(r -> r[column]).toList();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
