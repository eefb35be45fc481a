package marswb.area.basics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.OperatingSystem;
import marswb.model.server.SchannelProtocol;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.TlsSettings;

/**
 * The agent talks to Azure over TLS 1.2: the SCHANNEL client protocol must not be disabled, and .NET must use the
 * system's TLS versions with strong crypto (SystemDefaultTlsVersions=1, SchUseStrongCrypto=1).
 */
public final class Tls12Check implements Check {

	static final String SCHANNEL = "system/tls-schannel.reg";
	static final String NETFX = "system/tls-netfx.reg";
	static final String FIX = "basics.enable-tls12";

	@Override
	public void run(CheckContext context) {
		Server server = context.server();
		TlsSettings tls = server.getTls();
		if (!context.usable(SCHANNEL)) {
			context.unknown(SCHANNEL).add();
			return;
		}
		Optional<SchannelProtocol> client = client(server);
		if (client.isPresent() && (Integer.valueOf(0).equals(client.get().getEnabled())
				|| Integer.valueOf(1).equals(client.get().getDisabledByDefault()))) {
			SchannelProtocol c = client.get();
			FindingBuilder finding = context.finding(Outcome.FAIL).quickFix(FIX)
					.message(NLS.bind(Messages.Tls_disabled, value(c.getEnabled()), value(c.getDisabledByDefault())))
					.recommendation(Messages.Tls_recommendation);
			if (c.getEnabled() != null) {
				finding.evidence(c, Literals.SCHANNEL_PROTOCOL__ENABLED);
			}
			if (c.getDisabledByDefault() != null) {
				finding.evidence(c, Literals.SCHANNEL_PROTOCOL__DISABLED_BY_DEFAULT);
			}
			addNetFx(finding, context, tls);
			finding.add();
			return;
		}
		boolean oldOs = client.isEmpty() && olderThan2012R2(server.getOperatingSystem());
		List<String> netfx = netFxProblems(context, tls);
		if (oldOs || !netfx.isEmpty()) {
			List<String> parts = new ArrayList<>(netfx);
			if (oldOs) {
				parts.add(0, Messages.Tls_oldOsNoKey);
			}
			FindingBuilder finding = context.finding(Outcome.WARN).quickFix(FIX)
					.message(NLS.bind(Messages.Tls_partly, String.join(" ", parts)))
					.recommendation(Messages.Tls_recommendation);
			addNetFx(finding, context, tls);
			if (oldOs) {
				finding.evidence(server.getOperatingSystem(), Literals.OPERATING_SYSTEM__VERSION);
			}
			finding.add();
			return;
		}
		FindingBuilder pass = context.finding(Outcome.PASS)
				.message(client.isPresent() ? Messages.Tls_ok : Messages.Tls_okDefault);
		client.ifPresent(c -> pass.evidence(c));
		pass.add();
	}

	private static void addNetFx(FindingBuilder finding, CheckContext context, TlsSettings tls) {
		if (tls != null && tls.getSchUseStrongCrypto() != null) {
			finding.evidence(tls, Literals.TLS_SETTINGS__SCH_USE_STRONG_CRYPTO);
		}
		if (tls != null && tls.getSystemDefaultTlsVersions() != null) {
			finding.evidence(tls, Literals.TLS_SETTINGS__SYSTEM_DEFAULT_TLS_VERSIONS);
		}
	}

	private static List<String> netFxProblems(CheckContext context, TlsSettings tls) {
		List<String> problems = new ArrayList<>();
		if (!context.usable(NETFX)) {
			return problems;
		}
		Integer strong = tls == null ? null : tls.getSchUseStrongCrypto();
		Integer system = tls == null ? null : tls.getSystemDefaultTlsVersions();
		if (!Integer.valueOf(1).equals(strong)) {
			problems.add(NLS.bind(Messages.Tls_netfxValue, "SchUseStrongCrypto", value(strong)));
		}
		if (!Integer.valueOf(1).equals(system)) {
			problems.add(NLS.bind(Messages.Tls_netfxValue, "SystemDefaultTlsVersions", value(system)));
		}
		return problems;
	}

	static Optional<SchannelProtocol> client(Server server) {
		if (server.getTls() == null) {
			return Optional.empty();
		}
		return server.getTls().getProtocols().stream().filter(p -> "TLS 1.2".equalsIgnoreCase(p.getProtocol()))
				.filter(p -> "Client".equalsIgnoreCase(p.getSide())).findFirst();
	}

	/** Windows before 2012 R2 (NT 6.3) has TLS 1.2 off for clients unless the SCHANNEL key turns it on. */
	static boolean olderThan2012R2(OperatingSystem os) {
		if (os == null || os.getVersion() == null) {
			return false;
		}
		String v = os.getVersion().strip();
		return v.startsWith("6.0") || v.startsWith("6.1") || v.startsWith("6.2") || v.startsWith("5.");
	}

	private static String value(Integer value) {
		return value == null ? Messages.Tls_absent : String.valueOf(value);
	}
}
