package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;

import marswb.bundle.internal.format.CultureDates;
import marswb.bundle.ErrorCodes;
import marswb.bundle.internal.format.PowerShellText;
import marswb.bundle.internal.format.PowerShellText.Cell;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Job;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads agent/jobs.txt: {@code Get-OBJob -Previous 100} formatted as a table or a list (the support collector's
 * StartTime, EndTime, JobType, JobState, Name, Data Transferred MB, DataSourceID, JobID), a shape customers send
 * instead of the JSON. Times are the server's local time in its culture; without the server's UTC offset they are
 * taken as UTC, and the artifact says so. When agent/jobs.json was read too, it has more (error codes and texts)
 * and this file is left out, so no job is counted twice.
 */
public final class JobsTextParser implements ArtifactParser {

	private static final int MAX_LINES = 100_000;

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		if (!context.server().getJobs().isEmpty()) {
			context.problem("not read: the jobs were read from agent/jobs.json");
			return;
		}
		List<Map<String, Cell>> records = PowerShellText.records(ConsoleOutput.read(input, context, MAX_LINES).lines());
		List<Map<String, Cell>> jobs = records.stream().filter(r -> r.containsKey("JobState")).toList();
		if (jobs.isEmpty()) {
			throw new ArtifactFormatException("no Get-OBJob table or list (no JobState column or property)", 1);
		}
		ZoneOffset offset = context.collectionOffset().orElse(ZoneOffset.UTC);
		int unparsed = 0;
		for (Map<String, Cell> record : jobs) {
			Job job = ServerFactory.eINSTANCE.createJob();
			context.server().getJobs().add(job);
			Cell first = record.values().iterator().next();
			context.located(job, first.line(), first.lines().get(0).text());
			setText(context, job, Literals.JOB__JOB_ID, record.get("JobID"));
			setText(context, job, Literals.JOB__JOB_TYPE, record.get("JobType"));
			setText(context, job, Literals.JOB__JOB_STATE, record.get("JobState"));
			unparsed += setTime(context, job, Literals.JOB__START_TIME, record.get("StartTime"), offset);
			unparsed += setTime(context, job, Literals.JOB__END_TIME, record.get("EndTime"), offset);
			Cell code = record.get("ErrorCode");
			if (code != null && !code.value().isEmpty()) {
				Optional<String> normalized = ErrorCodes.normalize(code.value());
				if (normalized.isPresent() && !normalized.get().equals("0")) {
					context.set(job, Literals.JOB__ERROR_CODE, normalized.get(), code.line(), code.raw());
				}
			}
		}
		if (unparsed > 0) {
			context.problem(unparsed + " time(s) are not dates of a known culture");
		}
		if (context.collectionOffset().isEmpty()) {
			context.problem("the job times are taken as UTC: the manifest gave no UTC offset of the server");
		}
	}

	private static void setText(ParseContext context, Job job, EAttribute feature, Cell cell) {
		if (cell != null && !cell.value().isEmpty()) {
			context.set(job, feature, cell.value(), cell.line(), cell.raw());
		}
	}

	/** @return 1 when the cell holds text that is not a date */
	private static int setTime(ParseContext context, Job job, EAttribute feature, Cell cell, ZoneOffset offset) {
		if (cell == null || cell.value().isEmpty()) {
			return 0;
		}
		Optional<LocalDateTime> local = CultureDates.parse(cell.value());
		if (local.isEmpty()) {
			return 1;
		}
		context.set(job, feature, CultureDates.toDate(local.get(), offset), cell.line(), cell.raw());
		return 0;
	}
}
