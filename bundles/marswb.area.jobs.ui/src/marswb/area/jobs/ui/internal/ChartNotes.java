package marswb.area.jobs.ui.internal;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.area.jobs.JobHistory;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.Server;

/**
 * What a chart says instead of drawing when its data is missing: which artifact to collect, or that it was collected
 * and holds nothing. Null when there is something to draw.
 */
final class ChartNotes {

	private ChartNotes() {
	}

	static String history(Server server) {
		if (server == null) {
			return Messages.Chart_noBundle;
		}
		if (!server.getJobs().isEmpty()) {
			return null;
		}
		Artifact unusable = unusable(server, JobHistory.JOBS);
		if (unusable != null) {
			return NLS.bind(Messages.Chart_jobsUnreadable, unusable.getPath(), unusable.getStatus().getLiteral());
		}
		return collected(server, JobHistory.JOBS) ? NLS.bind(Messages.Chart_jobsNone, JobHistory.JOBS)
				: NLS.bind(Messages.Chart_jobsNotCollected, JobHistory.JOBS);
	}

	static String failedFiles(Server server) {
		if (server == null) {
			return Messages.Chart_noBundle;
		}
		FailedFilesSummary summary = server.getFailedFiles();
		if (summary != null && !summary.getCodes().isEmpty()) {
			return null;
		}
		if (collected(server, JobHistory.FAILED_FILES)) {
			return Messages.Chart_failedNone;
		}
		Artifact unusable = unusable(server, JobHistory.FAILED_FILES);
		return unusable != null
				? NLS.bind(Messages.Chart_failedUnreadable, unusable.getPath(), unusable.getStatus().getLiteral())
				: NLS.bind(Messages.Chart_failedNotCollected, JobHistory.FAILED_FILES);
	}

	/** Some artifact named by {@code glob} was read, whole or in part. */
	private static boolean collected(Server server, String glob) {
		return matching(server, glob).stream()
				.anyMatch(a -> a.getStatus() == ArtifactStatus.OK || a.getStatus() == ArtifactStatus.PARTIAL);
	}

	/** An artifact named by {@code glob} that is in the bundle or its manifest but could not be used. */
	private static Artifact unusable(Server server, String glob) {
		return matching(server, glob).stream()
				.filter(a -> a.getStatus() == ArtifactStatus.UNREADABLE || a.getStatus() == ArtifactStatus.FAILED)
				.findFirst().orElse(null);
	}

	private static List<Artifact> matching(Server server, String glob) {
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
		return server.getArtifacts().stream().filter(a -> a.getPath() != null)
				.filter(a -> matcher.matches(Path.of(a.getPath()))).toList();
	}
}
