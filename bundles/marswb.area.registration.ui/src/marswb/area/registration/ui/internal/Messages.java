package marswb.area.registration.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the registration area view: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.registration.ui.internal.messages";

	public static String Registration_setting;
	public static String Registration_value;
	public static String Registration_vault;
	public static String Registration_subscription;
	public static String Registration_resourceGroup;
	public static String Registration_machineId;
	public static String Credentials_fileName;
	public static String Credentials_fileNameDate;
	public static String Credentials_vault;
	public static String Credentials_tenant;
	public static String Certificate_subject;
	public static String Certificate_notAfter;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
