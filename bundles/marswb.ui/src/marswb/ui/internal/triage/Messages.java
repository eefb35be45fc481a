package marswb.ui.internal.triage;

import org.eclipse.osgi.util.NLS;

/** Texts of the package: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.ui.internal.triage.messages";

	public static String Triage_worst;
	public static String Triage_host;
	public static String Triage_agent;
	public static String Triage_collected;
	public static String Triage_bundle;
	public static String Triage_failsOrReason;
	public static String Triage_unreadable;
	public static String Triage_inferred;
	public static String Triage_filterWorst;
	public static String Triage_filterCheck;
	public static String Triage_filterText;
	public static String Triage_any;
	public static String Triage_summary;
	public static String Triage_running;
	public static String Triage_canceled;
	public static String Triage_noBundle;
	public static String Triage_job;
	public static String Triage_folderDialog;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
