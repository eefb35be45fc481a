package marswb.area.basics.internal;

import static marswb.engine.spi.RemediationStep.quote;
import static marswb.engine.spi.RemediationStep.registryPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.SchannelProtocol;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;
import marswb.model.server.TlsSettings;

/** Writes the TLS 1.2 registry values of the transport-layer-security article (SCHANNEL client and both .NET views). */
public final class EnableTls12Fix implements QuickFix {

	static final String CLIENT = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client";
	static final String NETFX = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319";
	static final String NETFX_WOW = "HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319";
	/** Each key with its DWORD values as the article sets them, in the order they are written. */
	private static final List<Map.Entry<String, Map.Entry<String, Integer>>> VALUES = List.of(
			Map.entry(CLIENT, Map.entry("Enabled", 1)), Map.entry(CLIENT, Map.entry("DisabledByDefault", 0)),
			Map.entry(NETFX, Map.entry("SystemDefaultTlsVersions", 1)),
			Map.entry(NETFX, Map.entry("SchUseStrongCrypto", 1)),
			Map.entry(NETFX_WOW, Map.entry("SystemDefaultTlsVersions", 1)),
			Map.entry(NETFX_WOW, Map.entry("SchUseStrongCrypto", 1)));

	@Override
	public void apply(Server workingCopy, Finding finding) {
		TlsSettings tls = workingCopy.getTls();
		if (tls == null) {
			tls = ServerFactory.eINSTANCE.createTlsSettings();
			workingCopy.setTls(tls);
		}
		SchannelProtocol client = Tls12Check.client(workingCopy).orElse(null);
		if (client == null) {
			client = ServerFactory.eINSTANCE.createSchannelProtocol();
			client.setProtocol("TLS 1.2");
			client.setSide("Client");
			tls.getProtocols().add(client);
		}
		client.setEnabled(1);
		client.setDisabledByDefault(0);
		tls.setSchUseStrongCrypto(1);
		tls.setSystemDefaultTlsVersions(1);
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		List<String> set = new ArrayList<>();
		for (Map.Entry<String, Map.Entry<String, Integer>> value : VALUES) {
			set.add("(Get-ItemProperty -LiteralPath " + quote(registryPath(value.getKey()))
					+ " -ErrorAction SilentlyContinue)." + value.getValue().getKey() + " -eq "
					+ value.getValue().getValue());
		}
		RemediationStep.Builder step = RemediationStep.builder(Messages.FixTls_comment).destructive()
				.guard("-not (" + String.join(" -and ", set) + ")", Messages.FixTls_guard)
				.backupRegistry(CLIENT, "Enabled", "DisabledByDefault")
				.backupRegistry(NETFX, "SystemDefaultTlsVersions", "SchUseStrongCrypto")
				.backupRegistry(NETFX_WOW, "SystemDefaultTlsVersions", "SchUseStrongCrypto");
		for (String key : List.of(CLIENT, NETFX, NETFX_WOW)) {
			String path = quote(registryPath(key));
			step.change("New-Item " + key, "if (-not (Test-Path -LiteralPath " + path + ")) { New-Item -Path " + path
					+ " -Force | Out-Null }");
		}
		for (Map.Entry<String, Map.Entry<String, Integer>> value : VALUES) {
			String number = value.getValue().getValue().toString();
			step.setRegistryValue(value.getKey(), value.getValue().getKey(), "DWord", number, number);
		}
		for (Map.Entry<String, Map.Entry<String, Integer>> value : VALUES) {
			step.verifyRegistryValue(value.getKey(), value.getValue().getKey(), "DWord",
					value.getValue().getValue().toString());
		}
		return step.note(Messages.FixTls_reboot).build();
	}
}
