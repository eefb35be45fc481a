package marswb.area.cache.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the cache area view: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.cache.ui.internal.messages";

	public static String Scratch_setting;
	public static String Scratch_location;
	public static String Scratch_volume;
	public static String Scratch_size;
	public static String Scratch_free;
	public static String Scratch_freePercent;
	public static String Scratch_rule;
	public static String Scratch_below5;
	public static String Scratch_below10;
	public static String Scratch_enough;
	public static String Scratch_noVolume;
	public static String Shadow_forVolume;
	public static String Shadow_storageVolume;
	public static String Shadow_used;
	public static String Shadow_allocated;
	public static String Shadow_maximum;
	public static String Shadow_maximumPercent;
	public static String Shadow_unbounded;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
