package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.RegFile;
import marswb.bundle.internal.format.RegKey;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.InternetSettings;
import marswb.model.server.NetworkSettings;
import marswb.model.server.ServerPackage.Literals;

/** Reads network/inet-system.reg: the WinINet proxy of the SYSTEM account, which is the one the agent uses. */
public final class SystemInternetSettingsParser implements ArtifactParser {

	static final String KEY = "HKEY_USERS\\S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		RegFile file = RegEvidence.read(input, context);
		RegKey key = RegEvidence.requiredKeyAt(file, KEY, context).orElse(null);
		if (key == null) {
			return;
		}
		NetworkSettings network = ModelParts.part(context.server(), Literals.SERVER__NETWORK);
		InternetSettings settings = ModelParts.part(network, Literals.NETWORK_SETTINGS__SYSTEM_INTERNET);
		context.located(settings, key.line(), key.path());
		RegEvidence.setDword(context, settings, Literals.INTERNET_SETTINGS__PROXY_ENABLE, key, "ProxyEnable");
		RegEvidence.setString(context, settings, Literals.INTERNET_SETTINGS__PROXY_SERVER, key, "ProxyServer");
		RegEvidence.setString(context, settings, Literals.INTERNET_SETTINGS__PROXY_OVERRIDE, key, "ProxyOverride");
		RegEvidence.setString(context, settings, Literals.INTERNET_SETTINGS__AUTO_CONFIG_URL, key, "AutoConfigURL");
	}
}
