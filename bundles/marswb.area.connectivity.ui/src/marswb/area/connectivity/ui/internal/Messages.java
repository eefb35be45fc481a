package marswb.area.connectivity.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the connectivity area view: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.connectivity.ui.internal.messages";

	public static String Proxy_setting;
	public static String Proxy_system;
	public static String Proxy_agent;
	public static String Proxy_winHttp;
	public static String Proxy_enabled;
	public static String Proxy_server;
	public static String Proxy_port;
	public static String Proxy_bypass;
	public static String Proxy_autoConfig;
	public static String Proxy_userName;
	public static String Proxy_notApplicable;
	public static String Probe_target;
	public static String Probe_port;
	public static String Probe_tcp;
	public static String Probe_http;
	public static String Probe_error;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
