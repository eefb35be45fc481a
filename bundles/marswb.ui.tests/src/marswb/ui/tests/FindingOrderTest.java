package marswb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import marswb.model.diagnosis.DiagnosisFactory;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;
import marswb.ui.internal.findings.FindingColumn;
import marswb.ui.internal.findings.FindingGroup;
import marswb.ui.internal.findings.FindingGrouping;
import marswb.ui.internal.findings.FindingOrder;

/** Grouping and sorting of the findings view, without the view: groups, their order and labels, column orders. */
class FindingOrderTest {

	private static final Finding CACHE_FAIL_LOW = finding("cache", Outcome.FAIL, Severity.LOW, "b scratch");
	private static final Finding CACHE_FAIL_HIGH = finding("cache", Outcome.FAIL, Severity.HIGH, "c shadow");
	private static final Finding CACHE_WARN = finding("cache", Outcome.WARN, Severity.MEDIUM, "a attributes");
	private static final Finding BASICS_ERROR = finding("basics", Outcome.ERROR, Severity.CRITICAL, "d agent");
	private static final Finding JOBS_UNKNOWN = finding("jobs", Outcome.UNKNOWN, Severity.MEDIUM, "e history");
	private static final Finding SCHEDULING_PASS = finding("scheduling", Outcome.PASS, Severity.CRITICAL, "f tasks");
	private static final List<Finding> FINDINGS = List.of(SCHEDULING_PASS, CACHE_WARN, JOBS_UNKNOWN, CACHE_FAIL_LOW,
			BASICS_ERROR, CACHE_FAIL_HIGH);
	private static final Map<String, String> NAMES = Map.of("cache", "Cache", "basics", "Basics", "jobs", "Jobs",
			"scheduling", "Scheduling");

	@Test
	void areasComeInTheOrderOfTheirWorstFindingWithTheirOwnFindingsWorstFirst() {
		List<FindingGroup> groups = FindingGrouping.AREA.groups(FINDINGS, NAMES::get);
		assertEquals(List.of("Cache", "Basics", "Jobs", "Scheduling"), groups.stream().map(FindingGroup::name).toList());
		assertEquals(List.of(0, 1, 2, 3), groups.stream().map(FindingGroup::rank).toList());
		assertEquals(List.of(CACHE_FAIL_HIGH, CACHE_FAIL_LOW, CACHE_WARN), groups.get(0).members());
		assertEquals("Cache \u2014 2 FAIL, 1 WARN", groups.get(0).label(f -> true));
		assertEquals("Jobs \u2014 1 UNKNOWN", groups.get(2).label(f -> true), "UNKNOWN is named as such");
		assertEquals("Basics \u2014 1 ERROR", groups.get(1).label(f -> true), "ERROR is named as such");
	}

	@Test
	void aGroupCountsOnlyTheFindingsShown() {
		FindingGroup cache = FindingGrouping.AREA.groups(FINDINGS, NAMES::get).get(0);
		assertEquals("Cache \u2014 2 FAIL", cache.label(f -> f.getOutcome() == Outcome.FAIL));
		assertTrue(cache.anyShown(f -> f.getOutcome() == Outcome.WARN));
		assertFalse(cache.anyShown(f -> f.getOutcome() == Outcome.PASS));
	}

	@Test
	void severitiesComeCriticalFirstWhateverTheirOutcomes() {
		List<FindingGroup> groups = FindingGrouping.SEVERITY.groups(FINDINGS, NAMES::get);
		assertEquals(List.of("critical", "high", "medium", "low"), groups.stream().map(FindingGroup::name).toList());
		assertEquals(List.of(BASICS_ERROR, SCHEDULING_PASS), groups.get(0).members());
		assertEquals("critical \u2014 1 ERROR, 1 PASS", groups.get(0).label(f -> true));
		assertEquals(List.of(CACHE_WARN, JOBS_UNKNOWN), groups.get(2).members());
	}

	@Test
	void noGroupingGivesNoGroupsAndGroupsAreTheSameByKind() {
		assertTrue(FindingGrouping.NONE.groups(FINDINGS, NAMES::get).isEmpty());
		assertEquals(FindingGrouping.AREA.groups(FINDINGS, NAMES::get).get(0),
				FindingGrouping.AREA.groups(List.of(CACHE_WARN), NAMES::get).get(0),
				"the same area with other findings is the same row, so it stays expanded");
	}

	@Test
	void worstFirstUntilAColumnIsChosenThenAscendingAndDescendingByIt() {
		FindingOrder order = new FindingOrder();
		assertNull(order.column());
		assertEquals(List.of(CACHE_FAIL_HIGH, CACHE_FAIL_LOW, BASICS_ERROR, CACHE_WARN, JOBS_UNKNOWN, SCHEDULING_PASS),
				sorted(order));

		order.sortBy(FindingColumn.TITLE);
		assertFalse(order.descending());
		assertEquals(List.of(CACHE_WARN, CACHE_FAIL_LOW, CACHE_FAIL_HIGH, BASICS_ERROR, JOBS_UNKNOWN, SCHEDULING_PASS),
				sorted(order));
		order.sortBy(FindingColumn.TITLE);
		assertTrue(order.descending());
		assertEquals(List.of(SCHEDULING_PASS, JOBS_UNKNOWN, BASICS_ERROR, CACHE_FAIL_HIGH, CACHE_FAIL_LOW, CACHE_WARN),
				sorted(order));

		order.sortBy(FindingColumn.SEVERITY);
		assertFalse(order.descending(), "another column starts ascending");
		assertEquals(List.of(BASICS_ERROR, SCHEDULING_PASS, CACHE_FAIL_HIGH, CACHE_WARN, JOBS_UNKNOWN, CACHE_FAIL_LOW),
				sorted(order), "critical first, ties worst first");
	}

	@Test
	void groupsKeepTheirRankWhateverTheColumn() {
		List<FindingGroup> groups = FindingGrouping.AREA.groups(FINDINGS, NAMES::get);
		FindingOrder order = new FindingOrder();
		order.sortBy(FindingColumn.AREA);
		order.sortBy(FindingColumn.AREA);
		assertTrue(order.compare(null, groups.get(0), groups.get(3)) < 0);
		assertTrue(order.compare(null, groups.get(3), groups.get(1)) > 0);
	}

	@Test
	void columnsShowTheFindingsValuesAndEmptyForNone() {
		Finding finding = finding("cache", Outcome.WARN, Severity.HIGH, "title");
		assertEquals("WARN", FindingColumn.OUTCOME.text(finding));
		assertEquals("high", FindingColumn.SEVERITY.text(finding));
		assertEquals("Cache (scratch)", FindingColumn.AREA.text(finding), "the area's name");
		assertEquals("", FindingColumn.SUBJECT.text(finding));
	}

	private static List<Finding> sorted(FindingOrder order) {
		return FINDINGS.stream().sorted((a, b) -> order.compare(null, a, b)).toList();
	}

	private static Finding finding(String area, Outcome outcome, Severity severity, String title) {
		Finding finding = DiagnosisFactory.eINSTANCE.createFinding();
		finding.setArea(area);
		finding.setCheck(area + "." + title.replace(' ', '-'));
		finding.setOutcome(outcome);
		finding.setSeverity(severity);
		finding.setTitle(title);
		return finding;
	}
}
