package marswb.area.basics.internal;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.SchannelProtocol;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;
import marswb.model.server.TlsSettings;

/** Writes the TLS 1.2 registry values of the transport-layer-security article (SCHANNEL client and both .NET views). */
public final class EnableTls12Fix implements QuickFix {

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
		String script = """
				$client = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client'
				if (-not (Test-Path $client)) { New-Item -Path $client -Force | Out-Null }
				Set-ItemProperty -Path $client -Name 'Enabled' -Value 1 -Type DWord
				Set-ItemProperty -Path $client -Name 'DisabledByDefault' -Value 0 -Type DWord
				foreach ($netfx in 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319',
				                   'HKLM:\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319') {
				    if (-not (Test-Path $netfx)) { New-Item -Path $netfx -Force | Out-Null }
				    Set-ItemProperty -Path $netfx -Name 'SystemDefaultTlsVersions' -Value 1 -Type DWord
				    Set-ItemProperty -Path $netfx -Name 'SchUseStrongCrypto' -Value 1 -Type DWord
				}
				# %s""".formatted(Messages.FixTls_reboot);
		return new RemediationStep(Tls12Check.FIX, Messages.FixTls_comment, script, true);
	}
}
