package marswb.bundle.tests.samples;

import marswb.model.server.ErrorCodeCount;
import marswb.model.server.FailedFilesList;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.FolderCount;
import marswb.model.server.Located;
import marswb.model.server.LogFile;
import marswb.model.server.LogHit;
import marswb.model.server.LogSummary;

/** Objects whose values are counted over many lines rather than read from one; they point at a first occurrence. */
final class Aggregates {

	private Aggregates() {
	}

	static boolean isAggregate(Located located) {
		return located instanceof LogSummary || located instanceof LogFile || located instanceof LogHit
				|| located instanceof FailedFilesSummary || located instanceof FailedFilesList
				|| located instanceof ErrorCodeCount || located instanceof FolderCount;
	}
}
