package marswb.area.cache.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import marswb.engine.DisplayValues;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.CacheSettings;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.Volume;

/**
 * Free space on the scratch volume against the size of the protected data (prerequisites; thresholds of docs/contracts.md):
 * FAIL below 5 %, WARN below 10 % of the protected data, plus 30 GB in both when system state is protected. The
 * bundle has no protected data size, so it is derived: the used space (Size - SizeRemaining) of the volumes that the
 * policy's included file specs are on; without such file specs, the used space of every fixed NTFS volume with a
 * drive letter (an overestimate, said in the message). The scratch volume is the drive of Config\ScratchLocation.
 */
public final class ScratchFreeSpaceCheck implements Check {

	static final long SYSTEM_STATE_BYTES = 30_000_000_000L;
	static final int FAIL_PERCENT = 5;
	static final int WARN_PERCENT = 10;

	@Override
	public void run(CheckContext context) {
		Server server = context.server();
		CacheSettings cache = server.getCache();
		if (!context.usable(Scratch.REGISTRY) || cache == null || cache.getConfigScratchLocation() == null) {
			context.unknown(Scratch.REGISTRY).add();
			return;
		}
		if (!context.usable(Scratch.VOLUMES)) {
			context.unknown(Scratch.VOLUMES).add();
			return;
		}
		String letter = Scratch.driveLetter(cache.getConfigScratchLocation());
		if (letter == null) {
			context.finding(Outcome.INFO)
					.message(NLS.bind(Messages.FreeSpaceNoDrive_message, cache.getConfigScratchLocation()))
					.evidence(cache, Literals.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION).add();
			return;
		}
		Optional<Volume> scratchVolume = Scratch.volume(server, letter);
		if (scratchVolume.isEmpty() || scratchVolume.get().getSizeRemaining() == null) {
			context.unknown(Scratch.VOLUMES).add();
			return;
		}
		Volume volume = scratchVolume.get();
		Need need = need(server);
		boolean systemState = need.systemState();
		long failBelow = need.failBelow();
		long warnBelow = need.warnBelow();
		long data = need.data();
		String method = need.method();
		long free = volume.getSizeRemaining();
		Outcome outcome = free < failBelow ? Outcome.FAIL : free < warnBelow ? Outcome.WARN : Outcome.PASS;
		String systemStateText = systemState ? Messages.SystemStateYes : Messages.SystemStateNo;
		Object[] args = { letter + ":", DisplayValues.bytes(free), DisplayValues.bytes(data), method, systemStateText,
				DisplayValues.bytes(failBelow), DisplayValues.bytes(warnBelow), FAIL_PERCENT, WARN_PERCENT };
		FindingBuilder finding = context.finding(outcome).subject(letter)
				.evidence(volume, Literals.VOLUME__SIZE_REMAINING)
				.evidence(cache, Literals.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION);
		if (outcome == Outcome.PASS) {
			finding.message(NLS.bind(Messages.FreeSpaceOk_message, args));
		} else {
			finding.message(NLS.bind(Messages.FreeSpaceLow_message, args))
					.recommendation(Messages.FreeSpaceLow_recommendation);
		}
		if (systemState && server.getPolicy() != null) {
			finding.evidence(server.getPolicy(), Literals.BACKUP_POLICY__SYSTEM_STATE_PROTECTED);
		}
		finding.add();
	}

	/** What the cache needs free on its volume, and how the size of the protected data was found. */
	record Need(long data, String method, boolean systemState, long failBelow, long warnBelow) {
	}

	static Need need(Server server) {
		Set<String> letters = Scratch.policyLetters(server);
		String method;
		if (!letters.isEmpty()) {
			method = NLS.bind(Messages.DataFromPolicy, String.join(", ", letters.stream().map(l -> l + ":").toList()));
		} else {
			letters = Scratch.fixedNtfsLetters(server);
			method = NLS.bind(Messages.DataFromAllVolumes,
					String.join(", ", letters.stream().map(l -> l + ":").toList()));
		}
		long data = 0;
		for (String l : letters) {
			data += Scratch.volume(server, l).map(Scratch::used).orElse(0L);
		}
		boolean systemState = systemStateProtected(server);
		long extra = systemState ? SYSTEM_STATE_BYTES : 0;
		return new Need(data, method, systemState, data * FAIL_PERCENT / 100 + extra, data * WARN_PERCENT / 100 + extra);
	}

	static boolean systemStateProtected(Server server) {
		if (server.getPolicy() != null && Boolean.TRUE.equals(server.getPolicy().getSystemStateProtected())) {
			return true;
		}
		return server.getTasks().stream()
				.anyMatch(t -> t.getPath() != null && t.getPath().toLowerCase(Locale.ROOT).contains("systemstate"));
	}
}
