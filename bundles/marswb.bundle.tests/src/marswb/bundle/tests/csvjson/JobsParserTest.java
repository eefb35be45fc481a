package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.JobsParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.provenance.Provenance;
import marswb.model.server.Job;
import marswb.model.server.ServerPackage.Literals;

class JobsParserTest {

	private static final String PATH = "agent/jobs.json";

	@Test
	void arrayOfJobsWithDatesCodesAndNumericEnums() {
		Result result = parse(new JobsParser(), PATH, CsvJsonAssertions.fixture("jobs.json"));
		assertEquals(2, result.server().getJobs().size());
		Job failed = result.server().getJobs().get(0);
		assertEquals("5f1c6e2a-7b3d-4e8f-9a0b-1c2d3e4f5a6b", failed.getJobId());
		assertEquals("Backup", failed.getJobType());
		assertEquals("Failed", failed.getJobState());
		assertEquals(Instant.parse("2026-11-20T02:00:12Z"), failed.getStartTime().toInstant());
		assertEquals(Instant.parse("2026-11-20T02:10:41Z"), failed.getEndTime().toInstant());
		assertEquals("0x1FC07", failed.getErrorCode());
		assertOrigin(10, "130055", failed, Literals.JOB__ERROR_CODE);
		assertOrigin(6, "\"\\/Date(1795140012000)\\/\"", failed, Literals.JOB__START_TIME);
		assertEquals(3, Provenance.ofObject(failed).orElseThrow().getLine());

		Job running = result.server().getJobs().get(1);
		assertEquals("0", running.getJobType());
		assertEquals("4", running.getJobState());
		assertNull(running.getEndTime(), "DateTime.MinValue is no end");
		assertEquals("0x80070005", running.getErrorCode());
		assertEquals(1, result.problems().size(), result.problems().toString());
		assertTrue(result.problems().get(0).startsWith("2 JobType/JobState value(s) are enum numbers"));
	}

	@Test
	void oneJobIsWrittenAsAnObject() {
		Result result = parse(new JobsParser(), PATH, Fixtures.utf16le("""
				{
				    "JobId":  "11111111-2222-3333-4444-555555555555",
				    "JobType":  "Backup",
				    "JobStatus":  {
				                      "StartTime":  "\\/Date(1795140012000)\\/",
				                      "EndTime":  null,
				                      "JobState":  "Completed",
				                      "ErrorInfo":  {
				                                        "ErrorCode":  "34513"
				                                    }
				                  }
				}
				"""));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		Job job = result.server().getJobs().get(0);
		assertEquals("Completed", job.getJobState());
		assertNull(job.getEndTime());
		assertEquals("34513", job.getErrorCode());
	}

	/** The collector writes each enum's name beside its number; the name is read and the file is not partial. */
	@Test
	void enumNamesWrittenByTheCollectorAreReadBeforeTheNumbers() {
		Result result = parse(new JobsParser(), PATH, Fixtures.utf16le("""
				[
				    {
				        "JobId":  "11111111-2222-3333-4444-555555555555",
				        "JobType":  1,
				        "JobStatus":  {
				                          "JobState":  3,
				                          "StartTime":  "\\/Date(1795140012000)\\/",
				                          "EndTime":  "\\/Date(1795140612000)\\/"
				                      },
				        "JobTypeName":  "Backup",
				        "JobStateName":  "Aborted"
				    },
				    {
				        "JobId":  "66666666-2222-3333-4444-555555555555",
				        "JobType":  1,
				        "JobStatus":  null,
				        "JobTypeName":  "Backup",
				        "JobStateName":  ""
				    }
				]
				"""));
		Job named = result.server().getJobs().get(0);
		assertEquals("Backup", named.getJobType());
		assertEquals("Aborted", named.getJobState());
		assertOrigin(11, "\"Aborted\"", named, Literals.JOB__JOB_STATE);
		Job withoutStatus = result.server().getJobs().get(1);
		assertEquals("Backup", withoutStatus.getJobType());
		assertNull(withoutStatus.getJobState(), "an empty name and no number: no state");
		assertTrue(result.problems().isEmpty(), result.problems().toString());
	}

	@Test
	void noJobsWritesNothing() {
		Result result = parse(new JobsParser(), PATH, Fixtures.utf16le(""));
		assertTrue(result.server().getJobs().isEmpty());
		assertTrue(result.problems().isEmpty());
	}

	@Test
	void shallowConversionAndBadValuesAreReported() {
		Result result = parse(new JobsParser(), PATH, Fixtures.utf16le("""
				[
				    {
				        "JobId":  "a",
				        "JobStatus":  "Microsoft.Internal.CloudBackup.Commands.OBJobStatus"
				    },
				    {
				        "JobId":  "b",
				        "JobStatus":  {
				                          "StartTime":  "yesterday",
				                          "EndTime":  "\\/Date(99999999999999999999)\\/",
				                          "ErrorInfo":  { "ErrorCode":  99999999999 }
				                      }
				    },
				    42
				]
				"""));
		assertEquals(2, result.server().getJobs().size());
		assertNull(result.server().getJobs().get(1).getStartTime());
		assertNull(result.server().getJobs().get(1).getErrorCode());
		assertNull(result.server().getJobs().get(1).getEndTime());
		assertEquals(5, result.problems().size(), result.problems().toString());
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "JobStatus is not an object (line 4)"));
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "\"yesterday\" is not a date"));
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "not a 32-bit error code"));
		assertTrue(CsvJsonAssertions.anyProblemContains(result, "not a job object (line 14)"));
	}

	@Test
	void malformedJsonIsUnreadable() {
		Result result = ParserHarness.run(new JobsParser(), PATH, Fixtures.utf16le("[\n    {\n        \"JobId\":  \"a\"\n"));
		assertNotNull(result.failure());
		assertTrue(result.failure().getMessage().startsWith("not valid JSON"), result.failure().getMessage());
	}

	/** What ConvertTo-Json of Windows PowerShell 5.1 writes for a DateTime that came from Get-Date. */
	@Test
	void aDateTimeObjectOfGetDateIsADate() {
		Result result = parse(new JobsParser(), PATH, Fixtures.utf16le("""
				{
				    "JobId":  "11111111-2222-3333-4444-555555555555",
				    "JobStatus":  {
				                      "StartTime":  {
				                                        "value":  "\\/Date(1795140012000)\\/",
				                                        "DisplayHint":  2,
				                                        "DateTime":  "Friday, 20 November 2026 10:00:12"
				                                    },
				                      "EndTime":  {
				                                      "value":  "\\/Date(1795140641000)\\/",
				                                      "DisplayHint":  2,
				                                      "DateTime":  "Freitag, 20. November 2026 10:10:41"
				                                  },
				                      "JobState":  "Completed"
				                  }
				}
				"""));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		Job job = result.server().getJobs().get(0);
		assertEquals(Instant.parse("2026-11-20T02:00:12Z"), job.getStartTime().toInstant());
		assertEquals(Instant.parse("2026-11-20T02:10:41Z"), job.getEndTime().toInstant());
		assertOrigin(5, "\"\\/Date(1795140012000)\\/\"", job, Literals.JOB__START_TIME);
	}
}
