package marswb.area.connectivity.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.AgentProxy;
import marswb.model.server.InternetSettings;
import marswb.model.server.NetworkSettings;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.WinHttpProxy;

/**
 * Puts the three proxy settings of the server side by side and reports where they contradict each other. Source:
 * the article's section verifying-proxy-settings-for-windows and DOMAIN-FACTS 2.3 "Proxy precedence" (Japan CSS
 * blog MARS_Proxy_Setting.md): the agent uses its own proxy (Get-OBMachineSetting) when one is set, otherwise the
 * WinINet settings of the SYSTEM account (HKEY_USERS\S-1-5-18); WinHTTP (netsh winhttp) is not what the agent uses.
 * A PAC file (AutoConfigURL) works only through SYSTEM WinINet; a proxy that demands credentials only through the
 * agent's own setting. Rules:
 * <ol>
 * <li>SYSTEM WinINet has ProxyEnable=0 but still a ProxyServer: the article says to remove such leftover details
 * (FAIL, quick-fix removes them).</li>
 * <li>The agent's proxy is enabled without a proxy server: the agent has nothing to connect through (FAIL).</li>
 * <li>The agent's proxy and an enabled SYSTEM WinINet proxy name different proxies: the agent's wins, but the two
 * disagree, so one of them is stale (WARN).</li>
 * <li>The agent's proxy is enabled while SYSTEM WinINet uses a PAC file: the agent's proxy overrides the PAC file
 * (INFO).</li>
 * <li>A WinHTTP proxy is set while neither SYSTEM WinINet nor the agent has one: the agent goes direct, so if the
 * network needs that proxy the agent cannot connect (WARN).</li>
 * </ol>
 * Without any of these, PASS naming the route the agent takes.
 */
public final class ProxySettingsContradictCheck implements Check {

	static final String FIX = "connectivity.remove-stale-wininet-proxy";
	static final String SUBJECT_WININET = "SYSTEM WinINet";
	static final String SUBJECT_AGENT = "agent";
	static final String SUBJECT_WINHTTP = "WinHTTP";

	@Override
	public void run(CheckContext context) {
		NetworkSettings network = context.server().getNetwork();
		InternetSettings inet = network == null ? null : network.getSystemInternet();
		AgentProxy agent = network == null ? null : network.getAgentProxy();
		WinHttpProxy winHttp = network == null || !context.usable(Net.WINHTTP) ? null : network.getWinHttp();
		if (inet == null || agent == null) {
			context.unknown(inet == null ? Net.INET : Net.MACHINE_SETTING).add();
			return;
		}
		boolean inetEnabled = inet.getProxyEnable() != null && inet.getProxyEnable() != 0;
		boolean inetOn = inetEnabled && !Net.blank(inet.getProxyServer());
		boolean pac = !Net.blank(inet.getAutoConfigUrl());
		boolean agentOn = Boolean.TRUE.equals(agent.getEnabled());
		boolean winHttpOn = winHttp != null && !Boolean.TRUE.equals(winHttp.getDirectAccess())
				&& !Net.blank(winHttp.getProxyServer());
		boolean problem = false;

		if (!inetEnabled && !Net.blank(inet.getProxyServer())) {
			problem = true;
			context.finding(Outcome.FAIL).subject(SUBJECT_WININET).quickFix(FIX)
					.message(NLS.bind(Messages.StaleWinInet_message, inet.getProxyServer()))
					.recommendation(Messages.StaleWinInet_recommendation)
					.evidence(inet, Literals.INTERNET_SETTINGS__PROXY_ENABLE)
					.evidence(inet, Literals.INTERNET_SETTINGS__PROXY_SERVER).add();
		}
		if (agentOn && Net.blank(agent.getProxyServer())) {
			problem = true;
			context.finding(Outcome.FAIL).subject(SUBJECT_AGENT).message(Messages.AgentProxyEmpty_message)
					.recommendation(Messages.AgentProxyEmpty_recommendation)
					.evidence(agent, Literals.AGENT_PROXY__ENABLED).add();
		} else if (agentOn && inetOn) {
			String agentProxy = Net.hostPort(agent.getProxyServer(), agent.getProxyPort());
			String inetProxy = Net.hostPort(inet.getProxyServer(), null);
			if (!agentProxy.equals(inetProxy)) {
				problem = true;
				context.finding(Outcome.WARN).subject(SUBJECT_AGENT)
						.message(NLS.bind(Messages.AgentVsWinInet_message, agentProxy, inetProxy))
						.recommendation(Messages.AgentVsWinInet_recommendation)
						.evidence(agent, Literals.AGENT_PROXY__PROXY_SERVER)
						.evidence(inet, Literals.INTERNET_SETTINGS__PROXY_SERVER).add();
			}
		}
		if (agentOn && pac) {
			context.finding(Outcome.INFO).subject(SUBJECT_AGENT)
					.message(NLS.bind(Messages.AgentOverridesPac_message, inet.getAutoConfigUrl()))
					.recommendation(Messages.AgentOverridesPac_recommendation)
					.evidence(inet, Literals.INTERNET_SETTINGS__AUTO_CONFIG_URL).add();
		}
		if (!agentOn && !inetOn && !pac && winHttpOn) {
			problem = true;
			context.finding(Outcome.WARN).subject(SUBJECT_WINHTTP)
					.message(NLS.bind(Messages.WinHttpOnly_message, winHttp.getProxyServer()))
					.recommendation(Messages.WinHttpOnly_recommendation)
					.evidence(winHttp, Literals.WIN_HTTP_PROXY__PROXY_SERVER).add();
		}
		if (!problem) {
			String route;
			if (agentOn) {
				route = NLS.bind(Messages.RouteAgent, Net.hostPort(agent.getProxyServer(), agent.getProxyPort()));
			} else if (inetOn) {
				route = NLS.bind(Messages.RouteWinInet, inet.getProxyServer());
			} else if (pac) {
				route = NLS.bind(Messages.RoutePac, inet.getAutoConfigUrl());
			} else {
				route = Messages.RouteDirect;
			}
			context.finding(Outcome.PASS).message(NLS.bind(Messages.ProxyConsistent_message, route))
					.evidence(inet, Literals.INTERNET_SETTINGS__PROXY_ENABLE)
					.evidence(agent, Literals.AGENT_PROXY__ENABLED).add();
		}
	}
}
