package marswb.engine;

import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;

/**
 * A fix for the cause a finding names, as a what-if: {@link #apply} changes a working copy of the model the way
 * the fix would change the server (the checks then run again on it), and {@link #remediation} gives the
 * PowerShell step that does it for real. Contributed through {@code marswb.engine.quickFixes}.
 */
public interface QuickFix {

	/**
	 * Changes {@code workingCopy} as the fix would. {@code finding} belongs to the same copy, so its subject and
	 * evidence point into it.
	 */
	void apply(Server workingCopy, Finding finding);

	/** The step that performs the fix on the server, with its comment. */
	RemediationStep remediation(Server server, Finding finding);
}
