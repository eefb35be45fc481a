package marswb.area.connectivity.internal;

import static marswb.engine.spi.RemediationStep.quote;
import static marswb.engine.spi.RemediationStep.registryPath;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.InternetSettings;
import marswb.model.server.Server;

/** Deletes the ProxyServer and ProxyOverride values that SYSTEM WinINet keeps while ProxyEnable is 0. */
public final class RemoveStaleWinInetProxyFix implements QuickFix {

	static final String KEY = "HKEY_USERS\\S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings";
	private static final String[] VALUES = { "ProxyServer", "ProxyOverride" };

	@Override
	public void apply(Server workingCopy, Finding finding) {
		InternetSettings inet = workingCopy.getNetwork().getSystemInternet();
		inet.setProxyServer(null);
		inet.setProxyOverride(null);
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String shown = server.getNetwork().getSystemInternet().getProxyServer();
		String path = quote(registryPath(KEY));
		RemediationStep.Builder step = RemediationStep.builder(Messages.FixStaleWinInet_comment).destructive()
				.read("$inet = Get-ItemProperty -LiteralPath " + path + "\n"
						+ "$names = (Get-Item -LiteralPath " + path + ").GetValueNames()")
				.guard("$inet.ProxyEnable -eq 0 -and $inet.ProxyServer -eq " + quote(shown),
						NLS.bind(Messages.FixStaleWinInet_guard, shown))
				.backupRegistry(KEY, VALUES);
		for (String value : VALUES) {
			step.change("Remove " + KEY + "\\" + value, "if ($names -contains " + quote(value)
					+ ") { Remove-ItemProperty -LiteralPath " + path + " -Name " + quote(value) + " }");
		}
		step.readBack("$left = (Get-Item -LiteralPath " + path + ").GetValueNames()");
		for (String value : VALUES) {
			step.verify("$left -notcontains " + quote(value), KEY + "\\" + value);
		}
		return step.build();
	}
}
