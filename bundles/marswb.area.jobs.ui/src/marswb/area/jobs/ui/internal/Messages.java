package marswb.area.jobs.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the jobs area view: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.jobs.ui.internal.messages";

	public static String Jobs_start;
	public static String Jobs_end;
	public static String Jobs_type;
	public static String Jobs_state;
	public static String Jobs_errorCode;
	public static String Jobs_errorMessage;
	public static String Failed_code;
	public static String Failed_count;
	public static String Failed_firstEntry;
	public static String Failed_total;
	public static String Chart_historyTitle;
	public static String Chart_failedTitle;
	public static String Chart_succeeded;
	public static String Chart_warnings;
	public static String Chart_failed;
	public static String Chart_other;
	public static String Chart_legend;
	public static String Chart_minutes;
	public static String Chart_unplaced;
	public static String Chart_jobTip;
	public static String Chart_hiddenCodes;
	public static String Chart_codeTip;
	public static String Chart_noBundle;
	public static String Chart_jobsNotCollected;
	public static String Chart_jobsUnreadable;
	public static String Chart_jobsNone;
	public static String Chart_failedNotCollected;
	public static String Chart_failedUnreadable;
	public static String Chart_failedNone;
	public static String Code_none;
	public static String Code_fileNotFound;
	public static String Code_pathNotFound;
	public static String Code_accessDenied;
	public static String Code_sharingViolation;
	public static String Code_invalidName;
	public static String Code_nameTooLong;
	public static String Code_cloudFileDenied;
	public static String Code_fileCorrupt;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
