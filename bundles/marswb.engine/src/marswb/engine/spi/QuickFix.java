package marswb.engine.spi;

import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;

/**
 * A fix for the cause a finding names, as a what-if: {@link #apply} changes a working copy of the model the way
 * the fix would change the server (the checks then run again on it), and {@link #remediation} gives the
 * PowerShell step that does it for real. Contributed through {@code marswb.engine.quickFixes}.
 *
 * @since 0.1
 */
public interface QuickFix {

	/**
	 * Changes {@code workingCopy} as the fix would. {@code finding} belongs to the same copy, so its subject and
	 * evidence point into it.
	 */
	void apply(Server workingCopy, Finding finding);

	/**
	 * Why this fix must not be applied to the finding on this server, in the current language, or null when it may.
	 * A fix refuses rather than make the server depend on something another finding shows to be broken.
	 */
	default String refusal(Server server, Finding finding) {
		return null;
	}

	/** The step that performs the fix on the server, with its comment. */
	RemediationStep remediation(Server server, Finding finding);
}
