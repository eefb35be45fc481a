package marswb.bundle.internal.artifacts;

import org.eclipse.osgi.util.NLS;

/** Texts of bundle reading shown to users: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.bundle.internal.artifacts.messages";

	public static String ReadProgress_task;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
