package marswb.redact.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the redaction report: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.redact.internal.messages";

	public static String Redaction_binary;
	public static String Redaction_undecodable;
	public static String Redaction_secret;
	public static String Redaction_longLine;
	public static String Redaction_tooLarge;
	public static String Redaction_notRead;
	public static String Unredaction_notText;
	public static String Redaction_earlierReport;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
