package marswb.engine.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the check engine: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.engine.internal.messages";

	public static String Unknown_missing;
	public static String Unknown_status;
	public static String Unknown_message;
	public static String Unknown_collect;
	public static String Unknown_collectWith;
	public static String Error_timeout;
	public static String Error_thrown;
	public static String Error_interrupted;
	public static String Error_noFinding;
	public static String Error_recommendation;
	public static String Plan_header;
	public static String Plan_readFirst;
	public static String Plan_step;
	public static String Plan_destructive;
	public static String Plan_empty;
	public static String WhatIf_notOffered;
	public static String WhatIf_noSuchFix;
	public static String Kb_guidanceTitle;
	public static String Kb_guidanceHeading;
	public static String Kb_guidanceNextSteps;
	public static String Ignored_note;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
