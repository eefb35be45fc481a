package marswb.area.registration.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

import marswb.engine.DisplayValues;
import marswb.engine.ServerDates;
import marswb.model.server.Agent;
import marswb.model.server.Certificate;
import marswb.model.server.Registration;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.VaultCredentials;
import marswb.ui.AreaView;
import marswb.ui.AreaViews;

/**
 * The current bundle's registration as the agent knows it (vault, subscription, resource group, machine id), above
 * the vault credentials files found on the server and the agent's certificates (subject containing CB_): whether the
 * server is registered to the vault the customer means, and with which name. The credentials files' ManagementCert is
 * a secret and is never shown.
 */
public class RegistrationView extends AreaView {

	public static final String ID = "marswb.area.registration.ui.registration";

	/** One registration setting and its value. */
	public record SettingRow(String setting, Object value) {
	}

	private static final String AGENT_CERTIFICATE = "CB_";

	private TableViewer registration;
	private TableViewer vaultCredentials;
	private TableViewer certificates;

	@Override
	protected void createTables(Composite sash) {
		registration = AreaViews.table(sash);
		AreaViews.<SettingRow>column(registration, Messages.Registration_setting, 200, SettingRow::setting);
		AreaViews.<SettingRow>column(registration, Messages.Registration_value, 420, SettingRow::value);
		vaultCredentials = AreaViews.table(sash);
		AreaViews.<VaultCredentials>column(vaultCredentials, Messages.Credentials_fileName, 340,
				VaultCredentials::getFileName);
		// the date in a file name is a day of the server's calendar, written as show and analyze write it
		AreaViews.<VaultCredentials>column(vaultCredentials, Messages.Credentials_fileNameDate, 170,
				v -> v.getFileNameDate() == null ? null
						: ServerDates.day(v.getFileNameDate(), v.eContainer() instanceof Server s ? s : null));
		AreaViews.<VaultCredentials>column(vaultCredentials, Messages.Credentials_vault, 200,
				VaultCredentials::getResourceName);
		AreaViews.<VaultCredentials>column(vaultCredentials, Messages.Credentials_tenant, 280,
				VaultCredentials::getAadTenantId);
		certificates = AreaViews.table(sash);
		AreaViews.<Certificate>column(certificates, Messages.Certificate_subject, 460, Certificate::getSubject);
		AreaViews.<Certificate>column(certificates, Messages.Certificate_notAfter, 330,
				c -> DisplayValues.of(c, Literals.CERTIFICATE__NOT_AFTER));
	}

	@Override
	protected void show(Server server) {
		registration.setInput(server == null ? List.of() : registrationRows(server));
		vaultCredentials.setInput(server == null ? List.of() : List.copyOf(server.getVaultCredentials()));
		certificates.setInput(server == null ? List.of()
				: server.getCertificates().stream()
						.filter(c -> c.getSubject() != null && c.getSubject().contains(AGENT_CERTIFICATE)).toList());
	}

	private static List<SettingRow> registrationRows(Server server) {
		Agent agent = server.getAgent();
		Registration registration = agent == null ? null : agent.getRegistration();
		return List.of(
				new SettingRow(Messages.Registration_vault, registration == null ? null : registration.getVaultName()),
				new SettingRow(Messages.Registration_subscription,
						registration == null ? null : registration.getSubscriptionId()),
				new SettingRow(Messages.Registration_resourceGroup,
						registration == null ? null : registration.getResourceGroupName()),
				new SettingRow(Messages.Registration_machineId,
						registration == null ? null : registration.getMachineId()));
	}

	public TableViewer registration() {
		return registration;
	}

	public TableViewer vaultCredentials() {
		return vaultCredentials;
	}

	public TableViewer certificates() {
		return certificates;
	}
}
