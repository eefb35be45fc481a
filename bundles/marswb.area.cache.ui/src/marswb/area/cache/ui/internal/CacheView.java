package marswb.area.cache.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

import marswb.model.server.CacheSettings;
import marswb.model.server.Server;
import marswb.model.server.ShadowStorage;
import marswb.model.server.Volume;
import marswb.ui.AreaView;
import marswb.ui.AreaViews;

/**
 * The current bundle's scratch (cache) locations with the free space of their volumes against the 5/10 % rule,
 * above the shadow copy storage of each volume: the space the agent needs to back up.
 */
public class CacheView extends AreaView {

	public static final String ID = "marswb.area.cache.ui.cache";

	/** A scratch location as one registry value gives it, and the volume it is on (null when none matches). */
	public record ScratchRow(String setting, String location, Volume volume) {

		Object size() {
			return volume == null ? null : gb(volume.getSize());
		}

		Object free() {
			return volume == null ? null : gb(volume.getSizeRemaining());
		}

		Double freePercent() {
			if (volume == null || volume.getSize() == null || volume.getSizeRemaining() == null
					|| volume.getSize() == 0) {
				return null;
			}
			return volume.getSizeRemaining() * 100.0 / volume.getSize();
		}
	}

	private TableViewer scratch;
	private TableViewer shadow;

	@Override
	protected void createTables(Composite sash) {
		scratch = AreaViews.table(sash);
		AreaViews.<ScratchRow>column(scratch, Messages.Scratch_setting, 200, ScratchRow::setting);
		AreaViews.<ScratchRow>column(scratch, Messages.Scratch_location, 360, ScratchRow::location);
		AreaViews.<ScratchRow>column(scratch, Messages.Scratch_volume, 70,
				r -> r.volume() == null ? null : r.volume().getDriveLetter() + ":");
		AreaViews.<ScratchRow>column(scratch, Messages.Scratch_size, 100, ScratchRow::size);
		AreaViews.<ScratchRow>column(scratch, Messages.Scratch_free, 100, ScratchRow::free);
		AreaViews.<ScratchRow>column(scratch, Messages.Scratch_freePercent, 70,
				r -> r.freePercent() == null ? null : String.format(Locale.ROOT, "%.1f %%", r.freePercent()));
		AreaViews.<ScratchRow>column(scratch, Messages.Scratch_rule, 260, CacheView::rule);
		shadow = AreaViews.table(sash);
		AreaViews.<ShadowStorage>column(shadow, Messages.Shadow_forVolume, 120, ShadowStorage::getForVolume);
		AreaViews.<ShadowStorage>column(shadow, Messages.Shadow_storageVolume, 120, ShadowStorage::getStorageVolume);
		AreaViews.<ShadowStorage>column(shadow, Messages.Shadow_used, 100, s -> gb(s.getUsedBytes()));
		AreaViews.<ShadowStorage>column(shadow, Messages.Shadow_allocated, 100, s -> gb(s.getAllocatedBytes()));
		AreaViews.<ShadowStorage>column(shadow, Messages.Shadow_maximum, 100,
				s -> s.isMaximumUnbounded() ? Messages.Shadow_unbounded : gb(s.getMaximumBytes()));
		AreaViews.<ShadowStorage>column(shadow, Messages.Shadow_maximumPercent, 90,
				s -> s.getMaximumPercent() == null ? null : s.getMaximumPercent() + " %");
	}

	@Override
	protected void show(Server server) {
		scratch.setInput(server == null ? List.of() : scratchRows(server));
		shadow.setInput(server == null ? List.of() : List.copyOf(server.getShadowStorages()));
	}

	// both registry values, as a location moved in only one of them is a cause of its own
	private static List<ScratchRow> scratchRows(Server server) {
		CacheSettings cache = server.getCache();
		List<ScratchRow> rows = new ArrayList<>();
		rows.add(row(server, "Config\\ScratchLocation", cache == null ? null : cache.getConfigScratchLocation()));
		rows.add(row(server, "CloudBackupProvider\\ScratchLocation",
				cache == null ? null : cache.getProviderScratchLocation()));
		return rows;
	}

	private static ScratchRow row(Server server, String setting, String location) {
		String path = location == null ? "" : location.trim();
		Volume volume = null;
		if (path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':') {
			String letter = path.substring(0, 1);
			volume = server.getVolumes().stream().filter(v -> letter.equalsIgnoreCase(v.getDriveLetter())).findFirst()
					.orElse(null);
		}
		return new ScratchRow(setting, location, volume);
	}

	/** The 5/10 % thresholds of the free-space check, applied to the share of the scratch volume that is free. */
	private static String rule(ScratchRow row) {
		if (row.location() != null && row.volume() == null) {
			return Messages.Scratch_noVolume;
		}
		Double percent = row.freePercent();
		if (percent == null) {
			return null;
		}
		return percent < 5 ? Messages.Scratch_below5 : percent < 10 ? Messages.Scratch_below10 : Messages.Scratch_enough;
	}

	private static String gb(Long bytes) {
		return bytes == null ? null : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
	}

	public TableViewer scratch() {
		return scratch;
	}

	public TableViewer shadow() {
		return shadow;
	}
}
