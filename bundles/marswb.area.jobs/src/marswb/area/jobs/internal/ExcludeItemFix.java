package marswb.area.jobs.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.QuickFix;
import marswb.engine.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.BackupPolicy;
import marswb.model.server.FileSpec;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

/** Adds an exclusion for the unsupported item (the finding's subject) to the backup policy. */
public final class ExcludeItemFix implements QuickFix {

	@Override
	public void apply(Server workingCopy, Finding finding) {
		BackupPolicy policy = workingCopy.getPolicy();
		if (policy == null) {
			throw new IllegalArgumentException("no backup policy in the model");
		}
		FileSpec exclusion = ServerFactory.eINSTANCE.createFileSpec();
		exclusion.setFileSpec(finding.getSubjectKey());
		exclusion.setIsExclude(Boolean.TRUE);
		exclusion.setIsRecursive(Boolean.TRUE);
		policy.getFileSpecs().add(exclusion);
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String path = finding.getSubjectKey();
		String script = "$policy = Get-OBPolicy\n"
				+ "$spec = New-OBFileSpec -FileSpec @(" + quote(path) + ") -Exclude\n"
				+ "Add-OBFileSpec -Policy $policy -FileSpec $spec\n"
				+ "# " + Messages.FixExclude_replaces + "\n"
				+ "Set-OBPolicy -Policy $policy -Confirm:$false";
		return new RemediationStep(UnsupportedItemsCheck.FIX + "@" + path, NLS.bind(Messages.FixExclude_comment, path),
				script, true);
	}

	static String quote(String text) {
		return "'" + text.replace("'", "''") + "'";
	}
}
