package marswb.area.cache.internal;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.CacheSettings;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.Volume;

/**
 * The scratch folder must exist on a local, fixed, online NTFS volume (prerequisites; FAQ: network shares,
 * removable media and offline volumes are not supported as cache locations, and NTFS is the only file system).
 */
public final class ScratchFolderMissingCheck implements Check {

	@Override
	public void run(CheckContext context) {
		Server server = context.server();
		CacheSettings cache = server.getCache();
		if (!context.usable(Scratch.FOLDER) || cache == null || cache.getFolderExists() == null) {
			context.unknown(Scratch.FOLDER).add();
			return;
		}
		String location = cache.getConfigScratchLocation() != null ? cache.getConfigScratchLocation()
				: cache.getFolderFullName();
		if (Boolean.FALSE.equals(cache.getFolderExists())) {
			context.finding(Outcome.FAIL).message(NLS.bind(Messages.FolderMissing_message, location))
					.recommendation(Messages.FolderMissing_recommendation)
					.evidence(cache, Literals.CACHE_SETTINGS__FOLDER_EXISTS).add();
			return;
		}
		String letter = Scratch.driveLetter(location);
		if (letter == null) {
			context.finding(Outcome.FAIL).message(NLS.bind(Messages.FolderNotLocal_message, location))
					.recommendation(Messages.FolderUnsupportedVolume_recommendation)
					.evidence(cache, Literals.CACHE_SETTINGS__FOLDER_FULL_NAME).add();
			return;
		}
		if (!context.usable(Scratch.VOLUMES)) {
			context.unknown(Scratch.VOLUMES).add();
			return;
		}
		Optional<Volume> found = Scratch.volume(server, letter);
		if (found.isEmpty()) {
			context.finding(Outcome.FAIL).message(NLS.bind(Messages.VolumeAbsent_message, location, letter + ":"))
					.recommendation(Messages.FolderUnsupportedVolume_recommendation)
					.evidence(cache, Literals.CACHE_SETTINGS__FOLDER_FULL_NAME).add();
			return;
		}
		Volume volume = found.get();
		String operational = volume.getOperationalStatus() == null ? "" : volume.getOperationalStatus();
		boolean offline = operational.toLowerCase(Locale.ROOT).contains("offline");
		if (!Scratch.fixedNtfs(volume) || offline) {
			context.finding(Outcome.FAIL).subject(letter)
					.message(NLS.bind(Messages.VolumeUnsupported_message,
							new Object[] { location, letter + ":", volume.getDriveType(), volume.getFileSystem(),
									operational }))
					.recommendation(Messages.FolderUnsupportedVolume_recommendation)
					.evidence(volume, Literals.VOLUME__DRIVE_TYPE).evidence(volume, Literals.VOLUME__FILE_SYSTEM)
					.add();
			return;
		}
		context.finding(Outcome.PASS).message(NLS.bind(Messages.FolderOk_message, location, letter + ":"))
				.evidence(cache, Literals.CACHE_SETTINGS__FOLDER_EXISTS).evidence(volume, Literals.VOLUME__DRIVE_TYPE)
				.add();
	}
}
