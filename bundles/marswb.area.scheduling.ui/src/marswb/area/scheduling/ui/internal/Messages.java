package marswb.area.scheduling.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the scheduling area view: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.scheduling.ui.internal.messages";

	public static String Tasks_path;
	public static String Tasks_enabled;
	public static String Tasks_triggers;
	public static String Tasks_runAs;
	public static String Tasks_logonType;
	public static String Tasks_runLevel;
	public static String Tasks_policy;
	public static String Tasks_trigger;
	public static String Tasks_noTriggers;
	public static String Tasks_triggerEnabled;
	public static String Tasks_triggerDisabled;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
