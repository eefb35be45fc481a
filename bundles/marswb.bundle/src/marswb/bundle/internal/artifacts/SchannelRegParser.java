package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.RegFile;
import marswb.bundle.internal.format.RegKey;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.SchannelProtocol;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.TlsSettings;

/**
 * Reads system/tls-schannel.reg: one {@link SchannelProtocol} per {@code ...\Protocols\<protocol>\<Client|Server>}
 * key. A protocol without a key uses the operating system's default, so absent keys are simply not listed.
 */
public final class SchannelRegParser implements ArtifactParser {

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		RegFile file = RegEvidence.read(input, context);
		TlsSettings tls = null;
		for (RegKey key : file.keys()) {
			String[] segments = key.path().split("\\\\");
			int n = segments.length;
			if (n < 3 || !segments[n - 3].equalsIgnoreCase("Protocols")) {
				continue;
			}
			String side = side(segments[n - 1]);
			if (side == null) {
				continue;
			}
			if (tls == null) {
				tls = ModelParts.part(context.server(), Literals.SERVER__TLS);
			}
			SchannelProtocol protocol = ServerFactory.eINSTANCE.createSchannelProtocol();
			context.add(tls, Literals.TLS_SETTINGS__PROTOCOLS, protocol, key.line(), key.path());
			context.located(protocol, key.line(), key.path());
			context.set(protocol, Literals.SCHANNEL_PROTOCOL__PROTOCOL, segments[n - 2], key.line(), segments[n - 2]);
			context.set(protocol, Literals.SCHANNEL_PROTOCOL__SIDE, side, key.line(), segments[n - 1]);
			RegEvidence.setDword(context, protocol, Literals.SCHANNEL_PROTOCOL__ENABLED, key, "Enabled");
			RegEvidence.setDword(context, protocol, Literals.SCHANNEL_PROTOCOL__DISABLED_BY_DEFAULT, key,
					"DisabledByDefault");
		}
	}

	/** The side in its usual spelling; key names are case-insensitive on Windows. */
	private static String side(String segment) {
		if (segment.equalsIgnoreCase("Client")) {
			return "Client";
		}
		if (segment.equalsIgnoreCase("Server")) {
			return "Server";
		}
		return null;
	}
}
