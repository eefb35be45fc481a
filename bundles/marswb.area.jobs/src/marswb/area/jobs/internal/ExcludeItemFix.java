package marswb.area.jobs.internal;

import static marswb.engine.spi.RemediationStep.literals;
import static marswb.engine.spi.RemediationStep.quote;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.BackupPolicy;
import marswb.model.server.FileSpec;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

/** Adds an exclusion for the unsupported item (the finding's subject) to the backup policy. */
public final class ExcludeItemFix implements QuickFix {

	private static final String EXCLUDED = "@(Get-OBFileSpec -Policy %s | Where-Object { $_.FileSpec -eq %s -and $_.IsExclude })";

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
		String path = quote(finding.getSubjectKey());
		String spec = "(New-OBFileSpec -FileSpec @(" + path + ") -Exclude)";
		return RemediationStep
				.builder(NLS.bind(Messages.FixExclude_comment, finding.getSubjectKey()) + "\n" + Messages.FixExclude_replaces)
				.destructive().read("$policy = Get-OBPolicy")
				.guard("$null -ne $policy -and " + EXCLUDED.formatted("$policy", path) + ".Count -eq 0",
						NLS.bind(Messages.FixExclude_guard, finding.getSubjectKey()))
				.backup("backup-policy-filespecs",
						"@(Get-OBFileSpec -Policy $policy | Select-Object -Property 'FileSpec', 'IsExclude', 'IsRecursive')",
						literals("$policy = Get-OBPolicy",
								"Remove-OBFileSpec -Policy $policy -FileSpec " + spec + " | Out-Null",
								"Set-OBPolicy -Policy $policy -Confirm:$false | Out-Null"))
				.change("Add-OBFileSpec " + finding.getSubjectKey() + " -Exclude; Set-OBPolicy",
						"Add-OBFileSpec -Policy $policy -FileSpec " + spec + " | Out-Null\n"
								+ "Set-OBPolicy -Policy $policy -Confirm:$false | Out-Null")
				.verify(EXCLUDED.formatted("(Get-OBPolicy)", path) + ".Count -gt 0", "Get-OBFileSpec").build();
	}
}
