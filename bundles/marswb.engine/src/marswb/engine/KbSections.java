package marswb.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import marswb.engine.internal.Messages;

/**
 * The sections of the troubleshooting article the product is built from (the zh-CN seed), by their anchors, in the
 * article's order. Every section has checks, except the few that no bundle evidence can decide.
 *
 * @since 0.1
 */
public final class KbSections {

	/** Every anchor of the seed article, in order. */
	public static final List<String> ANCHORS = List.of("troubleshoot-the-microsoft-azure-recovery-services-mars-agent",
			"basic-troubleshooting",
			"invalid-vault-credentials-provided",
			"additional-recommendations",
			"verifying-proxy-settings-for-windows",
			"unable-to-download-vault-credential-file",
			"the-microsoft-azure-recovery-service-agent-was-unable-to-connect-to-microsoft-azure-backup",
			"the-specified-vault-credential-file-cannot-be-used-as-it-is-not-downloaded-from-the-vault-associated-with-this-server",
			"backup-jobs-completed-with-warning",
			"failed-to-set-the-encryption-key-for-secure-backups",
			"the-activation-did-not-complete-successfully",
			"encryption-passphrase-not-correctly-configured",
			"backups-dont-run-according-to-schedule",
			"resource-not-provisioned-in-service-stamp",
			"job-could-not-be-started-as-another-job-was-in-progress",
			"troubleshoot-restore-problems",
			"troubleshoot-cache-problems",
			"prerequisites",
			"increase-shadow-copy-storage",
			"another-process-or-antivirus-software-blocking-access-to-cache-folder",
			"common-issues",
			"salchecksumstoreinitializationfailed",
			"salvhdinitializationerror",
			"sallowdiskspace",
			"salbitmaperror",
			"next-steps");

	/** Sections that are headings or pointers rather than causes, with the reason shown by marswb kb. */
	public static Map<String, String> guidanceOnly() {
		return Map.of("troubleshoot-the-microsoft-azure-recovery-services-mars-agent", Messages.Kb_guidanceTitle,
				"common-issues", Messages.Kb_guidanceHeading, "next-steps", Messages.Kb_guidanceNextSteps);
	}

	private KbSections() {
	}

	/** The section's title in the current language. */
	public static String title(String anchor) {
		try {
			return ResourceBundle.getBundle("marswb.engine.internal.sections", Locale.getDefault(),
					KbSections.class.getClassLoader()).getString(anchor);
		} catch (MissingResourceException e) {
			return anchor;
		}
	}
}
