package marswb.area.connectivity.internal;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.AgentProxy;
import marswb.model.server.InternetSettings;
import marswb.model.server.NetworkSettings;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

/**
 * Configures the proxy with credentials in the agent (Set-OBMachineSetting). The script carries placeholders the
 * customer replaces; it never contains a real secret. The what-if marks the agent's proxy as enabled with a user.
 */
public final class SetAgentProxyCredentialsFix implements QuickFix {

	static final String USER_PLACEHOLDER = "<DOMAIN\\proxy-user>";

	@Override
	public void apply(Server workingCopy, Finding finding) {
		NetworkSettings network = workingCopy.getNetwork();
		AgentProxy agent = network.getAgentProxy();
		if (agent == null) {
			agent = ServerFactory.eINSTANCE.createAgentProxy();
			network.setAgentProxy(agent);
		}
		String[] proxy = proxy(workingCopy);
		agent.setEnabled(Boolean.TRUE);
		agent.setProxyServer(proxy[0]);
		if (!"<proxy-port>".equals(proxy[1])) {
			agent.setProxyPort(Integer.valueOf(proxy[1]));
		}
		agent.setUserName(USER_PLACEHOLDER);
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String[] proxy = proxy(server);
		String script = "# Replace the placeholders; the password is asked for and never stored in this script.\n"
				+ "$proxyPassword = Read-Host -AsSecureString -Prompt 'Proxy password'\n"
				+ "Set-OBMachineSetting -ProxyServer '" + proxy[0] + "' -ProxyPort " + proxy[1]
				+ " -ProxyUsername '" + USER_PLACEHOLDER + "' -ProxyPassword $proxyPassword\n"
				+ "net stop obengine\nnet start obengine";
		return new RemediationStep(ProxyAuthenticationRequiredCheck.FIX, Messages.FixProxyCredentials_comment, script,
				true);
	}

	/** Server (with scheme) and port to propose: the agent's, else SYSTEM WinINet's, else placeholders. */
	static String[] proxy(Server server) {
		NetworkSettings network = server.getNetwork();
		AgentProxy agent = network == null ? null : network.getAgentProxy();
		if (agent != null && !Net.blank(agent.getProxyServer())) {
			String port = agent.getProxyPort() == null || agent.getProxyPort() <= 0 ? "<proxy-port>"
					: agent.getProxyPort().toString();
			return new String[] { agent.getProxyServer(), port };
		}
		InternetSettings inet = network == null ? null : network.getSystemInternet();
		if (inet != null && !Net.blank(inet.getProxyServer())) {
			String hostPort = Net.hostPort(inet.getProxyServer(), null);
			int colon = hostPort.lastIndexOf(':');
			if (colon > 0 && hostPort.substring(colon + 1).matches("[0-9]+")) {
				return new String[] { "http://" + hostPort.substring(0, colon), hostPort.substring(colon + 1) };
			}
			return new String[] { "http://" + hostPort, "<proxy-port>" };
		}
		return new String[] { "http://<proxy-server>", "<proxy-port>" };
	}
}
