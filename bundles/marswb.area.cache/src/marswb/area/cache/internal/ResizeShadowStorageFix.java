package marswb.area.cache.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;
import marswb.model.server.ShadowStorage;
import marswb.model.server.Volume;

/** vssadmin Resize ShadowStorage on the finding's volume (subject = drive letter). */
public final class ResizeShadowStorageFix implements QuickFix {

	@Override
	public void apply(Server workingCopy, Finding finding) {
		String letter = finding.getSubjectKey();
		long target = ShadowStorageCheck.target(workingCopy, letter);
		ShadowStorage storage = ShadowStorageCheck.storage(workingCopy, letter).orElseThrow();
		storage.setMaximumBytes(target);
		Long size = Scratch.volume(workingCopy, letter).map(Volume::getSize).orElse(null);
		storage.setMaximumPercent(size == null || size == 0 ? null : (int) Math.round(target * 100.0 / size));
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String letter = finding.getSubjectKey();
		long target = ShadowStorageCheck.target(server, letter);
		String script = "vssadmin Resize ShadowStorage /On=" + letter + ": /For=" + letter + ": /Maxsize="
				+ (target >> 20) + "MB\nvssadmin List ShadowStorage /For=" + letter + ":";
		return new RemediationStep(ShadowStorageCheck.FIX + "@" + letter,
				NLS.bind(Messages.FixResize_comment, letter + ":", Scratch.size(target)), script, false);
	}
}
