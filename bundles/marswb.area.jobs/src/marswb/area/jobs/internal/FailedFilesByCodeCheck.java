package marswb.area.jobs.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import marswb.area.jobs.JobHistory;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.ErrorCodeCount;
import marswb.model.server.FailedFilesList;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.FolderCount;
import marswb.model.server.Job;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;

/** The skipped files grouped by the error code the agent wrote, with the article's cause and remedy per code. */
public final class FailedFilesByCodeCheck implements Check {

	/** The codes the article's table explains, with their texts and the findings of other areas that cause them. */
	enum Known {
		CORRUPT("0x80070570", Messages.Code570_cause, Messages.Code570_recommendation),
		NOT_FOUND("0x80070002", Messages.Code2_cause, Messages.Code2_recommendation, "cache.scratch-free-space-low",
				"cache.scratch-folder-missing", "connectivity.antivirus-exclusions-missing"),
		PATH_NOT_FOUND("0x80070003", Messages.Code2_cause, Messages.Code2_recommendation,
				"cache.scratch-free-space-low", "cache.scratch-folder-missing",
				"connectivity.antivirus-exclusions-missing"),
		ACCESS_DENIED("0x80070005", Messages.Code5_cause, Messages.Code5_recommendation,
				"connectivity.antivirus-exclusions-missing"),
		CLOUD_FILE("0x8007018B", Messages.Code18b_cause, Messages.Code18b_recommendation);

		final String code;
		final String cause;
		final String recommendation;
		final String[] causes;

		Known(String code, String cause, String recommendation, String... causes) {
			this.code = code;
			this.cause = cause;
			this.recommendation = recommendation;
			this.causes = causes;
		}

		static Optional<Known> of(String code) {
			if (code == null) {
				return Optional.empty();
			}
			for (Known known : values()) {
				if (known.code.equalsIgnoreCase(code.strip())) {
					return Optional.of(known);
				}
			}
			return Optional.empty();
		}
	}

	@Override
	public void run(CheckContext context) {
		Optional<Artifact> artifact = context.artifact(JobHistory.FAILED_FILES);
		if (!context.usable(JobHistory.FAILED_FILES)) {
			if (artifact.isPresent() && (artifact.get().getStatus() != ArtifactStatus.MISSING
					|| artifact.get().getManifestStatus() != null)) {
				// there is a list, or the manifest says one was collected: it is the evidence that is missing
				context.unknown(JobHistory.FAILED_FILES).add();
			} else if (!context.collectionListed()) {
				// without the collector's account of what it collected, no list may only mean no collection
				context.unknown(context.usable(JobStates.MANIFEST) ? JobHistory.FAILED_FILES : JobStates.MANIFEST)
						.add();
			} else {
				context.notApplicable(Messages.FailedFiles_noList).add();
			}
			return;
		}
		FailedFilesSummary files = context.server().getFailedFiles();
		Optional<Job> superseding = JobStates.supersedingBackup(context.server());
		if (superseding.isPresent()) {
			FindingBuilder pass = context.finding(Outcome.PASS)
					.message(superseded(context.server(), superseding.get()));
			supersededEvidence(pass, context.server(), superseding.get());
			pass.add();
			return;
		}
		if (files == null || files.getTotalEntries() == 0) {
			FindingBuilder pass = context.finding(Outcome.PASS).message(Messages.FailedFiles_empty);
			if (files != null) {
				files.getLists().stream().limit(1).forEach(l -> pass.evidence(l, Literals.FAILED_FILES_LIST__ENTRIES));
			}
			pass.add();
			return;
		}
		for (ErrorCodeCount count : files.getCodes()) {
			// each code's own folders: the folders of all codes together would blame one code for another's files
			String folders = count.getTopFolders().stream().limit(5)
					.map(f -> f.getFolder() + " (" + f.getCount() + ")").collect(Collectors.joining(", "));
			String code = CompletedWithWarningsCheck.code(count);
			Optional<Known> known = Known.of(count.getCode());
			FindingBuilder finding;
			if (known.isPresent()) {
				Known k = known.get();
				finding = context.finding(Outcome.WARN).errorCode(k.code)
						.message(NLS.bind(Messages.FailedFiles_known, new Object[] { count.getCount(), code, k.cause,
								folders, count.getFirstEntry() }))
						.recommendation(k.recommendation);
				if (k.causes.length > 0) {
					finding.causedBy(k.causes);
				}
			} else {
				finding = context.finding(Outcome.INFO)
						.message(NLS.bind(Messages.FailedFiles_unknown,
								new Object[] { count.getCount(), code, folders, count.getFirstEntry() }))
						.recommendation(Messages.FailedFiles_unknownRecommendation);
				if (count.getCode() != null) {
					finding.errorCode(count.getCode().toUpperCase(Locale.ROOT).replace("0X", "0x"));
				}
			}
			finding.subject(code).evidence(count, Literals.ERROR_CODE_COUNT__CODE);
			for (FolderCount folder : count.getTopFolders().stream().limit(2).toList()) {
				finding.evidence(folder, Literals.FOLDER_COUNT__FOLDER);
			}
			finding.add();
		}
	}

	/** Says which lists an older backup left and which later backup completed without warnings. */
	static String superseded(Server server, Job backup) {
		List<FailedFilesList> named = server.getFailedFiles().getLists().stream().filter(l -> l.getEntries() > 0)
				.toList();
		long entries = named.stream().mapToLong(FailedFilesList::getEntries).sum();
		ZoneOffset offset = server.getLocalUtcOffsetMinutes() == null ? ZoneOffset.UTC
				: ZoneOffset.ofTotalSeconds(server.getLocalUtcOffsetMinutes() * 60);
		String lists = named.stream().map(l -> l.getArtifact().substring(l.getArtifact().lastIndexOf('/') + 1))
				.collect(Collectors.joining(", "));
		return NLS.bind(Messages.FailedFiles_superseded, new Object[] { lists, entries,
				backup.getStartTime().toInstant().atOffset(offset).toLocalDate().toString() });
	}

	static void supersededEvidence(FindingBuilder finding, Server server, Job backup) {
		server.getFailedFiles().getLists().stream().filter(l -> l.getEntries() > 0)
				.forEach(l -> finding.evidence(l, Literals.FAILED_FILES_LIST__FILE_NAME_DATE));
		finding.evidence(backup, Literals.JOB__START_TIME);
	}
}
