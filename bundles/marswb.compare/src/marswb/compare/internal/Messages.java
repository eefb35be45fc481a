package marswb.compare.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the comparison and baselines: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.compare.internal.messages";

	public static String Baseline_newer;
	public static String Baseline_notABaseline;
	public static String Baseline_unreadable;
	public static String Baseline_skipped;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
