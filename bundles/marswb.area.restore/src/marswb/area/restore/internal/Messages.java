package marswb.area.restore.internal;

import org.eclipse.osgi.util.NLS;

/** Finding and remediation texts of the restore area: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.restore.internal.messages";

	public static String IscsiDeviceMissing_message;
	public static String IscsiDeviceError_message;
	public static String IscsiDevice_recommendation;
	public static String IscsiDeviceOk_message;
	public static String IscsiServiceAbsent_message;
	public static String IscsiServiceAbsent_recommendation;
	public static String IscsiServiceDisabled_message;
	public static String IscsiServiceDisabled_recommendation;
	public static String IscsiServiceOk_message;
	public static String FixIscsiService_comment;
	public static String NoMountSeen_message;
	public static String MountSeen_message;
	public static String Mount_recommendation;
	public static String IscsiDeviceMissing_evidence;
	public static String IscsiServiceAbsent_evidence;

	public static String FixIscsiService_guard;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
