package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import marswb.bundle.internal.format.JsonFields;
import marswb.bundle.internal.format.LocatedJson;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Agent;
import marswb.model.server.AgentProxy;
import marswb.model.server.NetworkSettings;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads agent/machine-setting.json (Get-OBMachineSetting): the agent's own proxy and whether an encryption
 * passphrase is set. Windows PowerShell 5.1 writes enums as numbers, and the numbers of EncryptionKeyStatus are not
 * documented: a number is kept as raw evidence and the status stays unknown; a name (Set, NotSet) is kept as is.
 * Property names are matched without regard to case.
 */
public final class MachineSettingParser implements ArtifactParser {

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		JsonValues json = JsonValues.readOrEmpty(input, context);
		if (json == null) {
			throw new ArtifactFormatException("the file is empty: Get-OBMachineSetting returned nothing");
		}
		List<JsonNode> settings = LocatedJson.items(json.root());
		if (settings.isEmpty() || !settings.get(0).isObject()) {
			throw new ArtifactFormatException("not a Get-OBMachineSetting object", json.line(json.root()));
		}
		JsonNode setting = settings.get(0);
		readProxy(context, json, JsonFields.get(setting, "ProxySetting"));
		JsonNode encryption = JsonFields.get(setting, "EncryptionSetting");
		JsonNode status = JsonFields.get(encryption == null ? setting : encryption, "EncryptionKeyStatus");
		readEncryptionStatus(context, json, status);
	}

	private static void readProxy(ParseContext context, JsonValues json, JsonNode proxySetting) {
		if (JsonFields.isAbsent(proxySetting)) {
			return;
		}
		if (!proxySetting.isObject()) {
			context.problem("ProxySetting is not an object (line " + json.line(proxySetting) + ")");
			return;
		}
		NetworkSettings network = ModelParts.part(context.server(), Literals.SERVER__NETWORK);
		AgentProxy proxy = ModelParts.part(network, Literals.NETWORK_SETTINGS__AGENT_PROXY);
		context.located(proxy, json.line(proxySetting), json.raw(proxySetting));
		json.setBoolean(proxy, Literals.AGENT_PROXY__ENABLED, JsonFields.get(proxySetting, "Enabled"), "Enabled");
		json.setText(proxy, Literals.AGENT_PROXY__PROXY_SERVER, JsonFields.get(proxySetting, "ProxyServer"));
		json.setInteger(proxy, Literals.AGENT_PROXY__PROXY_PORT, JsonFields.get(proxySetting, "ProxyPort"),
				"ProxyPort");
		json.setText(proxy, Literals.AGENT_PROXY__USER_NAME, JsonFields.get(proxySetting, "ProxyUserName", "UserName"));
	}

	private static void readEncryptionStatus(ParseContext context, JsonValues json, JsonNode status) {
		if (JsonFields.isAbsent(status)) {
			return;
		}
		Agent agent = ModelParts.part(context.server(), Literals.SERVER__AGENT);
		if (status.isNumber()) {
			context.set(agent, Literals.AGENT__MACHINE_SETTING_ENCRYPTION_RAW, status.asText(), json.line(status),
					json.raw(status));
			context.problem("EncryptionKeyStatus is the number " + status.asText() + " (line " + json.line(status)
					+ "); the numbers of this enum are not documented, so the status is unknown");
		} else {
			json.setText(agent, Literals.AGENT__ENCRYPTION_KEY_STATUS, status);
		}
	}
}
