package marswb.area.cache.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.CacheSettings;
import marswb.model.server.ServerPackage.Literals;

/**
 * The scratch folder must not be Compressed, Encrypted, Sparse or a Reparse Point (prerequisites; FAQ, alone or
 * combined). A deduplicated volume is not supported either, but the bundle cannot show deduplication: the message
 * says so.
 */
public final class ScratchAttributesCheck implements Check {

	static final Set<String> UNSUPPORTED = Set.of("compressed", "encrypted", "sparsefile", "reparsepoint");

	@Override
	public void run(CheckContext context) {
		CacheSettings cache = context.server().getCache();
		if (!context.usable(Scratch.FOLDER) || cache == null || cache.getFolderExists() == null) {
			context.unknown(Scratch.FOLDER).add();
			return;
		}
		if (Boolean.FALSE.equals(cache.getFolderExists()) || cache.getFolderAttributes() == null) {
			context.finding(Outcome.INFO).message(Messages.AttributesNoFolder_message)
					.evidence(cache, Literals.CACHE_SETTINGS__FOLDER_EXISTS).add();
			return;
		}
		List<String> bad = new ArrayList<>();
		for (String attribute : cache.getFolderAttributes().split("[,\\s]+")) {
			if (UNSUPPORTED.contains(attribute.trim().toLowerCase(Locale.ROOT))) {
				bad.add(attribute.trim());
			}
		}
		if (!bad.isEmpty()) {
			context.finding(Outcome.FAIL)
					.message(NLS.bind(Messages.AttributesBad_message, cache.getFolderFullName(), String.join(", ", bad)))
					.recommendation(Messages.AttributesBad_recommendation)
					.evidence(cache, Literals.CACHE_SETTINGS__FOLDER_ATTRIBUTES).add();
		} else {
			context.finding(Outcome.PASS)
					.message(NLS.bind(Messages.AttributesOk_message, cache.getFolderAttributes()))
					.evidence(cache, Literals.CACHE_SETTINGS__FOLDER_ATTRIBUTES).add();
		}
	}
}
