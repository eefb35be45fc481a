package com.example.marswb.vss.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Column titles of the VSS writers view: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "com.example.marswb.vss.ui.internal.messages";

	public static String Writer_name;
	public static String Writer_state;
	public static String Writer_lastError;
	public static String Writer_writerId;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
