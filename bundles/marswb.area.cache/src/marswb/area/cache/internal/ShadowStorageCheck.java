package marswb.area.cache.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import marswb.engine.DisplayValues;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.ErrorEvidence;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Job;
import marswb.model.server.Registration;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.ShadowStorage;
import marswb.model.server.Volume;

/**
 * Shadow copy storage of each protected volume (increase-shadow-copy-storage). The article gives no size, so this
 * check uses a documented rule of its own: the maximum is compared with the volume size, using the percentage
 * vssadmin printed (else the computed one, rounded): FAIL below 5 %, WARN below 10 % (the usual Windows default for
 * a new association) or when the used storage has reached 90 % of the maximum; UNBOUNDED is fine. A volume without
 * an association is normal: VSS creates one with the first snapshot. What does show too little storage is a job,
 * event or log line where shadow copies failed for lack of it (VSS_E_INSUFFICIENT_STORAGE, 0x8004231F): WARN. When no
 * protected volume has an association and the server is not registered, or has no completed backup, no snapshot
 * was made yet: nothing to judge (INFO).
 * Protected volumes: those of the policy's included file specs, else every fixed NTFS volume with a drive letter.
 * The quick-fix raises the maximum to 10 % of the volume, or to the used storage plus 20 % when that is more.
 */
public final class ShadowStorageCheck implements Check {

	static final String FIX = "cache.resize-shadow-storage";
	static final int FAIL_PERCENT = 5;
	static final int WARN_PERCENT = 10;
	static final int FULL_PERCENT = 90;
	/** VSS_E_INSUFFICIENT_STORAGE: a shadow copy could not be made for lack of shadow copy storage. */
	static final String INSUFFICIENT_STORAGE = "0x8004231F";

	@Override
	public void run(CheckContext context) {
		Server server = context.server();
		Set<String> letters = Scratch.policyLetters(server);
		if (letters.isEmpty()) {
			letters = Scratch.fixedNtfsLetters(server);
		}
		List<ErrorEvidence.Occurrence> noSpace = ErrorEvidence.find(server, Set.of(INSUFFICIENT_STORAGE), List.of());
		if (!noSpace.isEmpty()) {
			ErrorEvidence.addEvidence(context.finding(Outcome.WARN)
					.message(NLS.bind(Messages.ShadowNoSpace_message, INSUFFICIENT_STORAGE, noSpace.size()))
					.recommendation(Messages.Shadow_recommendation), noSpace).add();
		}
		List<String> noneYet = new ArrayList<>();
		int ok = 0;
		for (String letter : letters) {
			Optional<ShadowStorage> found = storage(server, letter);
			Optional<Volume> volume = Scratch.volume(server, letter);
			if (found.isEmpty()) {
				noneYet.add(letter + ":");
				ok++;
				continue;
			}
			ShadowStorage storage = found.get();
			if (storage.isMaximumUnbounded() || storage.getMaximumBytes() == null) {
				ok++;
				continue;
			}
			long size = volume.map(Volume::getSize).orElse(0L) == null ? 0 : volume.map(Volume::getSize).orElse(0L);
			Integer percent = storage.getMaximumPercent();
			if (percent == null && size > 0) {
				percent = (int) Math.round(storage.getMaximumBytes() * 100.0 / size);
			}
			long used = storage.getUsedBytes() == null ? 0 : storage.getUsedBytes();
			boolean full = used >= storage.getMaximumBytes() * FULL_PERCENT / 100;
			Outcome outcome = percent != null && percent < FAIL_PERCENT ? Outcome.FAIL
					: (percent != null && percent < WARN_PERCENT) || full ? Outcome.WARN : Outcome.PASS;
			if (outcome == Outcome.PASS) {
				ok++;
				continue;
			}
			context.finding(outcome).subject(letter).quickFix(FIX)
					.message(NLS.bind(Messages.ShadowSmall_message,
							new Object[] { letter + ":", DisplayValues.bytes(storage.getMaximumBytes()),
									percent == null ? "?" : percent, DisplayValues.bytes(used), FAIL_PERCENT, WARN_PERCENT,
									FULL_PERCENT }))
					.recommendation(Messages.Shadow_recommendation)
					.evidence(storage, Literals.SHADOW_STORAGE__MAXIMUM_BYTES)
					.evidence(storage, Literals.SHADOW_STORAGE__USED_BYTES).add();
		}
		if (ok < letters.size() || !noSpace.isEmpty()) {
			return;
		}
		Optional<String> noSnapshotYet = noneYet.size() == letters.size() ? noSnapshotYet(context, server)
				: Optional.empty();
		if (noSnapshotYet.isPresent()) {
			context.finding(Outcome.INFO).message(noSnapshotYet.get()).add();
			return;
		}
		String all = String.join(", ", letters.stream().map(l -> l + ":").toList());
		context.finding(Outcome.PASS).message(ErrorEvidence.withIgnored(noneYet.isEmpty()
				? NLS.bind(Messages.ShadowOk_message, all)
				: NLS.bind(Messages.ShadowNoneYet_message, all, String.join(", ", noneYet)), server,
				Set.of(INSUFFICIENT_STORAGE))).add();
	}

	/**
	 * Why no snapshot can have been made yet, when no volume has an association to judge: the agent is not
	 * registered (as agent/registry.reg shows), or the job history holds no completed backup.
	 */
	private static Optional<String> noSnapshotYet(CheckContext context, Server server) {
		Registration registration = server.getAgent() == null ? null : server.getAgent().getRegistration();
		if (context.usable(Scratch.REGISTRY) && (registration == null || registration.getVaultName() == null)) {
			return Optional.of(Messages.ShadowNotRegistered_message);
		}
		if (context.usable(Scratch.JOBS) && server.getJobs().stream().noneMatch(ShadowStorageCheck::completed)) {
			return Optional.of(Messages.ShadowNoBackupYet_message);
		}
		return Optional.empty();
	}

	/** A job that ended well, with or without warnings: it made its snapshot. */
	private static boolean completed(Job job) {
		String state = job.getJobState() == null ? "" : job.getJobState().toLowerCase(Locale.ROOT);
		return state.startsWith("completed") || state.startsWith("succeeded");
	}

	static Optional<ShadowStorage> storage(Server server, String letter) {
		return server.getShadowStorages().stream()
				.filter(s -> s.getForVolume() != null && Scratch.driveLetter(s.getForVolume()) != null
						&& Scratch.driveLetter(s.getForVolume()).equalsIgnoreCase(letter))
				.findFirst();
	}

	/** The new maximum: 10 % of the volume, or the used storage plus 20 % when that is more; whole MB. */
	static long target(Server server, String letter) {
		ShadowStorage storage = storage(server, letter).orElseThrow();
		Long size = Scratch.volume(server, letter).map(Volume::getSize).orElse(null);
		long used = storage.getUsedBytes() == null ? 0 : storage.getUsedBytes();
		long target = Math.max(size == null ? 0 : size * WARN_PERCENT / 100, used + used / 5);
		long mb = 1L << 20;
		return (target + mb - 1) / mb * mb;
	}
}
