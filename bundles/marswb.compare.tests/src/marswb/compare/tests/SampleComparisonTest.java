package marswb.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.compare.Comparison;
import marswb.compare.Difference;
import marswb.compare.ModelComparer;
import marswb.compare.State;
import marswb.compare.Values;
import marswb.model.server.Server;
import marswb.tests.support.SampleVariant;

class SampleComparisonTest {

	static Server read(String sample) {
		try (SampleVariant variant = SampleVariant.of(sample)) {
			return variant.read();
		}
	}

	/** The differences that count, as {@code area path.feature STATE}, sorted. */
	static List<String> drift(Comparison comparison) {
		return comparison.differences().stream().filter(Difference::counts).map(SampleComparisonTest::describe)
				.sorted().toList();
	}

	static String describe(Difference d) {
		return d.area() + " " + d.path() + (d.feature() == null ? "" : "." + d.feature()) + " " + d.state();
	}

	@Test
	void differencesReadInDisplayNamesWithTheirKeys() {
		Comparison comparison = ModelComparer.compare(read("healthy"), read("broken-scheduling"));
		String tasks = "scheduling tasks[\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup";
		assertEquals("Scheduled tasks [\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup-SystemStateBackup]"
				+ " \u203a If the task is already running", Values.displaySubject(
						find(comparison, tasks + "-SystemStateBackup].multipleInstancesPolicy DIFFERENT")));
		assertEquals("Agent logs \u203a Log files [agent/logs/CBEngineCurr.errlog] \u203a Lines", Values.displaySubject(
				find(comparison, "jobs logs/files[agent/logs/CBEngineCurr.errlog].lines DIFFERENT")));
		assertEquals("PowerShell \u203a Execution policies [LocalMachine] \u203a Policy", Values.displaySubject(
				find(comparison, "scheduling powerShell/executionPolicies[LocalMachine].policy DIFFERENT")));
		assertEquals("Jobs [Backup,2026-11-19T14:00:00Z#2]",
				Values.displaySubject(find(comparison, "jobs jobs[Backup,2026-11-19T14:00:00Z#2] ONLY_RIGHT")));
		// every path of the model has names: none falls back to the model's own path
		for (Difference difference : comparison.differences()) {
			assertFalse(Values.displaySubject(difference).equals(Values.subject(difference)),
					Values.subject(difference));
		}
	}

	@Test
	void healthyAgainstBrokenSchedulingShowsExactlyTheSeededDifferences() {
		Comparison comparison = ModelComparer.compare(read("healthy"), read("broken-scheduling"));
		assertFalse(comparison.sameServer());
		String tasks = "scheduling tasks[\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup";
		assertEquals(List.of(
				// (6) the extra Aborted job, its Warning event and errlog line
				"jobs events[11,Warning,Job could not be started as another job was in progress] ONLY_RIGHT",
				"jobs jobs[Backup,2026-11-19T14:00:00Z#2] ONLY_RIGHT",
				"jobs logs/files[agent/logs/CBEngineCurr.errlog].lines DIFFERENT",
				"jobs logs/files[agent/logs/CBEngineCurr.errlog].warnings DIFFERENT",
				// (5) MSOnlineBackup.psd1 not listed
				"scheduling moduleFiles[C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\Modules\\MSOnlineBackup\\MSOnlineBackup.psd1] ONLY_LEFT",
				// (4) PSModulePath, (3) execution policy
				"scheduling powerShell.machinePSModulePath DIFFERENT",
				"scheduling powerShell/executionPolicies[LocalMachine].policy DIFFERENT",
				// (2) MultipleInstancesPolicy, (1) the trigger
				tasks + "-SystemStateBackup].multipleInstancesPolicy DIFFERENT",
				tasks + "]/triggers[CalendarTrigger].enabled DIFFERENT"), drift(comparison));
		assertEquals(9, comparison.count());
		Difference policy = find(comparison, tasks + "-SystemStateBackup].multipleInstancesPolicy DIFFERENT");
		assertEquals("IgnoreNew", policy.left());
		assertEquals("Parallel", policy.right());
		assertEquals("tasks/Microsoft-OnlineBackup-SystemStateBackup.xml", policy.rightOrigin().getArtifact());
		assertTrue(policy.rightOrigin().getLine() > 0);
		// everything else that differs is an identity or a timestamp, expected between two servers
		List<String> expected = comparison.differences().stream().filter(d -> d.expected() && d.state() != State.SAME)
				.map(d -> d.path() + "." + d.feature()).toList();
		assertTrue(expected.containsAll(List.of(".hostName", "operatingSystem.hostName",
				"agent/registration.machineId", "certificates[CN=CB_<host>._7d3e91a4].thumbprint")), expected.toString());
		assertTrue(expected.stream().allMatch(p -> p.matches(
				"(?s).*\\.(bundleName|hostName|machineId|thumbprint|subject|jobId|message|sizeBytes)")), expected.toString());
	}

	@Test
	void aBundleComparedWithItselfHasNoDifference() {
		Server healthy = read("healthy");
		Comparison comparison = ModelComparer.compare(healthy, read("healthy"));
		assertTrue(comparison.sameServer());
		assertEquals(0, comparison.count());
		assertEquals(List.of(".bundleName"), comparison.differences().stream().filter(d -> d.state() != State.SAME)
				.map(d -> d.path() + "." + d.feature()).toList(), "the temporary copies have different names");
	}

	@Test
	void aRemovedArtifactMakesItsValuesIncompleteNotDifferent() {
		Server healthy = read("healthy");
		Server without;
		try (SampleVariant variant = SampleVariant.of("healthy")) {
			without = variant.remove("system/executionpolicy.txt").remove("agent/jobs.json").read();
		}
		Comparison comparison = ModelComparer.compare(healthy, without);
		assertEquals(List.of(), drift(comparison));
		List<String> incomplete = comparison.differences().stream().filter(d -> d.state() == State.INCOMPLETE)
				.map(SampleComparisonTest::describe).toList();
		assertTrue(incomplete.contains("scheduling powerShell/executionPolicies[LocalMachine] INCOMPLETE"),
				incomplete.toString());
		assertTrue(incomplete.contains("evidence artifacts[system/executionpolicy.txt].status INCOMPLETE"),
				incomplete.toString());
		assertEquals(8, incomplete.stream().filter(d -> d.startsWith("jobs jobs[")).count(), incomplete.toString());
	}

	@Test
	void aRenamedServerCountsItsNewHostName() {
		Server before = read("healthy");
		Server after;
		try (SampleVariant variant = SampleVariant.of("healthy")) {
			after = variant.replace("manifest.json", "SRV-FILE01", "SRV-FILE09")
					.replace("system/systeminfo.csv", "SRV-FILE01", "SRV-FILE09").read();
		}
		Comparison comparison = ModelComparer.compare(before, after);
		assertTrue(comparison.sameServer(), "same machine id: one server over time");
		assertEquals(List.of("basics operatingSystem.hostName DIFFERENT", "registration .hostName DIFFERENT"),
				drift(comparison));
		assertEquals("SRV-FILE09", find(comparison, "registration .hostName DIFFERENT").right());
	}

	private static Difference find(Comparison comparison, String description) {
		return comparison.differences().stream().filter(d -> describe(d).equals(description)).findFirst()
				.orElseThrow(() -> new AssertionError(description));
	}
}
