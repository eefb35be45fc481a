package marswb.area.connectivity.internal;

import org.eclipse.osgi.util.NLS;

/** Finding and remediation texts of the connectivity area: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.connectivity.internal.messages";

	public static String StaleWinInet_message;
	public static String StaleWinInet_recommendation;
	public static String AgentProxyEmpty_message;
	public static String AgentProxyEmpty_recommendation;
	public static String AgentVsWinInet_message;
	public static String AgentVsWinInet_recommendation;
	public static String AgentOverridesPac_message;
	public static String AgentOverridesPac_recommendation;
	public static String WinHttpOnly_message;
	public static String WinHttpOnly_recommendation;
	public static String RouteAgent;
	public static String RouteWinInet;
	public static String RoutePac;
	public static String RouteDirect;
	public static String ProxyConsistent_message;
	public static String FixStaleWinInet_comment;
	public static String Unreachable_message;
	public static String Unreachable_recommendation;
	public static String Reachable_message;
	public static String NoProxyAuth_message;
	public static String ProxyAuth_message;
	public static String ProxyAuth_recommendation;
	public static String FixProxyCredentials_comment;
	public static String NoConnectionErrors_message;
	public static String ConnectionErrors_message;
	public static String ConnectionErrors_recommendation;
	public static String DefenderAbsent_message;
	public static String DefenderAbsent_recommendation;
	public static String RealtimeOff_message;
	public static String ExclusionsOk_message;
	public static String ExclusionsMissing_message;
	public static String ExclusionsMissing_recommendation;
	public static String FixDefender_comment;

	public static String FixStaleWinInet_guard;
	public static String FixDefender_guard;
	public static String FixProxyCredentials_guard;
	public static String FixProxyCredentials_user;
	public static String FixProxyCredentials_password;
	public static String FixProxyCredentials_server;
	public static String FixProxyCredentials_port;
	public static String FixProxyCredentials_disabled;
	public static String FixProxyCredentials_noPassword;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
