package marswb.area.jobs.internal;

import org.eclipse.osgi.util.NLS;

/** Finding and remediation texts of the jobs area: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.jobs.internal.messages";

	public static String Warnings_byJobs;
	public static String Warnings_byList;
	public static String Warnings_listOnly;
	public static String Warnings_listNoJobs;
	public static String Warnings_recommendation;
	public static String Warnings_numeric;
	public static String Warnings_numericRecommendation;
	public static String Warnings_ok;
	public static String Warnings_listEmpty;
	public static String Warnings_noList;
	public static String Code_none;
	public static String FailedFiles_noList;
	public static String FailedFiles_empty;
	public static String FailedFiles_superseded;
	public static String FailedFiles_known;
	public static String FailedFiles_unknown;
	public static String FailedFiles_unknownRecommendation;
	public static String Code570_cause;
	public static String Code570_recommendation;
	public static String Code2_cause;
	public static String Code2_recommendation;
	public static String Code5_cause;
	public static String Code5_recommendation;
	public static String Code18b_cause;
	public static String Code18b_recommendation;
	public static String Unsupported_message;
	public static String Unsupported_oneDrive;
	public static String Unsupported_network;
	public static String Unsupported_noVolume;
	public static String Unsupported_driveType;
	public static String Unsupported_fileSystem;
	public static String Unsupported_recommendation;
	public static String Unsupported_ok;
	public static String FixExclude_comment;
	public static String FixExclude_replaces;
	public static String Inconsistency_message;
	public static String Inconsistency_recommendation;
	public static String Inconsistency_ok;
	public static String Scheduled_noSchedule;
	public static String Scheduled_noJobs;
	public static String Scheduled_noRecentJob;
	public static String Scheduled_failedNoCode;
	public static String Scheduled_recommendation;
	public static String Scheduled_failedWithCode;
	public static String Scheduled_failedWithCodeRecommendation;
	public static String Scheduled_ok;

	public static String FixExclude_guard;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
