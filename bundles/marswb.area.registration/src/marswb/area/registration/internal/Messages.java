package marswb.area.registration.internal;

import org.eclipse.osgi.util.NLS;

/** Finding and remediation texts of the registration area: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.registration.internal.messages";

	public static String NoCredentialsFile_message;
	public static String NoCredentialsFile_recommendation;
	public static String CredentialsNoDate_message;
	public static String DateSource_certificate;
	public static String DateSource_fileName;
	public static String CredentialsExpired_message;
	public static String CredentialsFresh_message;
	public static String CredentialsExpired_recommendation;
	public static String WrongExtension_message;
	public static String WrongExtension_recommendation;
	public static String Corrupt_message;
	public static String NoManagementCert_message;
	public static String CredentialsFileOk_message;
	public static String CredentialsNotRead_message;
	public static String VersionNotNumeric_message;
	public static String AgentTooOld_message;
	public static String AgentTooOld_recommendation;
	public static String AgentNewEnough_message;
	public static String TenantOk_message;
	public static String TenantDenied_message;
	public static String AadError_message;
	public static String Tenant_recommendation;
	public static String Tenant_recommendation_noFile;
	public static String Error34513NotSeen_message;
	public static String Error34513Seen_message;
	public static String Error34513SeenNoFile_message;
	public static String Error34513_recommendation;
	public static String TmpFiles_message;
	public static String TmpFiles_recommendation;
	public static String TmpFilesOk_message;
	public static String FixTmpFiles_comment;
	public static String Download403Seen_message;
	public static String Download403_recommendation;
	public static String Download403NotRegistered_message;
	public static String Download403NotSeen_message;
	public static String NotRegistered_message;
	public static String NoResourceName_message;
	public static String VaultMatches_message;
	public static String VaultMismatch_message;
	public static String VaultIdMismatch_message;
	public static String VaultMismatch_recommendation;
	public static String Renamed_message;
	public static String RenamedSeen_message;
	public static String Renamed_recommendation;
	public static String Error230006NotRenamed_message;
	public static String Error230006NoCertificate_message;
	public static String Error230006_recommendation;
	public static String NoMachineCertificate_message;
	public static String NotRenamed_message;
	public static String FixRename_comment;

	public static String FixTmpFiles_guard;
	public static String FixTmpFiles_inUse;
	public static String FixRename_guard;
	public static String FixRename_restart;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
