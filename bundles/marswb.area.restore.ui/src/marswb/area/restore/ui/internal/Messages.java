package marswb.area.restore.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the restore area view: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.restore.ui.internal.messages";

	public static String Device_friendlyName;
	public static String Device_status;
	public static String Device_instanceId;
	public static String Device_problem;
	public static String Service_name;
	public static String Service_state;
	public static String Service_startMode;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
