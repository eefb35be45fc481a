package marswb.ui.internal.workbench;

import org.eclipse.osgi.util.NLS;

/** Texts of the package: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.ui.internal.workbench.messages";

	public static String Window_title;
	public static String Help_menu;
	public static String Help_about;
	public static String Areas_all;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
