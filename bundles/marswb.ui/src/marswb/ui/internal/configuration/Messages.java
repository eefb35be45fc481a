package marswb.ui.internal.configuration;

import org.eclipse.osgi.util.NLS;

/** Texts of the package: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.ui.internal.configuration.messages";

	public static String Configuration_attribute;
	public static String Properties_from;
	public static String Properties_noOrigin;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
