package marswb.area.connectivity.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

import marswb.model.server.AgentProxy;
import marswb.model.server.EndpointProbe;
import marswb.model.server.InternetSettings;
import marswb.model.server.NetworkSettings;
import marswb.model.server.Server;
import marswb.model.server.WinHttpProxy;
import marswb.ui.AreaView;
import marswb.ui.AreaViews;

/**
 * The current bundle's three proxy configurations side by side (the SYSTEM account's WinINet settings, the agent's
 * own, WinHTTP), since the agent's traffic follows whichever applies and a mismatch is the usual cause; below, the
 * endpoint probes with their TCP and HTTP results.
 */
public class ConnectivityView extends AreaView {

	public static final String ID = "marswb.area.connectivity.ui.connectivity";

	/** One setting across the three configurations; "n/a" where a configuration has no such value. */
	public record ProxyRow(String setting, Object system, Object agent, Object winHttp) {
	}

	private TableViewer proxies;
	private TableViewer probes;

	@Override
	protected void createTables(Composite sash) {
		proxies = AreaViews.table(sash);
		AreaViews.<ProxyRow>column(proxies, Messages.Proxy_setting, 140, ProxyRow::setting);
		AreaViews.<ProxyRow>column(proxies, Messages.Proxy_system, 240, ProxyRow::system);
		AreaViews.<ProxyRow>column(proxies, Messages.Proxy_agent, 240, ProxyRow::agent);
		AreaViews.<ProxyRow>column(proxies, Messages.Proxy_winHttp, 240, ProxyRow::winHttp);
		probes = AreaViews.table(sash);
		AreaViews.<EndpointProbe>column(probes, Messages.Probe_target, 340, EndpointProbe::getTarget);
		AreaViews.<EndpointProbe>column(probes, Messages.Probe_port, 60, EndpointProbe::getPort);
		AreaViews.<EndpointProbe>column(probes, Messages.Probe_tcp, 70, EndpointProbe::getTcpTestSucceeded);
		AreaViews.<EndpointProbe>column(probes, Messages.Probe_http, 90, EndpointProbe::getHttpStatus);
		AreaViews.<EndpointProbe>column(probes, Messages.Probe_error, 300, EndpointProbe::getError);
	}

	@Override
	protected void show(Server server) {
		NetworkSettings network = server == null ? null : server.getNetwork();
		proxies.setInput(server == null ? List.of() : proxyRows(network));
		probes.setInput(network == null ? List.of() : List.copyOf(network.getProbes()));
	}

	private static List<ProxyRow> proxyRows(NetworkSettings network) {
		InternetSettings system = network == null ? null : network.getSystemInternet();
		AgentProxy agent = network == null ? null : network.getAgentProxy();
		WinHttpProxy winHttp = network == null ? null : network.getWinHttp();
		String none = Messages.Proxy_notApplicable;
		return List.of(
				new ProxyRow(Messages.Proxy_enabled, system == null ? null : system.getProxyEnable(),
						agent == null ? null : agent.getEnabled(),
						// netsh reports "Direct access" rather than a proxy switch
						winHttp == null || winHttp.getDirectAccess() == null ? null : !winHttp.getDirectAccess()),
				new ProxyRow(Messages.Proxy_server, system == null ? null : system.getProxyServer(),
						agent == null ? null : agent.getProxyServer(), winHttp == null ? null : winHttp.getProxyServer()),
				new ProxyRow(Messages.Proxy_port, none, agent == null ? null : agent.getProxyPort(), none),
				new ProxyRow(Messages.Proxy_bypass, system == null ? null : system.getProxyOverride(), none,
						winHttp == null ? null : winHttp.getBypassList()),
				new ProxyRow(Messages.Proxy_autoConfig, system == null ? null : system.getAutoConfigUrl(), none, none),
				new ProxyRow(Messages.Proxy_userName, none, agent == null ? null : agent.getUserName(), none));
	}

	public TableViewer proxies() {
		return proxies;
	}

	public TableViewer probes() {
		return probes;
	}
}
