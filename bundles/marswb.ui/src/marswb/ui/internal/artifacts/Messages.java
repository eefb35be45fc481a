package marswb.ui.internal.artifacts;

import org.eclipse.osgi.util.NLS;

/** Texts of the package: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.ui.internal.artifacts.messages";

	public static String Artifact_none;
	public static String Artifact_reading;
	public static String Artifact_failed;
	public static String Artifact_whole;
	public static String Artifact_window;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
