package marswb.ui.internal.plugins;

import org.eclipse.osgi.util.NLS;

/** Texts of the package: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.ui.internal.plugins.messages";

	public static String Install_title;
	public static String Install_chooseRepository;
	public static String Install_repository;
	public static String Install_folder;
	public static String Install_archive;
	public static String Install_chooseFolder;
	public static String Install_chooseArchive;
	public static String Install_features;
	public static String Install_install;
	public static String Install_noFeature;
	public static String Install_job;
	public static String Install_done;
	public static String Install_notDone;
	public static String Install_restart;
	public static String Page_plugin;
	public static String Page_version;
	public static String Page_state;
	public static String Page_loaded;
	public static String Page_notLoaded;
	public static String Page_bundlesNotLoaded;
	public static String Page_none;
	public static String Page_cannotList;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
