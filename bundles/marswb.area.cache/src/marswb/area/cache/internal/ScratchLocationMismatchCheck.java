package marswb.area.cache.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.CacheSettings;
import marswb.model.server.ServerPackage.Literals;

/**
 * Config\ScratchLocation and Config\CloudBackupProvider\ScratchLocation must name the same folder (prerequisites;
 * the FAQ on moving the cache): compared without case and trailing backslash. They differ after a cache move that
 * updated only one value.
 */
public final class ScratchLocationMismatchCheck implements Check {

	static final String FIX = "cache.align-scratch-location";

	@Override
	public void run(CheckContext context) {
		CacheSettings cache = context.server().getCache();
		if (!context.usable(Scratch.REGISTRY) || cache == null || cache.getConfigScratchLocation() == null) {
			context.unknown(Scratch.REGISTRY).add();
			return;
		}
		String config = cache.getConfigScratchLocation();
		String provider = cache.getProviderScratchLocation();
		if (provider == null) {
			context.finding(Outcome.FAIL).quickFix(FIX).message(NLS.bind(Messages.ProviderMissing_message, config))
					.recommendation(Messages.Mismatch_recommendation)
					.evidence(cache, Literals.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION).add();
		} else if (!Scratch.normalize(config).equals(Scratch.normalize(provider))) {
			context.finding(Outcome.FAIL).quickFix(FIX).message(NLS.bind(Messages.Mismatch_message, config, provider))
					.recommendation(Messages.Mismatch_recommendation)
					.evidence(cache, Literals.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION)
					.evidence(cache, Literals.CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION).add();
		} else {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.Match_message, config))
					.evidence(cache, Literals.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION)
					.evidence(cache, Literals.CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION).add();
		}
	}
}
