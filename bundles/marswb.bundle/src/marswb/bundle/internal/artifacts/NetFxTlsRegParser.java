package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.RegFile;
import marswb.bundle.internal.format.RegKey;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.TlsSettings;

/** Reads system/tls-netfx.reg: the .NET 4 {@code SchUseStrongCrypto} and {@code SystemDefaultTlsVersions}. */
public final class NetFxTlsRegParser implements ArtifactParser {

	static final String KEY = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		RegFile file = RegEvidence.read(input, context);
		RegKey key = RegEvidence.requiredKeyAt(file, KEY, context).orElse(null);
		if (key == null) {
			return;
		}
		TlsSettings tls = ModelParts.part(context.server(), Literals.SERVER__TLS);
		RegEvidence.setDword(context, tls, Literals.TLS_SETTINGS__SCH_USE_STRONG_CRYPTO, key, "SchUseStrongCrypto");
		RegEvidence.setDword(context, tls, Literals.TLS_SETTINGS__SYSTEM_DEFAULT_TLS_VERSIONS, key,
				"SystemDefaultTlsVersions");
	}
}
