package marswb.area.connectivity.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.EndpointProbe;
import marswb.model.server.LogHit;
import marswb.model.server.NetworkSettings;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;

/**
 * "(407) Proxy Authentication Required": a probe was answered 407, or the agent's logs show it. A proxy that demands
 * credentials works only through the agent's own proxy setting with user name and password (DOMAIN-FACTS 2.3).
 */
public final class ProxyAuthenticationRequiredCheck implements Check {

	static final String FIX = "connectivity.set-agent-proxy-credentials";
	static final String SIGNATURE = "407";

	@Override
	public void run(CheckContext context) {
		boolean probesUsable = context.usable(Net.PROBES);
		boolean logsUsable = context.usable(Net.LOGS);
		if (!probesUsable && !logsUsable) {
			context.unknown(Net.PROBES).add();
			return;
		}
		Server server = context.server();
		NetworkSettings network = server.getNetwork();
		List<EndpointProbe> probes = network == null ? List.of()
				: network.getProbes().stream().filter(p -> Integer.valueOf(407).equals(p.getHttpStatus())).toList();
		List<LogHit> hits = hits(server);
		if (probes.isEmpty() && hits.isEmpty()) {
			context.finding(Outcome.PASS).message(Messages.NoProxyAuth_message).add();
			return;
		}
		long count = probes.size() + hits.stream().mapToLong(LogHit::getCount).sum();
		FindingBuilder finding = context.finding(Outcome.FAIL).quickFix(FIX)
				.message(NLS.bind(Messages.ProxyAuth_message, count))
				.recommendation(Messages.ProxyAuth_recommendation).causedBy("connectivity.proxy-settings-contradict");
		probes.forEach(p -> finding.evidence(p, Literals.ENDPOINT_PROBE__HTTP_STATUS));
		hits.forEach(h -> finding.evidence(h, Literals.LOG_HIT__FIRST_TEXT));
		finding.add();
	}

	static List<LogHit> hits(Server server) {
		if (server.getLogs() == null) {
			return List.of();
		}
		return server.getLogs().getHits().stream().filter(h -> SIGNATURE.equals(h.getSignature())).toList();
	}
}
