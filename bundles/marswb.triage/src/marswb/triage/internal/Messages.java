package marswb.triage.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the triage engine: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.triage.internal.messages";

	public static String NoEvidence_zip;
	public static String NoEvidence_folder;
	public static String NoEvidence_empty;
	public static String NoEvidence_unreadable;
	public static String NoEvidence_unrelated;
	public static String Triage_crashed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
