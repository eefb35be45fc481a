package marswb.area.connectivity.internal;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.InternetSettings;
import marswb.model.server.Server;

/** Deletes the ProxyServer and ProxyOverride values that SYSTEM WinINet keeps while ProxyEnable is 0. */
public final class RemoveStaleWinInetProxyFix implements QuickFix {

	static final String KEY = "Registry::HKEY_USERS\\S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings";

	@Override
	public void apply(Server workingCopy, Finding finding) {
		InternetSettings inet = workingCopy.getNetwork().getSystemInternet();
		inet.setProxyServer(null);
		inet.setProxyOverride(null);
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String script = "Remove-ItemProperty -Path '" + KEY + "' -Name ProxyServer -ErrorAction SilentlyContinue\n"
				+ "Remove-ItemProperty -Path '" + KEY + "' -Name ProxyOverride -ErrorAction SilentlyContinue";
		return new RemediationStep(ProxySettingsContradictCheck.FIX + "@" + ProxySettingsContradictCheck.SUBJECT_WININET,
				Messages.FixStaleWinInet_comment, script, true);
	}
}
