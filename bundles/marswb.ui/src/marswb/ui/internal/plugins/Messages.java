package marswb.ui.internal.plugins;

import org.eclipse.osgi.util.NLS;

/** Texts of the package: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.ui.internal.plugins.messages";

	public static String Install_title;
	public static String Install_chooseRepository;
	public static String Install_noFeature;
	public static String Install_chooseFeatures;
	public static String Install_job;
	public static String Install_done;
	public static String Install_notDone;
	public static String Install_restart;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
