package marswb.area.connectivity.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.EndpointProbe;
import marswb.model.server.NetworkSettings;
import marswb.model.server.ServerPackage.Literals;

/**
 * The collector's endpoint probes (ID 100050): a TCP connection plus any HTTP answer (200, 400, 403, 404 included)
 * means the endpoint is reachable; no TCP connection means it is not (FAIL per target). An answer 407 is reachable
 * here and is reported by connectivity.proxy-authentication-required. The endpoints the agent needs are those of the
 * backup-network-connectivity include (current and US Gov), all HTTPS on port 443.
 */
public final class EndpointUnreachableCheck implements Check {

	@Override
	public void run(CheckContext context) {
		NetworkSettings network = context.server().getNetwork();
		List<EndpointProbe> probes = network == null ? List.of() : network.getProbes();
		if (!context.usable(Net.PROBES) || probes.isEmpty()) {
			context.unknown(Net.PROBES).add();
			return;
		}
		List<String> reachable = new ArrayList<>();
		int failed = 0;
		for (EndpointProbe probe : probes) {
			String target = probe.getTarget() + ":" + (probe.getPort() == null ? 443 : probe.getPort());
			if (Boolean.FALSE.equals(probe.getTcpTestSucceeded())) {
				failed++;
				context.finding(Outcome.FAIL).subject(probe.getTarget())
						.message(NLS.bind(Messages.Unreachable_message, target,
								Net.blank(probe.getError()) ? "-" : probe.getError()))
						.recommendation(NLS.bind(Messages.Unreachable_recommendation, Net.ENDPOINTS, Net.ENDPOINTS_US_GOV))
						.evidence(probe, Literals.ENDPOINT_PROBE__TCP_TEST_SUCCEEDED)
						.causedBy("connectivity.proxy-settings-contradict", "basics.tls12-disabled").add();
			} else if (Boolean.TRUE.equals(probe.getTcpTestSucceeded())) {
				reachable.add(target + (probe.getHttpStatus() == null ? "" : " (HTTP " + probe.getHttpStatus() + ")"));
			}
		}
		if (failed == 0) {
			if (reachable.isEmpty()) {
				context.unknown(Net.PROBES).add();
				return;
			}
			context.finding(Outcome.PASS)
					.message(NLS.bind(Messages.Reachable_message, reachable.size(), String.join(", ", reachable)))
					.evidence(probes.get(0), Literals.ENDPOINT_PROBE__TCP_TEST_SUCCEEDED).add();
		}
	}
}
