package marswb.area.connectivity.internal;

import static marswb.engine.spi.RemediationStep.literals;
import static marswb.engine.spi.RemediationStep.nativeCommand;
import static marswb.engine.spi.RemediationStep.quote;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.AgentProxy;
import marswb.model.server.InternetSettings;
import marswb.model.server.NetworkSettings;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

/**
 * Configures the proxy with credentials in the agent (Set-OBMachineSetting). The script asks for the user, the
 * password and any proxy value the bundle lacks when it runs; it never contains a secret. The what-if marks the agent's proxy as enabled with a user.
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
		AgentProxy agent = server.getNetwork() == null ? null : server.getNetwork().getAgentProxy();
		boolean enabled = agent != null && Boolean.TRUE.equals(agent.getEnabled());
		String guard = enabled
				? "$proxy.Enabled -eq $true -and $proxy.ProxyServer -eq " + quote(agent.getProxyServer())
				: "-not $proxy.Enabled";
		String restart = nativeCommand("& net.exe stop obengine") + "\n" + nativeCommand("& net.exe start obengine");
		return RemediationStep.builder(Messages.FixProxyCredentials_comment)
				.destructive().read("$proxy = (Get-OBMachineSetting).ProxySetting")
				.guard(guard, NLS.bind(Messages.FixProxyCredentials_guard,
						enabled ? agent.getProxyServer() : Messages.FixProxyCredentials_disabled))
				.backup("agent-proxy", "$proxy | Select-Object -Property 'Enabled', 'ProxyServer', 'ProxyPort', 'ProxyUserName'",
						"$(if ($saved.Enabled) { @(\"Set-OBMachineSetting -ProxyServer $(Quote $saved.ProxyServer) "
								+ "-ProxyPort $($saved.ProxyPort)\", " + quote("# " + Messages.FixProxyCredentials_noPassword)
								+ ") } else { @('Set-OBMachineSetting -NoProxy') }) + " + literals(restart.split("\n")))
				.change("Set-OBMachineSetting -ProxyServer " + proxy[0] + " -ProxyPort " + proxy[1]
						+ " -ProxyUsername <asked> -ProxyPassword <asked>",
						"$proxyServer = " + known(proxy[0], "http://<", Messages.FixProxyCredentials_server) + "\n"
								+ "$proxyPort = " + known(proxy[1], "<", Messages.FixProxyCredentials_port) + "\n"
								+ "$proxyUser = Read-Host -Prompt " + quote(Messages.FixProxyCredentials_user) + "\n"
								+ "$proxyPassword = Read-Host -AsSecureString -Prompt "
								+ quote(Messages.FixProxyCredentials_password) + "\n"
								+ "Set-OBMachineSetting -ProxyServer $proxyServer -ProxyPort $proxyPort "
								+ "-ProxyUsername $proxyUser -ProxyPassword $proxyPassword")
				.change("net stop obengine; net start obengine", restart)
				.readBack("$after = (Get-OBMachineSetting).ProxySetting")
				.verify("$after.Enabled -and $after.ProxyServer -eq $proxyServer -and $after.ProxyUserName -eq $proxyUser",
						"Get-OBMachineSetting ProxySetting")
				.verify("(Get-Service -Name obengine).Status -eq 'Running'", "obengine").build();
	}

	/** The value as a literal, or a prompt for it when the bundle did not show it (a placeholder). */
	private static String known(String value, String placeholder, String prompt) {
		return value.startsWith(placeholder) ? "Read-Host -Prompt " + quote(prompt)
				: value.matches("[0-9]+") ? value : quote(value);
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
