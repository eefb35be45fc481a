package marswb.area.encryption.internal;

import org.eclipse.osgi.util.NLS;

/** Finding texts of the encryption area: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.encryption.internal.messages";

	public static String ActivationFailed_message;
	public static String ActivationFailedNotSeen_message;
	public static String PassphraseNotConfigured_message;
	public static String PassphraseNotConfiguredNotSeen_message;
	public static String EncryptionError_recommendation;
	public static String KekPresent_message;
	public static String KekMissing_message;
	public static String KekNoFolder_message;
	public static String KekMissing_recommendation;
	public static String KeyNotSet_message;
	public static String KeyFailed_message;
	public static String KeyFailedButSet_message;
	public static String KeyNotSet_recommendation;
	public static String KeySet_message;
	public static String KeyStatusNumber_message;
	public static String KekMissing_evidence;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
