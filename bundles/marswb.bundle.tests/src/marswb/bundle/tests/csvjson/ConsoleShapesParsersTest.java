package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.serverAtOffset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.EventViewerCsvParser;
import marswb.bundle.internal.artifacts.JobsTextParser;
import marswb.bundle.internal.artifacts.PolicyListParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.FileSpec;
import marswb.model.server.Job;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

/** The shapes customers send that v1 does not have: Get-OBJob as a table or list, Get-OBPolicy | Format-List, Event Viewer CSV. */
class ConsoleShapesParsersTest {

	/** As the support collector writes it: numbers right-aligned, values wider than their column's name. */
	private static final String JOB_TABLE = """

			StartTime              EndTime                JobType JobState  Name         Data Transferred MB     DataSourceID JobID
			---------              -------                ------- --------  ----         -------------------     ------------ -----
			11/19/2026 10:00:06 PM 11/19/2026 10:00:23 PM Backup  Aborted   D:\\                            0 9223372036854775 aa8dfb4d-d4f4-4717-a87c-9fbf1262507e
			11/18/2026 10:00:04 PM 11/18/2026 10:41:21 PM Backup  Completed System State             18954 9223372036854776 3e4857de-65e6-4086-a67a-5442bd74b084


			""";

	@Test
	void getOBJobTableGivesOneJobPerRowInServerTime() {
		byte[] content = Fixtures.utf16le(JOB_TABLE);
		Result result = parse(new JobsTextParser(), "agent/jobs.txt", content, serverAtOffset(480));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		List<Job> jobs = result.server().getJobs();
		assertEquals(2, jobs.size());
		assertEquals("aa8dfb4d-d4f4-4717-a87c-9fbf1262507e", jobs.get(0).getJobId());
		assertEquals("Aborted", jobs.get(0).getJobState());
		assertEquals("Backup", jobs.get(0).getJobType());
		assertEquals(Instant.parse("2026-11-19T14:00:06Z"), jobs.get(0).getStartTime().toInstant());
		assertEquals(Instant.parse("2026-11-18T14:41:21Z"), jobs.get(1).getEndTime().toInstant());
		assertEquals("Completed", jobs.get(1).getJobState());
		assertOriginsOnTheirLines(result.server(), "agent/jobs.txt", content);
	}

	@Test
	void getOBJobListWithoutAManifestSaysItsTimesAreUtc() {
		Result result = parse(new JobsTextParser(), "agent/jobs.txt", Fixtures.utf16le("""

				StartTime           : 11/19/2026 10:00:04 PM
				EndTime             : 11/19/2026 10:42:21 PM
				JobType             : Backup
				JobState            : Completed
				JobID               : 963538f2-9a07-4a38-a722-bbf80a306b44

				StartTime           : 11/18/2026 10:00:04 PM
				EndTime             : 11/18/2026 10:41:21 PM
				JobType             : Backup
				JobState            : Failed
				ErrorCode           : 130055
				JobID               : 3e4857de-65e6-4086-a67a-5442bd74b084
				"""));
		List<Job> jobs = result.server().getJobs();
		assertEquals(2, jobs.size());
		assertEquals(Instant.parse("2026-11-19T22:00:04Z"), jobs.get(0).getStartTime().toInstant());
		assertEquals("0x1FC07", jobs.get(1).getErrorCode());
		assertNull(jobs.get(0).getErrorCode());
		assertEquals(List.of("the job times are taken as UTC: the manifest gave no UTC offset of the server"),
				result.problems());
	}

	@Test
	void jobsTextIsLeftOutWhenTheJsonWasRead() {
		Server server = serverAtOffset(480);
		server.getJobs().add(ServerFactory.eINSTANCE.createJob());
		Result result = parse(new JobsTextParser(), "agent/jobs.txt", Fixtures.utf16le(JOB_TABLE), server);
		assertEquals(1, result.server().getJobs().size());
		assertEquals(List.of("not read: the jobs were read from agent/jobs.json"), result.problems());
	}

