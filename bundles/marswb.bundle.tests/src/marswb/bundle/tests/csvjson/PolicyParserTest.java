package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.serverAtOffset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.PolicyParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.provenance.Provenance;
import marswb.model.server.BackupPolicy;
import marswb.model.server.FileSpec;
import marswb.model.server.ServerPackage.Literals;

class PolicyParserTest {

	private static final String PATH = "agent/policy.json";

	@Test
	void scheduleFileSpecsAndSystemState() {
		Result result = parse(new PolicyParser(), PATH, CsvJsonAssertions.fixture("policy.json"), serverAtOffset(480));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		BackupPolicy policy = result.server().getPolicy();
		assertEquals("b5a8f2c1-3d4e-4f6a-8b9c-0d1e2f3a4b5c", policy.getPolicyName());
		assertEquals(List.of("Monday", "Wednesday", "Friday"), policy.getScheduleDays());
		assertEquals(7, Provenance.allOf(policy, Literals.BACKUP_POLICY__SCHEDULE_DAYS).get(0).getLine());
		// 19:30 UTC on a server at UTC+8
		assertEquals(List.of("03:30"), policy.getScheduleTimes());
		assertEquals("\"\\/Date(1795116600000)\\/\"",
				Provenance.allOf(policy, Literals.BACKUP_POLICY__SCHEDULE_TIMES).get(0).getRaw());
		assertEquals(2, policy.getFileSpecs().size());
		FileSpec shares = policy.getFileSpecs().get(0);
		assertEquals("D:\\Shares", shares.getFileSpec());
		assertEquals(Boolean.FALSE, shares.getIsExclude());
		assertEquals(Boolean.TRUE, shares.getIsRecursive());
		assertOrigin(21, "\"D:\\\\Shares\"", shares, Literals.FILE_SPEC__FILE_SPEC);
		FileSpec tmp = policy.getFileSpecs().get(1);
		assertEquals("D:\\Shares\\*.tmp", tmp.getFileSpec());
		assertEquals(Boolean.TRUE, tmp.getIsExclude());
		assertEquals(Boolean.TRUE, policy.getSystemStateProtected());
		assertEquals(33, CsvJsonAssertions.origin(policy, Literals.BACKUP_POLICY__SYSTEM_STATE_PROTECTED).getLine());
	}

	@Test
	void dateWithItsOwnOffsetAndSingleValuesInsteadOfArrays() {
		Result result = parse(new PolicyParser(), PATH, Fixtures.utf16le("""
				[
				    {
				        "PolicyName":  "p1",
				        "BackupSchedule":  {
				                               "ScheduleRunDays":  "Sunday",
				                               "ScheduleRunTimes":  "\\/Date(1795116600000+0800)\\/"
				                           },
				        "FileSpec":  {
				                         "FileSpec":  "C:\\\\Data",
				                         "IsExclude":  false
				                     }
				    }
				]
				"""));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		BackupPolicy policy = result.server().getPolicy();
		assertEquals(List.of("Sunday"), policy.getScheduleDays());
		assertEquals(List.of("03:30"), policy.getScheduleTimes());
		assertEquals("C:\\Data", policy.getFileSpecs().get(0).getFileSpec());
		assertNull(policy.getFileSpecs().get(0).getIsRecursive());
		// no system-state data source here: unknown, since system state may have a policy of its own
		assertNull(policy.getSystemStateProtected());
	}

	@Test
	void withoutAnyOffsetTimesAreUtcAndSaidSo() {
		Result result = parse(new PolicyParser(), PATH, Fixtures.utf16le("""
				{
				    "BackupSchedule":  {
				                           "ScheduleRunDays":  [ 0, 9 ],
				                           "ScheduleRunTimes":  [ "\\/Date(1795116600000)\\/", "soon" ]
				                       }
				}
				"""));
		BackupPolicy policy = result.server().getPolicy();
		assertEquals(List.of("Sunday", "9"), policy.getScheduleDays());
		assertEquals(List.of("19:30"), policy.getScheduleTimes());
		assertEquals(3, result.problems().size(), result.problems().toString());
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "ScheduleRunDays 9 is not a day"));
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "\"soon\" is not a date"));
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "in UTC"));
	}

	@Test
	void emptyFileMeansNoPolicy() {
		Result result = parse(new PolicyParser(), PATH, Fixtures.utf16le(""));
		assertNull(result.server().getPolicy());
		assertTrue(result.problems().isEmpty());
	}

	@Test
	void malformedJsonIsUnreadable() {
		Result result = ParserHarness.run(new PolicyParser(), PATH, Fixtures.utf16le("{\n  \"PolicyName\": \"p1\",,\n}\n"));
		assertNotNull(result.failure());
		assertEquals(2, result.failure().line());
	}

	@Test
	void aScalarIsNotAPolicy() {
		Result result = ParserHarness.run(new PolicyParser(), PATH, Fixtures.utf16le("\"Microsoft.Internal.CloudBackup.Commands.OBPolicy\"\n"));
		assertNotNull(result.failure());
		assertTrue(result.failure().getMessage().contains("not a Get-OBPolicy object"));
	}

	@Test
	void aScheduleTimeAsADateTimeObjectOfGetDate() {
		Result result = parse(new PolicyParser(), PATH, Fixtures.utf16le("""
				{
				    "BackupSchedule":  {
				                           "ScheduleRunDays":  [ 0 ],
				                           "ScheduleRunTimes":  [
				                                                    {
				                                                        "value":  "\\/Date(1795116600000+0800)\\/",
				                                                        "DisplayHint":  2,
				                                                        "DateTime":  "Friday, November 20, 2026 3:30:00 AM"
				                                                    }
				                                                ]
				                       }
				}
				"""));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		assertEquals(List.of("03:30"), result.server().getPolicy().getScheduleTimes());
	}
}
