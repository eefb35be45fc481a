package marswb.area.jobs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import marswb.area.jobs.JobHistory;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.ErrorCodeCount;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.Job;
import marswb.model.server.ServerPackage.Literals;

/**
 * A job that completed with warnings skipped at least one file; the agent lists the skipped files in
 * LastBackupFailedFiles*.txt. Either is evidence of the article's condition.
 */
public final class CompletedWithWarningsCheck implements Check {

	@Override
	public void run(CheckContext context) {
		boolean jobsUsable = context.usable(JobHistory.JOBS);
		boolean filesUsable = context.usable(JobHistory.FAILED_FILES);
		if (!jobsUsable && !filesUsable) {
			context.unknown(JobHistory.JOBS).add();
			return;
		}
		List<Job> jobs = context.server().getJobs();
		List<Job> warned = jobs.stream().filter(j -> JobHistory.completedWithWarnings(j.getJobState())).toList();
		List<Job> numeric = jobs.stream().filter(j -> JobStates.isNumeric(j.getJobState())).toList();
		FailedFilesSummary files = context.server().getFailedFiles();
		Optional<Job> superseding = JobStates.supersedingBackup(context.server());
		long entries = files == null || superseding.isPresent() ? 0 : files.getTotalEntries();
		if (!warned.isEmpty() || entries > 0) {
			FindingBuilder finding = context.finding(Outcome.WARN)
					.message(evidenceSaid(warned.size(), jobs.size(), jobsUsable, files))
					.recommendation(Messages.Warnings_recommendation);
			warned.stream().limit(3).forEach(j -> finding.evidence(j, Literals.JOB__JOB_STATE));
			if (entries > 0) {
				files.getCodes().stream().limit(3).forEach(c -> finding.evidence(c, Literals.ERROR_CODE_COUNT__CODE));
			}
			finding.add();
			return;
		}
		if (!numeric.isEmpty()) {
			FindingBuilder finding = context.finding(Outcome.UNKNOWN)
					.message(NLS.bind(Messages.Warnings_numeric, numeric.size(),
							numeric.stream().map(Job::getJobState).distinct().collect(Collectors.joining(", "))))
					.recommendation(Messages.Warnings_numericRecommendation);
			numeric.stream().limit(3).forEach(j -> finding.evidence(j, Literals.JOB__JOB_STATE));
			finding.add();
			return;
		}
		FindingBuilder pass = context.finding(Outcome.PASS).message(NLS.bind(Messages.Warnings_ok, jobs.size(),
				superseding.isPresent() ? FailedFilesByCodeCheck.superseded(context.server(), superseding.get())
						: filesUsable ? Messages.Warnings_listEmpty : Messages.Warnings_noList));
		superseding.ifPresent(job -> FailedFilesByCodeCheck.supersededEvidence(pass, context.server(), job));
		pass.add();
	}

	/** What the finding rests on: the jobs that completed with warnings, the skipped files, or both. */
	private static String evidenceSaid(int warned, int jobs, boolean jobsUsable, FailedFilesSummary files) {
		List<String> parts = new ArrayList<>();
		if (warned > 0) {
			parts.add(NLS.bind(Messages.Warnings_byJobs, warned, jobs));
		}
		if (files != null && files.getTotalEntries() > 0) {
			parts.add(NLS.bind(Messages.Warnings_byList, files.getTotalEntries(), codes(files)));
			if (warned == 0) {
				parts.add(jobsUsable ? NLS.bind(Messages.Warnings_listOnly, jobs) : Messages.Warnings_listNoJobs);
			}
		}
		return String.join(" ", parts);
	}

	static String codes(FailedFilesSummary files) {
		return files.getCodes().stream()
				.map(c -> (c.getCode() == null ? Messages.Code_none : c.getCode()) + " \u00d7 " + c.getCount())
				.collect(Collectors.joining(", "));
	}

	static String code(ErrorCodeCount count) {
		return count.getCode() == null ? Messages.Code_none : count.getCode();
	}
}
