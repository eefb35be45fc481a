package marswb.area.encryption.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the encryption area view: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.encryption.ui.internal.messages";

	public static String Encryption_setting;
	public static String Encryption_value;
	public static String Encryption_keyStatus;
	public static String Encryption_scratchFolder;
	public static String Encryption_kekPresent;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