	@Test
	void aTableWithoutJobStateIsNotAJobList() {
		Result result = ParserHarness.run(new JobsTextParser(), "agent/jobs.txt", Fixtures.utf16le("""
				Name  Value
				----  -----
				a     b
				"""));
		assertNotNull(result.failure());
	}

	@Test
	void getOBPolicyFormatListGivesScheduleAndFileSpecs() {
		byte[] content = Fixtures.utf16le("""
				BackupSchedule : 9:30 PM Monday, Wednesday, Friday, Every 1 week(s)
				DsList : {DataSource
				         DatasourceId:4508156004108670001
				         Name:E:\\
				         FileSpec:FileSpec
				         FileSpec:E:\\
				         IsExclude:False
				         IsRecursive:True,

				         FileSpec
				         FileSpec:E:\\Scratch
				         IsExclude:True
				         IsRecursive:True,

				         DataSource
				         DatasourceId:4508156004108670002
				         Name:System State
				    }
				PolicyName : 0b5c1e2d-3f4a-4b6c-8d7e-9f0a1b2c3d4e
				RetentionPolicy : Retention Days : 30
				State : Existing PolicyState : Valid
				""");
		Result result = parse(new PolicyListParser(), "agent/policy.txt", content, serverAtOffset(480));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		var policy = result.server().getPolicy();
		assertEquals("0b5c1e2d-3f4a-4b6c-8d7e-9f0a1b2c3d4e", policy.getPolicyName());
		assertEquals(List.of("21:30"), policy.getScheduleTimes());
		assertEquals(List.of("Monday", "Wednesday", "Friday"), policy.getScheduleDays());
		assertEquals(Boolean.TRUE, policy.getSystemStateProtected());
		List<FileSpec> specs = policy.getFileSpecs();
		assertEquals(2, specs.size());
		assertEquals("E:\\", specs.get(0).getFileSpec());
		assertEquals(Boolean.FALSE, specs.get(0).getIsExclude());
		assertEquals("E:\\Scratch", specs.get(1).getFileSpec());
		assertEquals(Boolean.TRUE, specs.get(1).getIsExclude());
		assertOriginsOnTheirLines(result.server(), "agent/policy.txt", content);
	}

	@Test
	void eventViewerCsvReadsTheAgentsEventsWithTheirMessages() {
		byte[] content = Fixtures.utf8Bom("""
				Level,Date and Time,Source,Event ID,Task Category
				Error,11/19/2026 10:00:41 PM,CloudBackup,11,None,"The backup job failed.
				Error code: 0x1FC07"
				Information,11/19/2026 10:00:04 PM,CloudBackup,3,None,The backup job completed.
				Error,11/19/2026 9:00:00 PM,Disk,11,None,The driver detected a controller error.
				""");
		Result result = parse(new EventViewerCsvParser(), "agent/cloudbackup-events-viewer.csv", content,
				serverAtOffset(480));
		assertEquals(List.of("1 event(s) of other sources left out"), result.problems());
		var events = result.server().getEvents();
		assertEquals(2, events.size());
		assertEquals(11, events.get(0).getEventId());
		assertEquals("Error", events.get(0).getLevel());
		assertEquals("The backup job failed.\nError code: 0x1FC07", events.get(0).getMessage());
		assertEquals(Instant.parse("2026-11-19T14:00:41Z"), events.get(0).getTimeCreated().toInstant());
		assertOriginsOnTheirLines(result.server(), "agent/cloudbackup-events-viewer.csv", content);
	}

	@Test
	void eventViewerCsvOfAnotherLogIsNotRead() {
		Result result = ParserHarness.run(new EventViewerCsvParser(), "agent/cloudbackup-events-viewer.csv",
				Fixtures.utf8Bom("""
						Level,Date and Time,Source,Event ID,Task Category
						Error,11/19/2026 9:00:00 PM,Disk,11,None,The driver detected a controller error.
						"""), serverAtOffset(480));
		assertNotNull(result.failure());
		assertTrue(result.server().getEvents().isEmpty());
	}
}
