package marswb.area.cache.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.CacheSettings;
import marswb.model.server.Server;

/** Sets Config\CloudBackupProvider\ScratchLocation to the value of Config\ScratchLocation, with obengine stopped. */
public final class AlignScratchLocationFix implements QuickFix {

	@Override
	public void apply(Server workingCopy, Finding finding) {
		CacheSettings cache = workingCopy.getCache();
		cache.setProviderScratchLocation(cache.getConfigScratchLocation());
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String config = server.getCache().getConfigScratchLocation();
		String script = "net stop obengine\n" + "Set-ItemProperty -Path '" + Scratch.PROVIDER_KEY
				+ "' -Name ScratchLocation -Value '" + config.replace("'", "''") + "'\n" + "net start obengine";
		return new RemediationStep(ScratchLocationMismatchCheck.FIX, NLS.bind(Messages.FixAlign_comment, config),
				script, true);
	}
}
