package com.example.marswb.vss.internal;

import org.eclipse.osgi.util.NLS;

/** Finding and remediation texts: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "com.example.marswb.vss.internal.messages";

	public static String NoWriters_message;
	public static String WriterFailed_message;
	public static String WriterFailed_recommendation;
	public static String WriterFailedUnknownService_recommendation;
	public static String WritersStable_message;
	public static String FixRestart_comment;
	public static String FixRestart_guard;
	public static String FixRestart_note;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
