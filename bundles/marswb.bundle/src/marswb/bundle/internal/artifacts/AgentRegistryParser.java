package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

import marswb.bundle.internal.format.RegFile;
import marswb.bundle.internal.format.RegKey;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Agent;
import marswb.model.server.CacheSettings;
import marswb.model.server.Registration;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads agent/registry.reg, the export of the agent's own key: install folder, both scratch locations (which must
 * agree) and the vault registration. A missing {@code Config} value stays null: the server may not be registered.
 */
public final class AgentRegistryParser implements ArtifactParser {

	static final String ROOT = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Azure Backup";

	private record RegistrationValue(String name, EAttribute feature) {
	}

	private static final List<RegistrationValue> REGISTRATION = List.of(
			new RegistrationValue("ServiceResourceName", Literals.REGISTRATION__VAULT_NAME),
			new RegistrationValue("SubscriptionId", Literals.REGISTRATION__SUBSCRIPTION_ID),
			new RegistrationValue("ResourceGroupName", Literals.REGISTRATION__RESOURCE_GROUP_NAME),
			new RegistrationValue("MachineId", Literals.REGISTRATION__MACHINE_ID),
			new RegistrationValue("ResourceId", Literals.REGISTRATION__RESOURCE_ID));

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		RegFile file = RegEvidence.read(input, context);
		if (file.keys().isEmpty()) {
			context.problem("the export holds no key");
			return;
		}
		file.key(ROOT + "\\Setup").filter(setup -> setup.value("InstallPath").isPresent()).ifPresent(setup -> {
			Agent agent = ModelParts.part(context.server(), Literals.SERVER__AGENT);
			RegEvidence.setString(context, agent, Literals.AGENT__INSTALL_PATH, setup, "InstallPath");
		});
		RegKey config = file.key(ROOT + "\\Config").orElse(null);
		if (config != null) {
			readScratch(context, config, "ScratchLocation", Literals.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION);
			readRegistration(context, config);
		}
		file.key(ROOT + "\\Config\\CloudBackupProvider").ifPresent(provider -> readScratch(context, provider,
				"ScratchLocation", Literals.CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION));
	}

	private static void readScratch(ParseContext context, RegKey key, String name, EAttribute feature) {
		if (key.value(name).isPresent()) {
			CacheSettings cache = ModelParts.part(context.server(), Literals.SERVER__CACHE);
			RegEvidence.setString(context, cache, feature, key, name);
		}
	}

	private static void readRegistration(ParseContext context, RegKey config) {
		if (REGISTRATION.stream().noneMatch(v -> config.value(v.name()).isPresent())) {
			return;
		}
		Agent agent = ModelParts.part(context.server(), Literals.SERVER__AGENT);
		Registration registration = ModelParts.part(agent, Literals.AGENT__REGISTRATION);
		context.located(registration, config.line(), config.path());
		for (RegistrationValue value : REGISTRATION) {
			RegEvidence.setString(context, registration, value.feature(), config, value.name());
		}
	}
}
