package marswb.area.encryption.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

import marswb.model.server.Agent;
import marswb.model.server.CacheSettings;
import marswb.model.server.Server;
import marswb.ui.AreaView;
import marswb.ui.AreaViews;

/**
 * The current bundle's encryption settings: the encryption key status (the raw value when the status was a number
 * the collector did not know), the scratch folder and whether OnlineBackup.KEK is in it, the file without which the
 * agent cannot read its passphrase.
 */
public class EncryptionView extends AreaView {

	public static final String ID = "marswb.area.encryption.ui.encryption";

	/** One encryption setting and its value. */
	public record SettingRow(String setting, Object value) {
	}

	private TableViewer settings;

	@Override
	protected void createTables(Composite parent) {
		settings = AreaViews.table(parent);
		AreaViews.<SettingRow>column(settings, Messages.Encryption_setting, 220, SettingRow::setting);
		AreaViews.<SettingRow>column(settings, Messages.Encryption_value, 420, SettingRow::value);
	}

	@Override
	protected void show(Server server) {
		settings.setInput(server == null ? List.of() : rows(server));
	}

	private static List<SettingRow> rows(Server server) {
		Agent agent = server.getAgent();
		String status = agent == null ? null : agent.getEncryptionKeyStatus();
		if (status == null && agent != null) {
			status = agent.getMachineSettingEncryptionRaw();
		}
		CacheSettings cache = server.getCache();
		// the folder the agent uses, as the KEK check reads it: the Config value, else the folder listed
		String folder = cache == null ? null
				: cache.getConfigScratchLocation() != null ? cache.getConfigScratchLocation()
						: cache.getFolderFullName();
		return List.of(new SettingRow(Messages.Encryption_keyStatus, status),
				new SettingRow(Messages.Encryption_scratchFolder, folder),
				new SettingRow(Messages.Encryption_kekPresent, cache == null ? null : cache.getKekPresent()));
	}

	public TableViewer settings() {
		return settings;
	}
}
