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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
