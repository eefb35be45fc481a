package marswb.ui.internal.findings;

import org.eclipse.osgi.util.NLS;

/** Texts of the package: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.ui.internal.findings.messages";

	public static String Findings_outcome;
	public static String Findings_severity;
	public static String Findings_area;
	public static String Findings_title;
	public static String Findings_subject;
	public static String Findings_message;
	public static String Findings_filterOutcome;
	public static String Findings_filterArea;
	public static String Findings_filterText;
	public static String Findings_any;
	public static String Findings_counts;
	public static String Findings_showSuppressed;
	public static String Findings_suppressedTitle;
	public static String Findings_suppressedCount;
	public static String Details_suppressed;
	public static String Suppress_title;
	public static String Suppress_heading;
	public static String Suppress_message;
	public static String Suppress_reason;
	public static String Suppress_expires;
	public static String Suppress_author;
	public static String Suppress_needReason;
	public static String Suppress_needAuthor;
	public static String Suppress_pastDay;
	public static String Suppress_badDate;
	public static String Suppress_fileDialog;
	public static String Suppress_cannotWrite;
	public static String Findings_groupBy;
	public static String Findings_groupNone;
	public static String Findings_groupArea;
	public static String Findings_groupSeverity;
	public static String Findings_group;
	public static String Details_none;
	public static String Details_title;
	public static String Details_recommendation;
	public static String Details_evidence;
	public static String Details_evidenceLine;
	public static String Details_quickFixes;
	public static String Details_article;
	public static String Details_causedBy;
	public static String Details_explains;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
