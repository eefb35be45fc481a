package marswb.area.encryption.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.CacheSettings;
import marswb.model.server.ServerPackage.Literals;

/**
 * OnlineBackup.KEK must be in the scratch folder; without it the agent cannot use the stored passphrase (0x1FC07,
 * 34506). Judged from the scratch folder listing: absent is FAIL, no listing is UNKNOWN.
 */
public final class KekMissingCheck implements Check {

	static final String LISTING = "agent/scratch-listing.csv";

	@Override
	public void run(CheckContext context) {
		CacheSettings cache = context.server().getCache();
		Boolean present = cache == null ? null : cache.getKekPresent();
		if (present == null || !context.usable(LISTING)) {
			context.unknown(LISTING).add();
			return;
		}
		String folder = cache.getConfigScratchLocation() != null ? cache.getConfigScratchLocation()
				: cache.getFolderFullName();
		if (Boolean.FALSE.equals(cache.getFolderExists())) {
			// no folder, no key file in it: the missing folder is the finding (owned by the cache area)
			context.finding(Outcome.INFO).message(NLS.bind(Messages.KekNoFolder_message, folder))
					.evidence(cache, Literals.CACHE_SETTINGS__FOLDER_EXISTS).causedBy("cache.scratch-folder-missing")
					.add();
			return;
		}
		if (present) {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.KekPresent_message, folder))
					.evidence(cache, Literals.CACHE_SETTINGS__KEK_PRESENT).add();
		} else {
			context.finding(Outcome.FAIL).message(NLS.bind(Messages.KekMissing_message, folder))
					.recommendation(Messages.KekMissing_recommendation)
					.evidence(LISTING, 0, NLS.bind(Messages.KekMissing_evidence, folder, cache.getListedEntries()))
					.causedBy("cache.scratch-location-mismatch").add();
		}
	}
}
